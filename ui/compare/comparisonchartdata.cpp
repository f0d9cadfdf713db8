#include "ui/compare/comparisonchartdata.h"

#include "core/model/metriccatalogue.h"
#include "core/wording/comparisontext.h"
#include "core/wording/figuretext.h"
#include "ui/charts/chartdata.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace juesuan::ui {

using compare::Comparison;
using compare::ComparisonRow;
using model::Decimal;
using model::Facet;

namespace {

// Gives lupdate and the run time the same context for these free functions.
struct ChartText {
    Q_DECLARE_TR_FUNCTIONS(ComparisonChart)
};

using Value = std::optional<Decimal>;

// Amounts are drawn in A's unit: the unit the differences are stated in.
model::MoneyUnit chartUnit(const Comparison &comparison) {
    return displayUnit(*comparison.a);
}

Value sideValue(const ComparisonRow &row, Side side, model::MoneyUnit unit) {
    const auto &quantity = side == Side::A ? row.a : row.b;
    return quantity ? Value(quantity->valueIn(unit)) : std::nullopt;
}

ChartData emptyChart(ComparisonChartKind kind, const Comparison &comparison,
                     ChartData::Shape shape) {
    ChartData data;
    data.shape = shape;
    data.title = comparisonChartTitle(kind);
    // A budget and a final of one unit and year have the same name: the
    // kind tells them apart.
    const auto describe = [&comparison](const model::Report &report) -> QString {
        if (comparison.mode != compare::Mode::PlanVsActual)
            return wording::reportName(report);
        return wording::reportName(report) + u' ' + model::reportKindLabel(report);
    };
    data.subtitle =
        ChartText::tr("A: %1    B: %2").arg(describe(*comparison.a), describe(*comparison.b));
    data.unit = model::moneyUnitLabel(chartUnit(comparison));
    return data;
}

const ComparisonRow *findRow(const Comparison &comparison, QStringView metric, Facet facet) {
    for (const ComparisonRow &row : comparison.rows)
        if (row.metric == metric && row.facet == facet && row.subject().isEmpty())
            return &row;
    return nullptr;
}

// A side's bar set, named in the legend by the side's tag and name; when the
// chart shows more than one facet, by the tag and the facet ("A 预算数"): four
// entries with names would be cut short, and the subtitle names A and B.
ChartData::Series sideSeries(const Comparison &comparison, Side side,
                             std::optional<Facet> facet = std::nullopt) {
    const QString name = facet
                             ? wording::sideTag(comparison, side) + u' ' + model::facetLabel(*facet)
                             : wording::sideLegend(comparison, side);
    return {name, {}, facet.value_or(Facet::Value), side, {}};
}

bool isNonZero(const Value &value) {
    return value && !value->isZero();
}

// A against B for the members of a catalogue group that either side states
// as non-zero: a part both report as 0 says nothing in a bar chart.
ChartData groupBars(ComparisonChartKind kind, const Comparison &comparison, QStringView group) {
    ChartData data = emptyChart(kind, comparison, ChartData::Shape::Bars);
    const model::MoneyUnit unit = chartUnit(comparison);
    ChartData::Series a = sideSeries(comparison, Side::A);
    ChartData::Series b = sideSeries(comparison, Side::B);
    const auto statedEitherSide = [&](const QString &metric) {
        const ComparisonRow *row = findRow(comparison, metric, Facet::Value);
        return row && (isNonZero(sideValue(*row, Side::A, unit)) ||
                       isNonZero(sideValue(*row, Side::B, unit)));
    };
    for (const QString &metric : groupMetrics(group, statedEitherSide)) {
        const ComparisonRow *row = findRow(comparison, metric, Facet::Value);
        if (!row)
            continue;
        const Value left = sideValue(*row, Side::A, unit);
        const Value right = sideValue(*row, Side::B, unit);
        if (!isNonZero(left) && !isNonZero(right))
            continue;
        data.categories.append(model::metricLabel(metric));
        a.values.append(left);
        b.values.append(right);
    }
    data.series = {a, b};
    return data;
}

// The classes (类) of the functional classification, aligned by the core.
QList<const ComparisonRow *> functionalClasses(const Comparison &comparison) {
    QList<const ComparisonRow *> rows;
    for (const ComparisonRow &row : comparison.rows)
        if (row.metric == u"func.expenditure" && row.facet == Facet::Value && row.depth == 0 &&
            !row.subject().isEmpty())
            rows.append(&row);
    return rows;
}

ChartData functionalBars(const Comparison &comparison) {
    ChartData data = emptyChart(ComparisonChartKind::FunctionalClasses, comparison,
                                ChartData::Shape::HorizontalBars);
    const model::MoneyUnit unit = chartUnit(comparison);
    ChartData::Series a = sideSeries(comparison, Side::A);
    ChartData::Series b = sideSeries(comparison, Side::B);
    for (const ComparisonRow *row : functionalClasses(comparison)) {
        data.categories.append(row->subject());
        a.values.append(sideValue(*row, Side::A, unit));
        b.values.append(sideValue(*row, Side::B, unit));
    }
    data.series = {a, b};
    return data;
}

// A class's budget and actual as the report's own chart shows them
// (budgets derived from a stated change included), in the chart's unit.
std::pair<Value, Value> classBudgetActual(const ChartData &report, const QString &subject,
                                          model::MoneyUnit from, model::MoneyUnit to) {
    const qsizetype i = report.categories.indexOf(subject);
    if (i < 0 || report.series.size() < 2)
        return {};
    auto convert = [from, to](const Value &value) -> Value {
        if (!value)
            return std::nullopt;
        return model::Quantity::money(*value, from).valueIn(to);
    };
    return {convert(report.series[0].values.value(i)), convert(report.series[1].values.value(i))};
}

ChartData budgetVsActual(const Comparison &comparison) {
    ChartData data = emptyChart(ComparisonChartKind::BudgetVsActual, comparison,
                                ChartData::Shape::HorizontalBars);
    const model::MoneyUnit unit = chartUnit(comparison);
    QList<ChartData::Series> series;
    for (const Side side : {Side::A, Side::B})
        for (const Facet facet : {Facet::Budget, Facet::Value})
            series.append(sideSeries(comparison, side, facet));
    auto add = [&](const QString &category, const std::array<Value, 4> &values) {
        if (std::none_of(values.cbegin(), values.cend(), [](const Value &v) { return v; }))
            return;
        data.categories.append(category);
        for (int i = 0; i < 4; ++i)
            series[i].values.append(values[i]);
    };
    // The general public budget total first, then its classes. Each value is
    // read from its report in its own facet: in plan against actual a row
    // pairs the budget's plan with the final's actual, not a facet with itself.
    auto stated = [unit](const model::Report &report, Facet facet) -> Value {
        const model::Figure *figure = model::statementOf(report, u"gp.expenditure", facet).shown;
        return figure ? Value(figure->quantity.valueIn(unit)) : std::nullopt;
    };
    const model::Report &a = *comparison.a;
    const model::Report &b = *comparison.b;
    add(model::metricLabel(u"gp.expenditure"), {stated(a, Facet::Budget), stated(a, Facet::Value),
                                                stated(b, Facet::Budget), stated(b, Facet::Value)});
    const ChartData chartA = chartData(ChartKind::FunctionalBudgetVsActual, *comparison.a);
    const ChartData chartB = chartData(ChartKind::FunctionalBudgetVsActual, *comparison.b);
    const model::MoneyUnit unitB = displayUnit(*comparison.b);
    for (const ComparisonRow *row : functionalClasses(comparison)) {
        const auto [budgetA, actualA] = classBudgetActual(chartA, row->subjectA, unit, unit);
        const auto [budgetB, actualB] = classBudgetActual(chartB, row->subjectB, unitB, unit);
        add(row->subject(), {budgetA, actualA, budgetB, actualB});
    }
    // A side that states no amount of a facet (a budget states no actual
    // one) has no bars to name in the legend.
    series.removeIf([](const ChartData::Series &s) {
        return std::none_of(s.values.cbegin(), s.values.cend(), [](const Value &v) { return v; });
    });
    data.series = series;
    for (const ChartData *report : {&chartA, &chartB})
        for (const QString &note : report->notes)
            if (!data.notes.contains(note))
                data.notes.append(note);
    return data;
}

// The metrics whose execution rate a plan-vs-actual chart shows, above the
// functional classes: the totals and kinds a budget plans.
constexpr const char16_t *executedMetrics[] = {
    u"expenditure.total", u"expenditure.basic", u"expenditure.project",
    u"gp.expenditure",    u"threepublic.total", u"operation.total",
};

// Plan against actual: how much of each planned amount was spent, the
// totals first, then the functional classes. Only rows with an execution
// rate (both sides stated, a plan that is not 0) are drawn.
ChartData executionRates(const Comparison &comparison) {
    ChartData data = emptyChart(ComparisonChartKind::ExecutionRate, comparison,
                                ChartData::Shape::HorizontalBars);
    data.quantity = model::QuantityKind::Percent;
    data.unit = QStringLiteral("%");
    if (comparison.mode != compare::Mode::PlanVsActual)
        return data;
    ChartData::Series rates{ChartText::tr("Execution rate"), {}, Facet::Value, Side::B, {}};
    auto add = [&](const QString &category, const ComparisonRow *row) {
        if (!row || !row->execution)
            return;
        data.categories.append(category);
        rates.values.append(row->execution);
    };
    for (const char16_t *metric : executedMetrics)
        add(model::metricLabel(QString::fromUtf16(metric)),
            findRow(comparison, QString::fromUtf16(metric), Facet::Value));
    for (const ComparisonRow *row : functionalClasses(comparison))
        add(row->subject(), row);
    data.series = {rates};
    return data;
}

// Income sources and expenditure kinds of A and B as 100% bars. Shares are
// computed from the stated amounts (exactly, then rounded to 0.1%), so the
// bars add up even where a report's own shares are missing or rounded.
ChartData structure(const Comparison &comparison) {
    ChartData data =
        emptyChart(ComparisonChartKind::Structure, comparison, ChartData::Shape::PercentBars);
    data.quantity = model::QuantityKind::Percent;
    data.unit = QStringLiteral("%");
    const model::MoneyUnit unit = chartUnit(comparison);
    const std::pair<QString, QString> groups[] = {
        {QStringLiteral("income_sources"), ChartText::tr("income")},
        {QStringLiteral("expenditure_kinds"), ChartText::tr("expenditure")},
    };
    for (const auto &[group, label] : groups) {
        for (const Side side : {Side::A, Side::B}) {
            // A side's parts add up to its own total: one level of each side.
            const auto valueOf = [&](const QString &metric) -> Value {
                const ComparisonRow *row = findRow(comparison, metric, Facet::Value);
                return row ? sideValue(*row, side, unit) : std::nullopt;
            };
            const QStringList metrics = groupMetrics(
                group, [&](const QString &metric) { return isNonZero(valueOf(metric)); });
            QList<std::pair<QString, Decimal>> parts;
            Decimal total;
            for (const QString &metric : metrics) {
                const Value value = valueOf(metric);
                if (isNonZero(value) && !value->isNegative()) {
                    parts.append({metric, *value});
                    total = total + *value;
                }
            }
            if (parts.isEmpty())
                continue;
            const qsizetype category = data.categories.size();
            data.categories.append((side == Side::A ? u"A " : u"B ") + label);
            for (const auto &[metric, value] : parts) {
                auto it = std::find_if(data.series.begin(), data.series.end(),
                                       [&](const auto &s) { return s.metric == metric; });
                if (it == data.series.end()) {
                    // A part stands in both sides' bars: its colour is its metric's.
                    data.series.append(
                        {model::metricLabel(metric), metric, Facet::Share, std::nullopt, {}});
                    it = data.series.end() - 1;
                }
                it->values.resize(category + 1);
                it->values[category] = model::divide(value * Decimal(100, 0), total, 1);
            }
        }
    }
    for (ChartData::Series &series : data.series)
        series.values.resize(data.categories.size());
    return data;
}

} // namespace

