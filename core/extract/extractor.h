#pragma once

#include "core/ingest/sourcedocument.h"
#include "core/model/report.h"

namespace juesuan::extract {

// Turns a read source into a structured report: identity (unit, year, kind,
// money unit), sections, every narrative figure with its span, performance
// tables, and chart caches. Pure function of its input; thread-safe.
model::Report extractReport(const ingest::SourceDocument &source);

} // namespace juesuan::extract
