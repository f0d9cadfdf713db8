#pragma once

#include "core/analysis/survey.h"

#include <QJsonObject>

namespace juesuan::exporting {

// A survey as JSON (`juesuan survey --json`, documented in
// docs/json-format.md): {"reports": [one object per file], "totals": {…}}.
QJsonObject surveyRowToJson(const analysis::SurveyRow &row);
QJsonObject surveyTotalsToJson(const analysis::SurveyTotals &totals);
QJsonObject surveyToJson(const QList<analysis::SurveyRow> &rows,
                         const analysis::SurveyTotals &totals);

} // namespace juesuan::exporting
