#pragma once

#include "core/model/quantity.h"

#include <QStringView>
#include <optional>

namespace juesuan::extract {

// The quantity a captured number states: "199.32" + "万元" → money;
// counts may be Chinese numerals ("五" → 5). nullopt when it is not a number.
std::optional<model::Quantity> parseQuantity(model::QuantityKind kind, QStringView number,
                                             QStringView unit = {});

} // namespace juesuan::extract
