#pragma once

#include "app/commandline.h"
#include "core/analysis/analysis.h"
#include "core/analysis/reportfiles.h"

namespace juesuan::app {

// The report files the command line names (folders stand for the report
// files beneath them); empty, after a line on stderr, when there are none.
QList<analysis::ReportFile> namedReportFiles(const CommandLine &commandLine);

// What the command line asks of every analysis (the forced text encoding).
analysis::AnalysisOptions analysisOptions(const CommandLine &commandLine);

// `juesuan extract`: every readable report printed as text, JSON or JSON
// Lines; each unreadable file gets a line on stderr and makes the exit code 2.
int runExtract(const CommandLine &commandLine);

// `juesuan check`: the findings of every readable report. Exit 0 without
// error-severity findings, 1 with at least one, 2 when a file or the extra
// catalogue could not be read.
int runCheck(const CommandLine &commandLine);

} // namespace juesuan::app
