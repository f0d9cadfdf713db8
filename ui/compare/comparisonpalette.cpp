#include "comparisonpalette.h"

#include <array>

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

QColor ComparisonPalette::part(QStringView metric) {
    // Distinct on white and from each other, without A's blue or B's orange.
    static constexpr std::array<std::pair<std::u16string_view, QRgb>, 13> fixed{{
        {u"income.general_budget", 0x59a14f},
        {u"income.gov_fund", 0x9c755f},
        {u"income.state_capital", 0xd4a6c8},
        {u"income.superior_subsidy", 0xedc948},
        {u"income.business", 0x86bcb6},
        {u"income.operating", 0xff9da7},
        {u"income.affiliated", 0xd37295},
        {u"income.other", 0xbab0ac},
        {u"expenditure.basic", 0x76b7b2},
        {u"expenditure.project", 0xb07aa1},
        {u"expenditure.remit_superior", 0x9c755f},
        {u"expenditure.operating", 0xedc948},
        {u"expenditure.affiliated_subsidy", 0xff9da7},
    }};
    for (const auto &[id, colour] : fixed)
        if (metric == id)
            return QColor(colour);
    return QColor(0xbab0ac);
}

} // namespace juesuan::ui
