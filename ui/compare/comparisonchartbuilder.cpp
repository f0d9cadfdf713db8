#include "ui/compare/comparisonchartbuilder.h"

#include "ui/charts/chartbuilder.h"

namespace juesuan::ui {

std::unique_ptr<QChart> buildComparisonChart(ComparisonChartKind kind,
                                             const compare::Comparison &comparison) {
    return buildChart(comparisonChartData(kind, comparison));
}

} // namespace juesuan::ui
