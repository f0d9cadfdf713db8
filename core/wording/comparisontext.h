#pragma once

#include "core/compare/comparison.h"

#include <QString>
#include <optional>

namespace juesuan::wording {

// Words and numbers of a comparison in the current language, shared by the
// table model, the charts, the panel header and the command line, so a row
// reads the same everywhere.

QString yearText(int year); // "2024年" / "2024"
// "乌海市总工会（差额） 2024年": the unit (or the file name) and the year.
QString reportName(const model::Report &report);
// What a side is called in legends: the year alone when both sides are one
// unit's two years, "Budget"/"Actual" for a plan against its execution, else
// the report's name.
QString sideName(const compare::Comparison &comparison, compare::Side side);
// The short tag of a side in column headers and legends, where the full
// names stand nearby (panel header, chart subtitle): "A · 2023年" when both
// sides are one unit, else just "A".
QString sideTag(const compare::Comparison &comparison, compare::Side side);
// What a chart legend calls a side: its tag and its name, "A · 乌海市总工会
// 2024年" (two units) or "A · 2023年" (one unit), so that an exported chart
// says which report each colour is without its panel around it.
QString sideLegend(const compare::Comparison &comparison, compare::Side side);
QString modeText(compare::Mode mode); // "Year over year" / "Unit vs unit"
// One line naming the comparison: "乌海市总工会: 2023年 → 2024年" or
// "A ↔ B".
QString comparisonTitle(const compare::Comparison &comparison);

// The whole name of a row: metric, subject path and facet.
QString rowTitle(const compare::ComparisonRow &row);
// The name a row shows in the tree: the last part of its subject, or the
// metric and facet for a report-level figure.
QString rowItemText(const compare::ComparisonRow &row);
// A side's value in the unit the report prints it in; "—" when missing.
QString sideValueText(const std::optional<model::Quantity> &value);
// "+1,137.50 万元", "−3.36 万元", "+0.50 个百分点"; "—" when a side is missing.
QString deltaText(const compare::ComparisonRow &row);
QString deltaPercentText(const compare::ComparisonRow &row); // "+570.69%" or "—"
// Plan against actual: the actual as a percentage of the plan, "106.01%" or "—".
QString executionText(const compare::ComparisonRow &row);
// −1, 0 or +1: the sign of the difference (0 also when there is none).
int deltaSign(const compare::ComparisonRow &row);

// The dash a missing value shows as: never 0.
QString missingText();

} // namespace juesuan::wording
