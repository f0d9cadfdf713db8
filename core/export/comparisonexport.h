#pragma once

#include "core/compare/comparison.h"

#include <QJsonObject>
#include <QString>

namespace juesuan::exporting {

// The aligned differences and the cross-report findings as JSON
// (`juesuan compare --json`). Values are strings with their printed digits.
QJsonObject comparisonToJson(const compare::Comparison &comparison);

// The aligned table as CSV (UTF-8 with BOM so spreadsheet programs read the
// Chinese labels): metric id, label, facet, subject, A, B, unit, Δ, Δ%.
QString comparisonToCsv(const compare::Comparison &comparison);

// Writes the CSV atomically (QSaveFile). Returns false with `error` set.
bool writeComparisonCsv(const compare::Comparison &comparison, const QString &path, QString *error);

// Writes the aligned table as an XLSX workbook (libxlsxwriter), numbers as
// numbers, missing sides as empty cells. Written to a temporary file in the
// target folder and renamed over the target, so a failure leaves no half file.
bool writeComparisonXlsx(const compare::Comparison &comparison, const QString &path,
                         QString *error);

} // namespace juesuan::exporting
