#include "tests/corpus/ledgercheck.h"

#include "core/extract/tablecatalogue.h"
#include "core/model/decimal.h"
#include "core/model/metriccatalogue.h"
#include "core/model/quantity.h"

#include <algorithm>
#include <optional>

namespace juesuan::corpus {

using model::Decimal;

namespace {

QString withoutSpaces(QString text) {
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

std::optional<model::MoneyUnit> moneyUnitFromId(QStringView id) {
    for (const model::MoneyUnit unit :
         {model::MoneyUnit::Yuan, model::MoneyUnit::WanYuan, model::MoneyUnit::YiYuan})
        if (model::unitId(unit) == id)
            return unit;
    return std::nullopt;
}

QString describe(const model::Figure &figure) {
    QString text = figure.metric + u'/' + model::facetId(figure.facet);
    if (!figure.subject.isEmpty())
        text += QStringLiteral(" [%1]").arg(figure.subject);
    text += QStringLiteral(" = %1 %2 (%3")
                .arg(figure.quantity.value().toString(), model::unitId(figure.quantity.unit()),
                     model::originId(figure.origin));
    if (figure.span.page >= 0)
        text += QStringLiteral(", p%1").arg(figure.span.page + 1);
    if (!figure.doubt.isEmpty())
        text += QStringLiteral(", doubt %1").arg(figure.doubt);
    return text + u')';
}

QString describe(const check::Finding &finding) {
    QString text = QStringLiteral("[%1] %2 %3")
                       .arg(finding.relationId, check::severityId(finding.severity),
                            check::outcomeId(finding.outcome));
    if (finding.stated)
        text += QStringLiteral(" stated %1").arg(finding.stated->value().toString());
    if (finding.expected)
        text += QStringLiteral(" expected %1").arg(finding.expected->value().toString());
    QString message = finding.messageZh.simplified();
    if (message.size() > 160)
        message = message.left(160) + QStringLiteral("…");
    return text + QStringLiteral(": ") + message;
}

// Every number a finding names: the stated and expected values and the value
// of each figure involved.
QList<Decimal> valuesOf(const check::Finding &finding) {
    QList<Decimal> values;
    if (finding.stated)
        values << finding.stated->value();
    if (finding.expected)
        values << finding.expected->value();
    for (const check::FindingFigure &figure : finding.figures)
        values << figure.quantity.value();
    return values;
}

// A number of a ledger is named by a finding when one of its values equals it,
// read in the same unit or one 万 apart (元 ↔ 万元).
bool names(const QList<Decimal> &values, const QString &number) {
    const std::optional<Decimal> wanted = Decimal::parse(number);
    if (!wanted)
        return false;
    for (const Decimal &value : values)
        if (value == *wanted || value == wanted->shifted(4) || value == wanted->shifted(-4))
            return true;
    return false;
}

void compareIdentity(const Ledger &ledger, const model::Report &report, LedgerComparison &out) {
    auto wrong = [&out](const QString &what, const QString &expected, const QString &got) {
        ++out.counts.identityWrong;
        out.problems << QStringLiteral("%1: expected \"%2\", the build gives \"%3\"")
                            .arg(what, expected, got);
    };
    const QString unit = withoutSpaces(report.unitName);
    bool unitOk = unit == withoutSpaces(ledger.unit);
    for (const QString &alias : ledger.unitAliases)
        unitOk = unitOk || unit == withoutSpaces(alias);
    if (!unitOk)
        wrong(QStringLiteral("unit"), ledger.unit, report.unitName);
    if (report.year != ledger.year)
        wrong(QStringLiteral("year"), QString::number(ledger.year), QString::number(report.year));
    if (model::reportTypeId(report.type) != ledger.type)
        wrong(QStringLiteral("type"), ledger.type, model::reportTypeId(report.type));
    if (model::reportScopeId(report.scope) != ledger.scope)
        wrong(QStringLiteral("scope"), ledger.scope, model::reportScopeId(report.scope));
    if (report.isTemplate != ledger.isTemplate)
        wrong(QStringLiteral("template"),
              ledger.isTemplate ? QStringLiteral("true") : QStringLiteral("false"),
              report.isTemplate ? QStringLiteral("true") : QStringLiteral("false"));
    if (model::unitId(report.moneyUnit) != ledger.moneyUnit)
        wrong(QStringLiteral("moneyUnit"), ledger.moneyUnit, model::unitId(report.moneyUnit));
}

QString pageList(const QList<int> &pages) {
    QStringList list;
    for (const int page : pages)
        list << QString::number(page);
    return list.isEmpty() ? QStringLiteral("any page") : u'p' + list.join(u',');
}

void compareTables(const Ledger &ledger, const model::Report &report, LedgerComparison &out) {
    for (const LedgerTable &wanted : ledger.tables) {
        ++out.counts.tablesTotal;
        QStringList sameId;
        bool found = false;
        for (const model::ReportTable &table : report.tables) {
            if (table.id != wanted.id)
                continue;
            sameId << (table.page >= 0 ? QStringLiteral("p%1").arg(table.page + 1)
                                       : QStringLiteral("no page"));
            found = found || wanted.pages.isEmpty() || wanted.pages.contains(table.page + 1);
        }
        if (found) {
            ++out.counts.tablesFound;
            continue;
        }
        out.problems << QStringLiteral("table %1 \"%2\" (%3) not recognised: %4")
                            .arg(
                                wanted.id, wanted.title, pageList(wanted.pages),
                                sameId.isEmpty()
                                    ? QStringLiteral("no table has that id")
                                    : QStringLiteral("that id only at %1").arg(sameId.join(u", ")));
    }
    if (out.counts.tablesFound == out.counts.tablesTotal)
        return;
    QStringList all;
    for (const model::ReportTable &table : report.tables)
        all << QStringLiteral("%1@p%2 \"%3\"")
                   .arg(table.id.isEmpty() ? QStringLiteral("?") : table.id)
                   .arg(table.page + 1)
                   .arg(table.title.simplified().left(24));
    out.context << (all.isEmpty()
                        ? QStringLiteral("the build recognises no table")
                        : QStringLiteral("tables the build met: %1").arg(all.join(u"; ")));
}

// The ledger names a member of a collection by its printed code, or by its
// subject path where the document prints no codes.
bool isWantedSubject(const model::Figure &figure, const LedgerFigure &wanted) {
    if (!wanted.code.isEmpty())
        return figure.code == wanted.code;
    return figure.subject == wanted.subject;
}

void compareFigures(const Ledger &ledger, const model::Report &report, LedgerComparison &out) {
    for (const LedgerFigure &wanted : ledger.figures) {
        ++out.counts.figuresTotal;
        const std::optional<Decimal> value = Decimal::parse(wanted.value);
        const std::optional<model::MoneyUnit> unit = moneyUnitFromId(wanted.unit);
        if (!value || !unit) {
            out.problems << QStringLiteral("ledger figure %1: cannot read value \"%2\" unit \"%3\"")
                                .arg(wanted.name, wanted.value, wanted.unit);
            continue;
        }
        bool found = false;
        QStringList sameMetric;
        for (const model::Figure &figure : report.figures) {
            if (figure.metric != wanted.metric)
                continue;
            const bool noSubject = wanted.code.isEmpty() && wanted.subject.isEmpty();
            if (sameMetric.size() < 8 && (noSubject || isWantedSubject(figure, wanted)))
                sameMetric << describe(figure);
            found = found || (model::facetId(figure.facet) == wanted.facet &&
                              isWantedSubject(figure, wanted) &&
                              figure.quantity.kind() == model::QuantityKind::Money &&
                              figure.quantity.unit() != model::MoneyUnit::None &&
                              figure.quantity.in(*unit) == *value);
        }
        if (found) {
            ++out.counts.figuresFound;
            continue;
        }
        const QString member = !wanted.code.isEmpty() ? wanted.code : wanted.subject;
        out.problems << QStringLiteral("figure %1 = %2/%3%8 %4 %5 (%6) not extracted; %7")
                            .arg(wanted.name, wanted.metric, wanted.facet, wanted.value,
                                 wanted.unit, wanted.where,
                                 sameMetric.isEmpty()
                                     ? QStringLiteral("no figure has metric %1").arg(wanted.metric)
                                     : QStringLiteral("figures with that metric: %1")
                                           .arg(sameMetric.join(u"; ")),
                                 member.isEmpty() ? QString()
                                                  : QStringLiteral(" [%1]").arg(member));
    }
}

void compareErrors(const Ledger &ledger, const check::CheckResult &result, LedgerComparison &out) {
    for (const check::Finding &finding : result.findings) {
        if (finding.severity != check::Severity::Error)
            continue;
        const QList<Decimal> values = valuesOf(finding);
        const bool ledgered =
            std::any_of(ledger.errors.begin(), ledger.errors.end(), [&](const LedgerError &error) {
                return error.relation == finding.relationId &&
                       std::all_of(error.numbers.begin(), error.numbers.end(),
                                   [&](const QString &number) { return names(values, number); });
            });
        if (ledgered)
            continue;
        ++out.counts.errorsUnledgered;
        out.problems
            << QStringLiteral("error finding not in the ledger: %1").arg(describe(finding));
    }
}

void compareInconsistencies(const Ledger &ledger, const check::CheckResult &result,
                            LedgerComparison &out) {
    for (const LedgerInconsistency &wanted : ledger.inconsistencies) {
        if (!wanted.notSought.isEmpty()) {
            ++out.counts.inconsistenciesNotSought;
            continue;
        }
        ++out.counts.inconsistenciesTotal;
        const bool found = std::any_of(
            result.findings.begin(), result.findings.end(), [&](const check::Finding &f) {
                if (f.severity < check::Severity::Warning)
                    return false;
                if (!wanted.outcome.isEmpty() && check::outcomeId(f.outcome) != wanted.outcome)
                    return false;
                const QList<Decimal> values = valuesOf(f);
                return std::any_of(wanted.numbers.begin(), wanted.numbers.end(),
                                   [&](const QString &number) { return names(values, number); });
            });
        if (found) {
            ++out.counts.inconsistenciesFound;
            continue;
        }
        out.problems << QStringLiteral("known inconsistency not found (no error or warning names "
                                       "any of %1%2): %3 [%4]")
                            .arg(wanted.numbers.join(u", "),
                                 wanted.outcome.isEmpty()
                                     ? QString()
                                     : QStringLiteral(" with outcome %1").arg(wanted.outcome),
                                 wanted.what, wanted.where);
    }
}

} // namespace

QString LedgerComparison::summary(const Ledger &ledger) const {
    return QStringLiteral("%1 [%2]: identity %3, tables %4/%5, figures %6/%7, unledgered errors "
                          "%8, inconsistencies found %9/%10")
               .arg(ledger.name,
                    ledger.status == LedgerStatus::Complete ? QStringLiteral("complete")
                                                            : QStringLiteral("reading"),
                    counts.identityWrong == 0
                        ? QStringLiteral("ok")
                        : QStringLiteral("%1 wrong").arg(counts.identityWrong))
               .arg(counts.tablesFound)
               .arg(counts.tablesTotal)
               .arg(counts.figuresFound)
               .arg(counts.figuresTotal)
               .arg(counts.errorsUnledgered)
               .arg(counts.inconsistenciesFound)
               .arg(counts.inconsistenciesTotal) +
           (counts.inconsistenciesNotSought > 0
                ? QStringLiteral(" (%1 not sought)").arg(counts.inconsistenciesNotSought)
                : QString());
}

QStringList validateLedger(const Ledger &ledger) {
    QStringList invalid;
    const auto &tableSpecs = extract::TableCatalogue::builtin().tables();
    for (const LedgerTable &table : ledger.tables)
        if (std::none_of(tableSpecs.begin(), tableSpecs.end(),
                         [&](const extract::TableSpec &spec) { return spec.id == table.id; }))
            invalid
                << QStringLiteral("table id \"%1\" is not in the table catalogue").arg(table.id);
    if (!moneyUnitFromId(ledger.moneyUnit))
        invalid << QStringLiteral("moneyUnit \"%1\" is not a money unit id").arg(ledger.moneyUnit);
    for (const LedgerFigure &figure : ledger.figures) {
        if (!model::MetricCatalogue::builtin().find(figure.metric))
            invalid << QStringLiteral("figure %1: metric \"%2\" is not in the metric catalogue")
                           .arg(figure.name, figure.metric);
        if (!model::facetFromId(figure.facet))
            invalid
                << QStringLiteral("figure %1: unknown facet \"%2\"").arg(figure.name, figure.facet);
        if (!Decimal::parse(figure.value) || figure.value.contains(u','))
            invalid << QStringLiteral("figure %1: value \"%2\" is not a plain decimal")
                           .arg(figure.name, figure.value);
        if (!moneyUnitFromId(figure.unit))
            invalid << QStringLiteral("figure %1: unit \"%2\" is not a money unit id")
                           .arg(figure.name, figure.unit);
    }
    auto checkNumbers = [&invalid](const QStringList &numbers, const QString &what) {
        if (numbers.isEmpty())
            invalid << QStringLiteral("%1: no numbers").arg(what);
        for (const QString &number : numbers)
            if (!Decimal::parse(number) || number.contains(u','))
                invalid << QStringLiteral("%1: \"%2\" is not a plain decimal").arg(what, number);
    };
    for (const LedgerInconsistency &inconsistency : ledger.inconsistencies)
        checkNumbers(inconsistency.numbers,
                     QStringLiteral("inconsistency \"%1\"").arg(inconsistency.what.left(30)));
    for (const LedgerError &error : ledger.errors)
        checkNumbers(error.numbers, QStringLiteral("error [%1]").arg(error.relation));
    return invalid;
}

LedgerComparison compareWithLedger(const Ledger &ledger, const model::Report &report,
                                   const check::CheckResult &result) {
    LedgerComparison out;
    compareIdentity(ledger, report, out);
    compareTables(ledger, report, out);
    compareFigures(ledger, report, out);
    compareErrors(ledger, result, out);
    compareInconsistencies(ledger, result, out);
    return out;
}

} // namespace juesuan::corpus
