#pragma once

#include "chartdata.h"

#include <QChart>
#include <memory>

namespace juesuan::ui {

// Draws chart data as a QChart: pies with a label per slice, grouped bars
// with value labels, every value with its unit, a tooltip on every slice and
// bar, and colours from MetricPalette. A pure function of its input: no view,
// no settings; the caller owns the chart (a QChartView takes it over).
std::unique_ptr<QChart> buildChart(const ChartData &data);

// buildChart(chartData(kind, report)), or nullptr when the report states
// nothing the chart could show.
std::unique_ptr<QChart> buildChart(ChartKind kind, const model::Report &report);

} // namespace juesuan::ui
