#pragma once

#include "core/compare/comparison.h"
#include "core/model/figure.h"

#include <QColor>

namespace juesuan::ui {

using Side = compare::Side;

// The colours of the sides of a comparison, kept in one place so that A and
// B look the same in the table headers, the bars, the legends and the
// exported images. A is blue and B orange: distinguishable for the common
// colour-vision deficiencies and distinct from the severity red used for
// findings. Colours of metrics (the parts of a structure chart) are
// MetricPalette's, chosen to stay clear of these two.
class ComparisonPalette {
public:
    static QColor side(Side side);
    // A budget bar is a lighter tint of its side's colour, so that budget
    // and actual of one report read as a pair.
    static QColor side(Side side, model::Facet facet);
    // Text colour of a difference: its sign also shows as + or −, so the
    // colour is a second channel, never the only one.
    static QColor increase();
    static QColor decrease();
};

} // namespace juesuan::ui
