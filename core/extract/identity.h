#pragma once

#include "model/report.h"

namespace juesuan::text {
class NormalizedText;
}

namespace juesuan::extract {

// Reads who and what the report is about: the unit's name (the most frequent
// "<name>YYYY年度" subject of the narrative, or the cover title), the year
// (the most frequent "YYYY年度"), the kind (部门决算 or 单位决算, as the
// report calls itself) and the money unit most of its amounts use.
void identifyReport(const text::NormalizedText &text, model::Report &report);

} // namespace juesuan::extract
