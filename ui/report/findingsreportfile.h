#pragma once

#include "core/analysis/analysis.h"

#include <QDateTime>
#include <QString>

namespace juesuan::ui {

// Writes the findings report of an analysed report (core/export/
// findingsreport.h) to `path`: a PDF when the name ends in .pdf, else HTML.
// For a PDF source read with its layout kept, each finding listed shows the
// part of its page around its figures, the figures boxed. Written through a
// QSaveFile. Returns an error message naming the file; empty on success.
// Findings below `listed` are counted, not listed.
QString writeFindingsReport(const analysis::AnalysedReport &analysed, const QString &path,
                            check::Severity listed = check::Severity::Warning,
                            const QDateTime &checkedAt = QDateTime::currentDateTime());

// Whether `path` names a PDF findings report rather than an HTML one.
bool isPdfReportPath(const QString &path);

} // namespace juesuan::ui
