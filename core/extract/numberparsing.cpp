#include "core/extract/numberparsing.h"

#include "core/text/chinesenumerals.h"

namespace juesuan::extract {

using model::Decimal;
using model::Quantity;
using model::QuantityKind;

std::optional<Quantity> parseQuantity(QuantityKind kind, QStringView number, QStringView unit) {
    std::optional<Decimal> value = Decimal::parse(number);
    if (!value && kind == QuantityKind::Count) {
        if (const auto numeral = text::parseChineseNumeral(number))
            value = Decimal::fromInt(*numeral);
    }
    if (!value)
        return std::nullopt;
    switch (kind) {
    case QuantityKind::Money: {
        const model::MoneyUnit moneyUnit = model::unitFromSymbol(unit);
        return Quantity::money(*value, moneyUnit);
    }
    case QuantityKind::Percent:
        return Quantity::percent(*value);
    case QuantityKind::Count:
        if (value->scale() != 0)
            return std::nullopt;
        return Quantity::count(value->units());
    case QuantityKind::Score:
        return Quantity::score(*value);
    }
    return std::nullopt;
}

} // namespace juesuan::extract
