#pragma once

#include "core/compare/comparison.h"
#include "ui/charts/chartdata.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace juesuan::ui {

enum class ComparisonChartKind {
    IncomeSources,     // grouped bars A vs B
    ExpenditureKinds,  // grouped bars A vs B
    FunctionalClasses, // grouped bars A vs B per 类
    BudgetVsActual,    // budget and actual of both reports
    ExecutionRate,     // plan against actual: B's actual as a percentage of A's plan
    Structure,         // shares of income and expenditure, A and B as 100% bars
};

const QList<ComparisonChartKind> &comparisonChartKinds();
// Stable ids, used by `juesuan compare --chart`: "income", "expenditure",
// "functional", "budget", "execution", "structure".
QString comparisonChartId(ComparisonChartKind kind);
std::optional<ComparisonChartKind> comparisonChartFromId(QStringView id);
QString comparisonChartTitle(ComparisonChartKind kind); // translated
// What the chart's place says when it has nothing to draw (translated).
QString comparisonChartEmptyText(ComparisonChartKind kind);

// What a comparison chart of `kind` shows: exact values in one money unit
// (A's), each series marked with the side and facet it stands for, so that A
// and B keep their colours, or for the structure chart with the part (metric)
// it stands for. Drawn by buildChart, like a report's charts.
ChartData comparisonChartData(ComparisonChartKind kind, const compare::Comparison &comparison);

} // namespace juesuan::ui
