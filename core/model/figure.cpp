#include "core/model/figure.h"

#include <array>

namespace juesuan::model {
namespace {

struct FacetName {
    Facet facet;
    const char16_t *id;
    const char *label;
};

// A budget report states every planned amount with the budget facet, so
// its name is 预算数 (not 年初预算, a final account's word for it).
constexpr std::array facetNames{
    FacetName{Facet::Value, u"value", QT_TRANSLATE_NOOP("Facet", "actual")},
    FacetName{Facet::Budget, u"budget", QT_TRANSLATE_NOOP("Facet", "budget")},
    FacetName{Facet::BudgetDelta, u"budget_delta", QT_TRANSLATE_NOOP("Facet", "change vs budget")},
    FacetName{Facet::BudgetPercent, u"budget_percent",
              QT_TRANSLATE_NOOP("Facet", "% change vs budget")},
    FacetName{Facet::Completion, u"completion", QT_TRANSLATE_NOOP("Facet", "budget completion")},
    FacetName{Facet::PreviousDelta, u"previous_delta",
              QT_TRANSLATE_NOOP("Facet", "change vs previous year")},
    FacetName{Facet::PreviousPercent, u"previous_percent",
              QT_TRANSLATE_NOOP("Facet", "% change vs previous year")},
    FacetName{Facet::Share, u"share", QT_TRANSLATE_NOOP("Facet", "share")},
};

} // namespace

QString facetId(Facet facet) {
    for (const auto &name : facetNames)
        if (name.facet == facet)
            return QString::fromUtf16(name.id);
    return {};
}

QString facetLabel(Facet facet, i18n::Language language) {
    for (const auto &name : facetNames)
        if (name.facet == facet)
            return i18n::translate(language, "Facet", name.label);
    return {};
}

std::optional<Facet> facetFromId(QStringView id) {
    for (const auto &name : facetNames)
        if (id == QStringView(name.id))
            return name.facet;
    return std::nullopt;
}

QString directionId(Direction direction) {
    switch (direction) {
    case Direction::Increase:
        return QStringLiteral("increase");
    case Direction::Decrease:
        return QStringLiteral("decrease");
    case Direction::Flat:
        return QStringLiteral("flat");
    case Direction::None:
        break;
    }
    return {};
}

int originRank(Origin origin) {
    switch (origin) {
    case Origin::Narrative:
        return 0;
    case Origin::Table:
        return 1;
    case Origin::Chart:
        break;
    }
    return 2;
}

QString originId(Origin origin) {
    switch (origin) {
    case Origin::Table:
        return QStringLiteral("table");
    case Origin::Chart:
        return QStringLiteral("chart");
    case Origin::Narrative:
        break;
    }
    return QStringLiteral("narrative");
}

QString originLabel(Origin origin, i18n::Language language) {
    const char *label = QT_TRANSLATE_NOOP("Origin", "narrative");
    switch (origin) {
    case Origin::Table:
        label = QT_TRANSLATE_NOOP("Origin", "table");
        break;
    case Origin::Chart:
        label = QT_TRANSLATE_NOOP("Origin", "chart data");
        break;
    case Origin::Narrative:
        break;
    }
    return i18n::translate(language, "Origin", label);
}

} // namespace juesuan::model
