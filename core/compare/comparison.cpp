#include "core/compare/comparison.h"

#include "core/check/checker.h"
#include "core/compare/namesimilarity.h"
#include "core/compare/subjectalignment.h"
#include "core/model/metriccatalogue.h"

#include <algorithm>

namespace juesuan::compare {
namespace {

using model::Facet;
using model::Figure;

constexpr Facet comparedFacets[] = {Facet::Value, Facet::Budget, Facet::Completion, Facet::Share};

// Collections whose members are not comparable between reports (indicator
// rows are numbered per table).
bool isComparableCollection(QStringView metric) {
    return !metric.startsWith(u"perf.indicator.");
}

// One statement of each (facet, subject) of a metric, the one a reader is
// shown (model::statementOf): a figure stated twice is compared once.
QList<const Figure *> firstStatements(const model::Report &report, const QString &metric,
                                      Facet facet) {
    QList<const Figure *> result;
    QStringList subjects;
    for (const Figure &figure : report.figures) {
        if (figure.metric != metric || figure.facet != facet || subjects.contains(figure.subject))
            continue;
        subjects.append(figure.subject);
        result.append(model::statementOf(report, metric, facet, figure.subject).shown);
    }
    return result;
}

void fillDelta(ComparisonRow &row, Mode mode) {
    if (!row.a || !row.b || row.a->kind() != row.b->kind())
        return;
    model::Decimal a = row.a->value();
    model::Decimal b = row.b->value();
    if (row.a->kind() == model::QuantityKind::Money) {
        row.unit = row.a->unit();
        b = row.b->in(row.unit);
    }
    row.delta = b - a;
    if (a.isZero() || row.a->kind() == model::QuantityKind::Percent)
        return;
    const model::Decimal hundred(100, 0);
    row.deltaPercent = model::divide(*row.delta * hundred, a, 2);
    if (mode == Mode::PlanVsActual)
        row.execution = model::divide(b * hundred, a, 2);
}

ComparisonRow makeRow(Mode mode, const QString &metric, Facet facet, const Figure *a,
                      const Figure *b) {
    ComparisonRow row;
    row.metric = metric;
    row.facet = facet;
    if (a) {
        row.subjectA = a->subject;
        row.a = a->quantity;
        row.spanA = a->span;
    }
    if (b) {
        row.subjectB = b->subject;
        row.b = b->quantity;
        row.spanB = b->span;
    }
    row.depth = int(row.subject().count(u'/'));
    fillDelta(row, mode);
    return row;
}

bool isBudgetAndFinal(const model::Report &x, const model::Report &y) {
    using model::ReportType;
    return (x.type == ReportType::Budget && y.type == ReportType::FinalAccount) ||
           (x.type == ReportType::FinalAccount && y.type == ReportType::Budget);
}

// Scopes that are both known and differ (a department's consolidated
// accounts against one of its units) are not one report's plan and actual.
bool sameScope(const model::Report &x, const model::Report &y) {
    using model::ReportScope;
    return x.scope == ReportScope::Unknown || y.scope == ReportScope::Unknown || x.scope == y.scope;
}

// The facet a report is read in: a budget's amounts are planned ones, a
// final's are what was spent; in the other modes both sides read the facet
// of the row.
Facet facetIn(Mode mode, Facet rowFacet, const model::Report &report) {
    if (mode == Mode::PlanVsActual && report.type == model::ReportType::Budget)
        return Facet::Budget;
    return rowFacet;
}

// Which cross-report relations (catalogue family) a mode checks.
QString crossFamily(Mode mode) {
    switch (mode) {
    case Mode::YearOverYear:
        return QStringLiteral("cross_report");
    case Mode::PlanVsActual:
        return QStringLiteral("plan_vs_actual");
    case Mode::UnitVsUnit:
        break;
    }
    return {};
}

} // namespace

QString modeId(Mode mode) {
    switch (mode) {
    case Mode::YearOverYear:
        return QStringLiteral("year_over_year");
    case Mode::PlanVsActual:
        return QStringLiteral("plan_vs_actual");
    case Mode::UnitVsUnit:
        break;
    }
    return QStringLiteral("unit_vs_unit");
}

Facet sideFacet(const Comparison &comparison, const ComparisonRow &row, Side side) {
    const model::Report *report = side == Side::A ? comparison.a : comparison.b;
    return report ? facetIn(comparison.mode, row.facet, *report) : row.facet;
}

Mode detectMode(const model::Report &first, const model::Report &second) {
    if (!sameUnit(first.unitName, second.unitName))
        return Mode::UnitVsUnit;
    if (isBudgetAndFinal(first, second))
        return first.year == second.year && first.year > 0 && sameScope(first, second)
                   ? Mode::PlanVsActual
                   : Mode::UnitVsUnit;
    return first.year != second.year ? Mode::YearOverYear : Mode::UnitVsUnit;
}

Comparison compareReports(const model::Report &first, const model::Report &second) {
    Comparison comparison;
    comparison.mode = detectMode(first, second);
    const bool swap = comparison.mode == Mode::PlanVsActual
                          ? first.type != model::ReportType::Budget
                          : comparison.mode == Mode::YearOverYear && second.year < first.year;
    comparison.a = swap ? &second : &first;
    comparison.b = swap ? &first : &second;
    const model::Report &a = *comparison.a;
    const model::Report &b = *comparison.b;

    const Mode mode = comparison.mode;
    // Plan against actual pairs amounts: a rate or share planned beside one
    // achieved is not a plan and its execution.
    const QList<Facet> facets =
        mode == Mode::PlanVsActual
            ? QList<Facet>{Facet::Value}
            : QList<Facet>(std::begin(comparedFacets), std::end(comparedFacets));
    for (const model::MetricInfo &metric : model::MetricCatalogue::builtin().metrics()) {
        if (metric.collection && !isComparableCollection(metric.id))
            continue;
        for (const Facet facet : facets) {
            const QList<const Figure *> left =
                firstStatements(a, metric.id, facetIn(mode, facet, a));
            const QList<const Figure *> right =
                firstStatements(b, metric.id, facetIn(mode, facet, b));
            if (left.isEmpty() && right.isEmpty())
                continue;
            if (!metric.collection) {
                comparison.rows.append(
                    makeRow(mode, metric.id, facet, left.value(0), right.value(0)));
                continue;
            }
            for (const auto &[x, y] : alignSubjects(left, right))
                comparison.rows.append(makeRow(mode, metric.id, facet, x, y));
        }
    }

    if (const QString family = crossFamily(mode); !family.isEmpty()) {
        // Each report's own findings are its analysis's: only the ties
        // across the two are checked here, B's statements against A.
        check::CheckOptions options;
        options.family = family;
        comparison.crossFindings = check::Checker().check(b, &a, options).findings;
    }
    return comparison;
}

} // namespace juesuan::compare
