#pragma once

#include "core/model/figure.h"

#include <QColor>
#include <QStringView>

namespace juesuan::ui {

// The one owner of per-metric colours: one colour per metric id, the same in
// every chart, so that 一般公共预算 is the same green whether it stands in a
// report's pie or in a comparison's structure chart. Metrics of the charts
// have hand-picked colours that stay distinguishable next to each other; any
// other id gets a stable colour from its hash. No metric colour can be taken
// for a side of a comparison (ComparisonPalette's A blue and B orange).
class MetricPalette {
public:
    static QColor color(QStringView metricId);
    // Budget and actual bars: a budget is drawn as a pale tint of the colour
    // of what it budgets, so the pair reads as one metric.
    static QColor color(QStringView metricId, model::Facet facet);
};

} // namespace juesuan::ui
