#pragma once

#include "core/ingest/sourcedocument.h"
#include "core/model/report.h"

namespace juesuan::text {
class NormalizedText;
}

namespace juesuan::extract {

// Reads who and what the report is about, from the places that name the
// report itself, never from a sentence that merely mentions a unit or a year:
// - the unit's name from a label the report prints for it ("部门：国家信访局",
//   "单位名称：…", "编制单位：…", a 部门名称 cell), or its cover title
//   ("国家信访局 / 2024年度部门决算", "2026年深圳市人民政府办公厅部门预算");
// - the year from the cover title, else from the tables' titles;
// - the type (决算 / 预算) and scope (部门 / 单位) from the cover title,
//   else from how its headings and tables name themselves;
// - a blank template by its placeholder name ("上海市XX局").
// A report without a cover (a narrative extracted to text) falls back to the
// subject its sections open with ("鄂尔多斯市总工会（本级）2023年度…").
void identifyReport(const ingest::SourceDocument &source, const text::NormalizedText &text,
                    model::Report &report);

// The money unit most of the report's amounts are printed in, from the
// figures read so far (once more when the tables' figures are in); for a
// report without amounts, the unit its tables state most.
void identifyMoneyUnit(model::Report &report);

} // namespace juesuan::extract
