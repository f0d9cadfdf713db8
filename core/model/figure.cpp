#include "figure.h"

#include <array>

namespace juesuan::model {
namespace {

struct FacetName {
    Facet facet;
    const char16_t *id;
};

constexpr std::array facetNames{
    FacetName{Facet::Value, u"value"},
    FacetName{Facet::Budget, u"budget"},
    FacetName{Facet::BudgetDelta, u"budget_delta"},
    FacetName{Facet::BudgetPercent, u"budget_percent"},
    FacetName{Facet::Completion, u"completion"},
    FacetName{Facet::PreviousDelta, u"previous_delta"},
    FacetName{Facet::PreviousPercent, u"previous_percent"},
    FacetName{Facet::Share, u"share"},
};

} // namespace

QString facetId(Facet facet) {
    for (const auto &name : facetNames)
        if (name.facet == facet)
            return QString::fromUtf16(name.id);
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

} // namespace juesuan::model