const QList<ComparisonChartKind> &comparisonChartKinds() {
    static const QList<ComparisonChartKind> kinds{
        ComparisonChartKind::IncomeSources,     ComparisonChartKind::ExpenditureKinds,
        ComparisonChartKind::FunctionalClasses, ComparisonChartKind::BudgetVsActual,
        ComparisonChartKind::ExecutionRate,     ComparisonChartKind::Structure,
    };
    return kinds;
}

QString comparisonChartId(ComparisonChartKind kind) {
    switch (kind) {
    case ComparisonChartKind::IncomeSources:
        return QStringLiteral("income");
    case ComparisonChartKind::ExpenditureKinds:
        return QStringLiteral("expenditure");
    case ComparisonChartKind::FunctionalClasses:
        return QStringLiteral("functional");
    case ComparisonChartKind::BudgetVsActual:
        return QStringLiteral("budget");
    case ComparisonChartKind::ExecutionRate:
        return QStringLiteral("execution");
    case ComparisonChartKind::Structure:
        break;
    }
    return QStringLiteral("structure");
}

std::optional<ComparisonChartKind> comparisonChartFromId(QStringView id) {
    for (const ComparisonChartKind kind : comparisonChartKinds())
        if (comparisonChartId(kind) == id)
            return kind;
    return std::nullopt;
}

