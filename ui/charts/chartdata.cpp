#include "ui/charts/chartdata.h"

#include "core/model/metriccatalogue.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace juesuan::ui {

using model::Decimal;
using model::Facet;
using model::Figure;
using model::Report;

namespace {

// Gives lupdate and the run time the same context for these free functions.
struct ChartText {
    Q_DECLARE_TR_FUNCTIONS(ChartData)
};

QString unitText(const Report &report, model::QuantityKind kind) {
    switch (kind) {
    case model::QuantityKind::Money:
        return model::moneyUnitLabel(displayUnit(report));
    case model::QuantityKind::Score:
        return ChartText::tr("points");
    case model::QuantityKind::Percent:
        return QStringLiteral("%");
    case model::QuantityKind::Count:
        break;
    }
    return {};
}

std::optional<Decimal> stated(const Report &report, QStringView metric, Facet facet,
                              QStringView subject = {}) {
    if (const Figure *figure = model::statementOf(report, metric, facet, subject).shown)
        return figure->quantity.valueIn(displayUnit(report));
    return std::nullopt;
}

// Whether the report states a metric as a non-zero amount (for groupMetrics).
std::function<bool(const QString &)> statedIn(const Report &report) {
    return [&report](const QString &metric) {
        const std::optional<Decimal> value = stated(report, metric, Facet::Value);
        return value && !value->isZero();
    };
}

// A pie of the report-level metrics of one catalogue group, in catalogue order.
ChartData pieOfMetrics(const Report &report, const QStringList &metrics) {
    ChartData data;
    data.shape = ChartData::Shape::Pie;
    data.unit = unitText(report, model::QuantityKind::Money);
    ChartData::Series series;
    for (const QString &metric : metrics) {
        const std::optional<Decimal> value = stated(report, metric, Facet::Value);
        // A zero slice cannot be drawn; the key figures still list it.
        if (!value || value->isZero())
            continue;
        data.categories.append(model::metricLabel(metric));
        data.categoryMetrics.append(metric);
        series.values.append(value);
    }
    series.metric = metrics.value(0);
    data.series.append(series);
    return data;
}

ChartData budgetVsActual(const Report &report, const QString &colourMetric) {
    ChartData data;
    data.shape = ChartData::Shape::Bars;
    data.unit = unitText(report, model::QuantityKind::Money);
    data.series.append({ChartText::tr("Budget"), colourMetric, Facet::Budget, std::nullopt, {}});
    data.series.append({ChartText::tr("Actual"), colourMetric, Facet::Value, std::nullopt, {}});
    return data;
}

// 功能分类 classes (类) are the top level of the subject path. A class line
// often states its actual and its change against the budget but not the
// budget itself; the budget is then actual − change, noted on the chart.
ChartData functionalClasses(const Report &report) {
    ChartData data = budgetVsActual(report, QStringLiteral("func.expenditure"));
    static const QString metric = QStringLiteral("func.expenditure");
    bool derived = false;
    for (const Figure &figure : report.figures) {
        if (figure.metric != metric || figure.facet != Facet::Value || figure.subject.isEmpty() ||
            figure.subject.contains(u'/') || data.categories.contains(figure.subject))
            continue;
        const Decimal actual = figure.quantity.valueIn(displayUnit(report));
        std::optional<Decimal> budget = stated(report, metric, Facet::Budget, figure.subject);
        if (!budget) {
            if (const Figure *delta =
                    model::statementOf(report, metric, Facet::BudgetDelta, figure.subject).shown) {
                budget = actual - (delta->direction == model::Direction::Decrease
                                       ? -delta->quantity.valueIn(displayUnit(report))
                                       : delta->quantity.valueIn(displayUnit(report)));
                derived = true;
            }
        }
        data.categories.append(figure.subject);
        data.series[0].values.append(budget);
        data.series[1].values.append(actual);
    }
    if (derived)
        data.notes.append(
            ChartText::tr("Budgets not stated for a class are its actual minus the stated "
                          "change against the budget."));
    return data;
}

ChartData threePublic(const Report &report) {
    ChartData data = budgetVsActual(report, QStringLiteral("threepublic.total"));
    const QStringList metrics{
        QStringLiteral("threepublic.abroad"), QStringLiteral("threepublic.vehicle"),
        QStringLiteral("threepublic.reception"), QStringLiteral("threepublic.total")};
    for (const QString &metric : metrics) {
        const auto budget = stated(report, metric, Facet::Budget);
        const auto actual = stated(report, metric, Facet::Value);
        if (!budget && !actual)
            continue;
        data.categories.append(model::metricLabel(metric));
        data.series[0].values.append(budget);
        data.series[1].values.append(actual);
    }
    return data;
}

// The score of each evaluated project in the order the report presents
// them: its table's 总分 when the table is there, else the score its
// narrative states.
ChartData performanceScores(const Report &report) {
    ChartData data;
    data.shape = ChartData::Shape::HorizontalBars;
    data.quantity = model::QuantityKind::Score;
    data.unit = unitText(report, data.quantity);
    ChartData::Series series;
    series.name = ChartText::tr("Score");
    series.metric = QStringLiteral("perf.project.score");
    static const QString tableScore = QStringLiteral("perf.table.total_score");
    static const QString narrativeScore = QStringLiteral("perf.project.score");
    for (const Figure &figure : report.figures) {
        if ((figure.metric != tableScore && figure.metric != narrativeScore) ||
            figure.facet != Facet::Value || figure.subject.isEmpty() ||
            data.categories.contains(figure.subject))
            continue;
        const Figure *score = report.find(tableScore, Facet::Value, figure.subject);
        data.categories.append(figure.subject);
        series.values.append((score ? score : &figure)->quantity.value());
    }
    data.series.append(series);
    return data;
}

} // namespace

