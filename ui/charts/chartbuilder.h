#pragma once

#include "ui/charts/chartdata.h"

#include <QChart>
#include <memory>

namespace juesuan::ui {

// Draws chart data, a report's or a comparison's, as a QChart: pies with a
// label per slice, bars (barchart.h) with a value label on every bar, every
// value with its unit, a tooltip on every slice and bar; a metric in its
// MetricPalette colour, a side of a comparison in its ComparisonPalette
// colour. A pure function of its input: no view, no settings; the caller
// owns the chart (a QChartView takes it over). nullptr when there is nothing
// to draw.
std::unique_ptr<QChart> buildChart(const ChartData &data);

// buildChart(chartData(kind, report)), or nullptr when the report states
// nothing the chart could show.
std::unique_ptr<QChart> buildChart(ChartKind kind, const model::Report &report);

} // namespace juesuan::ui
