#pragma once

#include "core/check/checker.h"
#include "core/check/finding.h"
#include "core/model/report.h"

#include <QJsonObject>

namespace juesuan::exporting {

// Findings as JSON (`juesuan check --json`). Numbers are strings so their
// exact digits survive; spans are [begin, end(, page)] offsets into the
// report's original text, like the extractor's JSON.
QJsonObject findingToJson(const check::Finding &finding);
// One checked report: source, identity, counts per severity and findings.
QJsonObject checkResultToJson(const model::Report &report, const check::CheckResult &result);

} // namespace juesuan::exporting
