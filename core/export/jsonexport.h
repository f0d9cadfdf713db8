#pragma once

#include "core/model/report.h"

#include <QJsonArray>
#include <QJsonObject>

namespace juesuan::exporting {

// The structured report as JSON (documented in docs/json-format.md). Values
// are strings so that their exact digits and printed precision survive.
QJsonObject reportToJson(const model::Report &report);
QJsonObject figureToJson(const model::Figure &figure);
QJsonArray spanToJson(const model::Span &span);

} // namespace juesuan::exporting
