#pragma once

#include "model/decimal.h"
#include "model/figure.h"
#include "model/report.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <optional>

namespace juesuan::ui {

// Whether any series states at least one value (a chart with none draws
// nothing). For the series of report charts and comparison charts alike.
template <typename SeriesList> bool anySeriesHasValue(const SeriesList &series) {
    return std::any_of(series.cbegin(), series.cend(), [](const auto &s) {
        return std::any_of(s.values.cbegin(), s.values.cend(),
                           [](const auto &value) { return value.has_value(); });
    });
}

enum class ChartKind {
    IncomeBySource,
    ExpenditureByKind,
    FunctionalBudgetVsActual,
    BasicPersonnelVsPublic,
    ThreePublicBudgetVsActual,
    PerformanceScores,
};

const QList<ChartKind> &chartKinds();
QString chartKindId(ChartKind kind); // stable: "income", "expenditure", …
QString chartTitle(ChartKind kind);  // translated

// What a chart shows, taken from a report: exact values in one unit, with the
// metric behind every slice or bar set so that colours follow the metric.
// Kept apart from drawing so the selection of figures can be tested (and
// reused by the comparison view) without any QChart.
struct ChartData {
    enum class Shape { Pie, Bars, HorizontalBars };

    struct Series {
        QString name;   // legend text ("Budget", "Actual", or a metric label)
        QString metric; // colour key
        model::Facet facet = model::Facet::Value;
        QList<std::optional<model::Decimal>> values; // one per category; nullopt = not stated
    };

    ChartKind kind = ChartKind::IncomeBySource;
    Shape shape = Shape::Pie;
    QString unit;                // "万元", "分": shown on every label
    QStringList categories;      // slices (pie) or groups of bars
    QStringList categoryMetrics; // pie only: the metric of each slice
    QList<Series> series;        // pie: exactly one
    QStringList notes;           // e.g. budgets derived from a stated change

    // True when there is nothing to draw: no category has a stated value.
    bool isEmpty() const;
};

// Picks the figures a chart of `kind` shows. Amounts are converted exactly to
// the report's money unit. Narrative figures win over table and chart-cache
// figures of the same metric: the narrative is what the reader reads.
ChartData chartData(ChartKind kind, const model::Report &report);

// The parts a chart of a metric catalogue group shows ("income_sources",
// "expenditure_kinds"): the group's report-level metrics, in catalogue order.
// Report and comparison charts of a group take their parts from here, so
// both list the same parts in the same order.
QStringList groupMetrics(QStringView group);

// The figure a chart or summary shows for a metric: narrative first.
const model::Figure *preferredFigure(const model::Report &report, QStringView metric,
                                     model::Facet facet = model::Facet::Value,
                                     QStringView subject = {});

// The unit a report's amounts are shown in: its own, or 万元 when unknown.
model::MoneyUnit displayUnit(const model::Report &report);

} // namespace juesuan::ui
