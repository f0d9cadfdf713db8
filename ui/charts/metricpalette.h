#pragma once

#include "model/figure.h"

#include <QColor>
#include <QStringView>

namespace juesuan::ui {

// One colour per metric id, the same in every chart, so that 基本支出 is
// always the same blue whether it stands in a pie, a bar or a comparison.
// Metrics of the charts have hand-picked colours that stay distinguishable
// next to each other; any other id gets a stable colour from its hash.
class MetricPalette {
public:
    static QColor color(QStringView metricId);
    // Budget and actual bars: a budget is drawn as a lighter tint of the
    // colour of what it budgets, so the pair reads as one metric.
    static QColor color(QStringView metricId, model::Facet facet);
    // Colours for members of a collection (functional classes, projects),
    // picked by position so neighbours differ.
    static QColor seriesColor(int index);
};

} // namespace juesuan::ui
