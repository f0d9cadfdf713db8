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

void fillDelta(ComparisonRow &row) {
    if (!row.a || !row.b || row.a->kind() != row.b->kind())
        return;
    model::Decimal a = row.a->value();
    model::Decimal b = row.b->value();
    if (row.a->kind() == model::QuantityKind::Money) {
        row.unit = row.a->unit();
        b = row.b->in(row.unit);
    }
    row.delta = b - a;
    if (!a.isZero() && row.a->kind() != model::QuantityKind::Percent)
        row.deltaPercent = model::divide(*row.delta * model::Decimal(100, 0), a, 2);
}

ComparisonRow makeRow(const QString &metric, Facet facet, const Figure *a, const Figure *b) {
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
    fillDelta(row);
    return row;
}

} // namespace

QString modeId(Mode mode) {
    return mode == Mode::YearOverYear ? QStringLiteral("year_over_year")
                                      : QStringLiteral("unit_vs_unit");
}

Mode detectMode(const model::Report &first, const model::Report &second) {
    return sameUnit(first.unitName, second.unitName) && first.year != second.year
               ? Mode::YearOverYear
               : Mode::UnitVsUnit;
}

Comparison compareReports(const model::Report &first, const model::Report &second) {
    Comparison comparison;
    comparison.mode = detectMode(first, second);
    const bool swap = comparison.mode == Mode::YearOverYear && second.year < first.year;
    comparison.a = swap ? &second : &first;
    comparison.b = swap ? &first : &second;
    const model::Report &a = *comparison.a;
    const model::Report &b = *comparison.b;

    for (const model::MetricInfo &metric : model::MetricCatalogue::builtin().metrics()) {
        if (metric.collection && !isComparableCollection(metric.id))
            continue;
        for (const Facet facet : comparedFacets) {
            const QList<const Figure *> left = firstStatements(a, metric.id, facet);
            const QList<const Figure *> right = firstStatements(b, metric.id, facet);
            if (left.isEmpty() && right.isEmpty())
                continue;
            if (!metric.collection) {
                comparison.rows.append(makeRow(metric.id, facet, left.value(0), right.value(0)));
                continue;
            }
            for (const auto &[x, y] : alignSubjects(left, right))
                comparison.rows.append(makeRow(metric.id, facet, x, y));
        }
    }

    if (comparison.mode == Mode::YearOverYear) {
        // Each report's own findings are its analysis's: only the ties
        // across the two are checked here.
        check::CheckOptions options;
        options.family = QStringLiteral("cross_report");
        comparison.crossFindings = check::Checker().check(b, &a, options).findings;
    }
    return comparison;
}

} // namespace juesuan::compare
