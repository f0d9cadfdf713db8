#pragma once

#include "comparisonchartdata.h"

#include <QChart>
#include <memory>

namespace juesuan::ui {

// Draws comparison chart data as a QChart: grouped bars in the A and B
// colours of ComparisonPalette (budgets a lighter tint), percent bars in the
// metric colours of MetricPalette, the value of every bar on it ("—" where a
// side does not state it), the unit on the value axis, a title naming both
// reports, Chinese text in a CJK font. A pure function of its input; the
// caller owns the chart. nullptr when there is nothing to draw.
std::unique_ptr<QChart> buildComparisonChart(const ComparisonChartData &data);

// buildComparisonChart(comparisonChartData(kind, comparison)).
std::unique_ptr<QChart> buildComparisonChart(ComparisonChartKind kind,
                                             const compare::Comparison &comparison);

} // namespace juesuan::ui
