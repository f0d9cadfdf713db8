#pragma once

#include "core/ingest/sourcedocument.h"
#include "core/model/report.h"

namespace juesuan::extract {

// Adds the figures of the source's tables to the report: each recognised
// table (resources/core/tables.json) read in its own unit, its coded rows as
// members of collection metrics (subject "类/款/项", with the code), its
// labelled and 合计 rows as report-level metrics. Origin Table; every figure's
// span is its cell. Tables that are not recognised are left alone, with a
// warning naming them.
void appendTableFigures(const ingest::SourceDocument &source, model::Report &report);

} // namespace juesuan::extract
