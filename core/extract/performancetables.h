#pragma once

#include "core/model/report.h"

namespace juesuan::text {
class NormalizedText;
}

namespace juesuan::extract {

class FigureMaker;

// Finds every 项目支出绩效自评表 in the text and reads it: the project name,
// the funds block (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 for
// 年度资金总额 and its sub-rows), the indicator rows (分值, 得分 and their
// text cells) and the 总分 row. Columns are found from the header cells, not
// by position: an indicator row is re-anchored on its 指标性质 cell because
// merged cells shift rows left or right in extracted text.
void extractPerformanceTables(const text::NormalizedText &text, model::MoneyUnit defaultUnit,
                              FigureMaker &maker, model::Report &report);

} // namespace juesuan::extract
