#pragma once

#include "core/check/finding.h"
#include "core/model/report.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

namespace juesuan::exporting {

// A findings report to hand on: one checked report's identity, a summary of
// its findings by family, and each finding with its message, the words
// around its figures (the figures highlighted) and where they stand, as a
// standalone HTML document in the current language. The same document is
// written as HTML or printed to PDF (ui/report/findingsreportfile.h).
struct FindingsReportOptions {
    QDateTime checkedAt; // when the report was checked
    QString checkedWith; // the program and its version ("Juesuan 0.1.0"); omitted when empty
    // Findings below this severity are counted in the summary, not listed.
    check::Severity listed = check::Severity::Warning;
    // What an <img> shows for a finding (index into the findings): the page
    // around its figures, e.g. a data: URL or a document resource name; empty
    // for none. Unset: no pictures (sources without pages, headless use).
    std::function<QString(int finding)> picture;
    // The 0-based page a span stands on, for a source with pages whose spans
    // do not all carry one (the narrative of a PDF); unset: the span's own.
    std::function<int(const model::Span &span)> pageOf;
};

QString findingsReportHtml(const model::Report &report, const QList<check::Finding> &findings,
                           const FindingsReportOptions &options);

} // namespace juesuan::exporting
