#pragma once

#include "ui/compare/comparisonchartdata.h"

#include <QChart>
#include <memory>

namespace juesuan::ui {

// buildChart(comparisonChartData(kind, comparison)): a comparison chart drawn
// by the builder of the report charts, A and B in the colours of
// ComparisonPalette, the parts of the structure chart in those of
// MetricPalette. nullptr when neither report states anything to draw.
std::unique_ptr<QChart> buildComparisonChart(ComparisonChartKind kind,
                                             const compare::Comparison &comparison);

} // namespace juesuan::ui
