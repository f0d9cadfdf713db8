#pragma once

#include "ui/charts/chartdata.h"

#include <QChart>
#include <memory>

namespace juesuan::ui {

// Draws the bar shapes of chart data, a report's or a comparison's: a bar
// set per series in its side's colour (ComparisonPalette) or else its
// metric's (MetricPalette), the exact value on every bar ("—" where it is
// not stated), a tooltip on every bar, the categories on one axis and the
// values with their unit on the other, a legend that names the series
// where the title alone does not. Horizontal bars list the first category on top, as tables do.
std::unique_ptr<QChart> barChart(const ChartData &data);

} // namespace juesuan::ui
