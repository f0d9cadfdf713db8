#pragma once

#include "core/model/report.h"

#include <QString>

namespace juesuan::exporting {

// The structured report as readable text for the terminal: identity, then
// every figure grouped by section with its label from the metric catalogue.
QString reportToText(const model::Report &report);

// "收入总计 (与上年相比)" style label of a figure, in Chinese.
QString figureLabel(const model::Figure &figure);

} // namespace juesuan::exporting
