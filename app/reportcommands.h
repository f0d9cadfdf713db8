#pragma once

#include "app/commandline.h"
#include "core/analysis/analysis.h"
#include "core/analysis/reportfiles.h"

#include <functional>

namespace juesuan::app {

// The report files the command line names (folders stand for the report
// files beneath them); empty, after a line on stderr, when there are none.
QList<analysis::ReportFile> namedReportFiles(const CommandLine &commandLine);

// What the command line asks of every analysis (the forced text encoding).
analysis::AnalysisOptions analysisOptions(const CommandLine &commandLine);

// `juesuan extract`: every readable report printed as text, JSON or JSON
// Lines; each unreadable file gets a line on stderr and makes the exit code 2.
int runExtract(const CommandLine &commandLine);

// Writes the findings report `check --report` asks for, from a report
// analysed with its source kept; returns an error message, empty on success.
// The window program provides it (it draws PDF pages and writes PDFs).
using FindingsReportWriter =
    std::function<QString(const analysis::AnalysedReport &analysed, check::Severity listed)>;

// `juesuan check`: the findings of every readable report. Exit 0 without
// error-severity findings, 1 with at least one, 2 when a file or the extra
// catalogue could not be read; with a report writer, 3 when the findings
// report cannot be written.
int runCheck(const CommandLine &commandLine, const FindingsReportWriter &writeReport = {});

} // namespace juesuan::app
