#pragma once

#include "core/compare/comparison.h"

#include <QString>

namespace juesuan::wording {

// The comparison as a plain-text table for a terminal (`juesuan compare`
// without --json): a heading naming A and B and the mode, one line per
// aligned row with item, A, B, Δ and Δ% in columns aligned for Chinese text
// (a CJK character takes two columns), collections indented as a tree, and
// the cross-report findings after the table.
QString comparisonToText(const compare::Comparison &comparison);

// Terminal columns `text` takes: two for East Asian wide characters.
int displayWidth(QStringView text);

} // namespace juesuan::wording
