#pragma once

#include "core/analysis/survey.h"

#include <QList>
#include <QString>

namespace juesuan::app {

// Terminal lines are kept to this many columns (a CJK character takes two).
inline constexpr int surveyLineWidth = 160;

// A survey as a table for a terminal (`juesuan survey` without --json): one
// row per file (file, unit, year, type, scope, tables recognised, figures
// in the narrative, in tables and in charts, errors, warnings, seconds),
// the catalogue ids of the tables on an indented line below it, a file that
// could not be read with its reason, then the totals. Columns are aligned by
// display width; long unit and file names are shortened with "…".
QString surveyToText(const QList<analysis::SurveyRow> &rows, const analysis::SurveyTotals &totals);

// `text` shortened to at most `width` display columns, ending in "…" when
// something was cut; `keepEnd` cuts the beginning instead ("…/b/c.pdf").
QString elideToWidth(const QString &text, int width, bool keepEnd = false);

} // namespace juesuan::app
