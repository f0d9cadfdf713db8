#pragma once

#include <QString>

namespace juesuan::text {

// Converts Traditional characters to Simplified in place, one UTF-16 unit for
// one (so offsets stay valid), by the pairs of ICU's "Hant-Hans"
// transliterator (taken at build time).
//
// Only text that is Traditional is converted: a Simplified report contains a
// few characters Hant-Hans would still change (显著 → 显着), so the text is
// converted only when at least 1% of its Han characters are Traditional
// forms. Returns whether anything was converted.
bool simplifyTraditional(QString &text);

} // namespace juesuan::text
