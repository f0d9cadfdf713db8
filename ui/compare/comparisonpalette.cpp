#include "ui/compare/comparisonpalette.h"

namespace juesuan::ui {

QColor ComparisonPalette::side(Side side) {
    return side == Side::A ? QColor(0x2f, 0x6e, 0xa5) : QColor(0xe8, 0x7b, 0x1e);
}

QColor ComparisonPalette::side(Side which, model::Facet facet) {
    const QColor base = side(which);
    return facet == model::Facet::Budget ? base.lighter(160) : base;
}

QColor ComparisonPalette::increase() {
    return QColor(0x1e, 0x7b, 0x3a);
}

QColor ComparisonPalette::decrease() {
    return QColor(0xa6, 0x1e, 0x6a);
}

} // namespace juesuan::ui
