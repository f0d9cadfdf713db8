#pragma once

#include <QStringView>

#include <optional>

namespace juesuan::text {

// The value of a Chinese numeral as used for section numbers and counts:
// "十四" → 14, "二十一" → 21, "一百零五" → 105, "五" → 5, also formal digits
// ("贰拾") and ASCII/full-width digits. Parsed with ICU's rule-based spellout
// for zh (results are cached: section numbers repeat). nullopt if not a numeral.
std::optional<int> parseChineseNumeral(QStringView numeral);

} // namespace juesuan::text
