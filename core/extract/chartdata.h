#pragma once

#include "core/model/report.h"

namespace juesuan::text {
class NormalizedText;
}

namespace juesuan::extract {

class FigureMaker;

// Reads the data of embedded charts that a DOCX-to-text extraction appends
// (a line of category labels followed by as many values, tab-separated):
// each category that names a catalogue metric becomes a figure of origin
// Chart in the report's money unit, so the checker can compare it with the
// narrative.
void extractChartData(const text::NormalizedText &text, model::MoneyUnit unit, FigureMaker &maker);

} // namespace juesuan::extract
