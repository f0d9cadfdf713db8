#pragma once

#include "core/extract/sections.h"
#include "core/model/report.h"

namespace juesuan::text {
class NormalizedText;
}
namespace juesuan::model {
class MetricCatalogue;
}

namespace juesuan::extract {

class PatternTable;

// Reads the figures of the narrative sections with the phrasing table: each
// rule's matches within the sections it applies to, then the comparison
// clauses and reasons that follow a match, then 主要包括 lists. Appends the
// figures (spans in original offsets) to `report`.
void extractNarrativeFigures(const text::NormalizedText &text, const QList<SectionRange> &sections,
                             const PatternTable &patterns, const model::MetricCatalogue &catalogue,
                             model::Report &report);

} // namespace juesuan::extract
