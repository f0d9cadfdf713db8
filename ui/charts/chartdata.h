#pragma once

#include "core/model/decimal.h"
#include "core/model/figure.h"
#include "core/model/quantity.h"
#include "core/model/report.h"
#include "ui/compare/comparisonpalette.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace juesuan::ui {

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

// What a chart shows, a report's or a comparison's: exact values in one
// unit, and for every slice and bar set what it stands for (a metric and a
// facet, and in a comparison a side), so that colours follow the meaning and
// not the position. Report charts (chartData below) and comparison charts
// (compare/comparisonchartdata.h) fill it, buildChart (chartbuilder.h) draws
// both. Kept apart from drawing so the selection of figures can be tested
// without any QChart.
struct ChartData {
    enum class Shape {
        Pie,            // one series, a slice per category
        Bars,           // groups of vertical bars
        HorizontalBars, // groups of horizontal bars, the first category on top
        PercentBars,    // a horizontal 100% bar per category, a segment per series
    };

    struct Series {
        QString name;   // legend text: "预算", "A · 2023年", a part's label
        QString metric; // what it shows: its colour, unless it has a side
        model::Facet facet = model::Facet::Value; // a budget is a paler tint
        std::optional<Side> side; // comparison: the report it stands for, and its colour
        QList<std::optional<model::Decimal>> values; // one per category; nullopt = not stated
    };

    Shape shape = Shape::Pie;
    QString title;
    QString subtitle; // exported comparisons: which reports A and B are
    QString unit;     // "万元", "分", "%"
    // Bars of amounts say their unit on the value axis, scores and shares on
    // every bar too; a pie says it on every slice.
    model::QuantityKind quantity = model::QuantityKind::Money;
    QStringList categories;      // slices (pie) or groups of bars
    QStringList categoryMetrics; // pie only: the metric of each slice
    QList<Series> series;        // pie: exactly one
    QStringList notes;           // e.g. budgets derived from a stated change

    // True when there is nothing to draw: no category has a stated value.
    bool isEmpty() const;
};

// Picks the figures a chart of `kind` shows. Amounts are converted exactly to
// the report's money unit. A figure stated several times is the statement
// model::statementOf shows: the narrative's, unless the statements disagree.
ChartData chartData(ChartKind kind, const model::Report &report);

// The parts a chart of a metric catalogue group shows ("income_sources",
// "expenditure_kinds"): the group's report-level metrics, in catalogue order,
// and of a whole and its parts (财政拨款收入 and 一般公共预算财政拨款收入 …) one
// level only, since a whole beside its part counts the money twice: the
// parts when `stated` says any of them is, else the whole. Report and
// comparison charts of a group take their parts from here, so both list the
// same parts in the same order.
QStringList groupMetrics(QStringView group, const std::function<bool(const QString &)> &stated);

// The unit a report's amounts are shown in: its own, or 万元 when unknown.
model::MoneyUnit displayUnit(const model::Report &report);

} // namespace juesuan::ui