const QList<ChartKind> &chartKinds() {
    static const QList<ChartKind> kinds{
        ChartKind::IncomeBySource,
        ChartKind::ExpenditureByKind,
        ChartKind::FunctionalBudgetVsActual,
        ChartKind::BasicPersonnelVsPublic,
        ChartKind::ThreePublicBudgetVsActual,
        ChartKind::PerformanceScores,
    };
    return kinds;
}

QString chartKindId(ChartKind kind) {
    switch (kind) {
    case ChartKind::IncomeBySource:
        return QStringLiteral("income");
    case ChartKind::ExpenditureByKind:
        return QStringLiteral("expenditure");
    case ChartKind::FunctionalBudgetVsActual:
        return QStringLiteral("functional");
    case ChartKind::BasicPersonnelVsPublic:
        return QStringLiteral("basic");
    case ChartKind::ThreePublicBudgetVsActual:
        return QStringLiteral("three-public");
    case ChartKind::PerformanceScores:
        break;
    }
    return QStringLiteral("performance");
}

QString chartTitle(ChartKind kind) {
    switch (kind) {
    case ChartKind::IncomeBySource:
        return ChartText::tr("Income by source");
    case ChartKind::ExpenditureByKind:
        return ChartText::tr("Expenditure by kind");
    case ChartKind::FunctionalBudgetVsActual:
        return ChartText::tr("Functional classes: budget vs actual");
    case ChartKind::BasicPersonnelVsPublic:
        return ChartText::tr("Basic expenditure: personnel vs public");
    case ChartKind::ThreePublicBudgetVsActual:
        return ChartText::tr("\"Three public\" expenses: budget vs actual");
    case ChartKind::PerformanceScores:
        break;
    }
    return ChartText::tr("Performance self-evaluation scores");
}

QStringList groupMetrics(QStringView group, const std::function<bool(const QString &)> &stated) {
    const QList<model::MetricInfo> &catalogue = model::MetricCatalogue::builtin().metrics();
    QSet<QString> wholesWithParts;
    for (const model::MetricInfo &metric : catalogue)
        if (metric.group == group && !metric.partOf.isEmpty() && stated(metric.id))
            wholesWithParts.insert(metric.partOf);
    QStringList ids;
    for (const model::MetricInfo &metric : catalogue)
        if (metric.group == group && !metric.collection && !wholesWithParts.contains(metric.id))
            ids.append(metric.id);
    return ids;
}

bool ChartData::isEmpty() const {
    return std::none_of(series.cbegin(), series.cend(), [](const Series &s) {
        return std::any_of(s.values.cbegin(), s.values.cend(),
                           [](const auto &value) { return value.has_value(); });
    });
}

namespace {

ChartData selectFigures(ChartKind kind, const Report &report) {
    switch (kind) {
    case ChartKind::IncomeBySource:
        return pieOfMetrics(report, groupMetrics(u"income_sources", statedIn(report)));
    case ChartKind::ExpenditureByKind:
        return pieOfMetrics(report, groupMetrics(u"expenditure_kinds", statedIn(report)));
    case ChartKind::FunctionalBudgetVsActual:
        return functionalClasses(report);
    case ChartKind::BasicPersonnelVsPublic:
        return pieOfMetrics(report,
                            {QStringLiteral("basic.personnel"), QStringLiteral("basic.public")});
    case ChartKind::ThreePublicBudgetVsActual:
        return threePublic(report);
    case ChartKind::PerformanceScores:
        break;
    }
    return performanceScores(report);
}

bool allZero(const ChartData &data) {
    for (const ChartData::Series &series : data.series)
        for (const auto &value : series.values)
            if (value && !value->isZero())
                return false;
    return true;
}

} // namespace

ChartData chartData(ChartKind kind, const Report &report) {
    ChartData data = selectFigures(kind, report);
    data.title = chartTitle(kind);
    // Bars of height 0 look like a drawing that failed; say what they mean.
    if (!data.isEmpty() && data.shape != ChartData::Shape::Pie && allZero(data))
        data.notes.append(ChartText::tr("The report states every value of this chart as 0."));
    return data;
}

model::MoneyUnit displayUnit(const Report &report) {
    return report.moneyUnit == model::MoneyUnit::None ? model::MoneyUnit::WanYuan
                                                      : report.moneyUnit;
}

} // namespace juesuan::ui