QString comparisonChartTitle(ComparisonChartKind kind) {
    switch (kind) {
    case ComparisonChartKind::IncomeSources:
        return ChartText::tr("Income by source");
    case ComparisonChartKind::ExpenditureKinds:
        return ChartText::tr("Expenditure by kind");
    case ComparisonChartKind::FunctionalClasses:
        return ChartText::tr("Expenditure by functional class");
    case ComparisonChartKind::BudgetVsActual:
        return ChartText::tr("General public budget: budget vs actual");
    case ComparisonChartKind::ExecutionRate:
        return ChartText::tr("Budget execution: actual as a share of the budget");
    case ComparisonChartKind::Structure:
        break;
    }
    return ChartText::tr("Structure: shares of income and expenditure");
}

QString comparisonChartEmptyText(ComparisonChartKind kind) {
    if (kind == ComparisonChartKind::ExecutionRate)
        return ChartText::tr("An execution rate needs a unit's budget and its final accounts "
                             "of the same year.");
    return ChartText::tr("Neither report states figures for this chart.");
}

ChartData comparisonChartData(ComparisonChartKind kind, const Comparison &comparison) {
    if (!comparison.a || !comparison.b) {
        ChartData nothing;
        nothing.title = comparisonChartTitle(kind);
        return nothing;
    }
    switch (kind) {
    case ComparisonChartKind::IncomeSources:
        return groupBars(kind, comparison, u"income_sources");
    case ComparisonChartKind::ExpenditureKinds:
        return groupBars(kind, comparison, u"expenditure_kinds");
    case ComparisonChartKind::FunctionalClasses:
        return functionalBars(comparison);
    case ComparisonChartKind::BudgetVsActual:
        return budgetVsActual(comparison);
    case ComparisonChartKind::ExecutionRate:
        return executionRates(comparison);
    case ComparisonChartKind::Structure:
        break;
    }
    return structure(comparison);
}

} // namespace juesuan::ui
