#pragma once

#include "app/commandline.h"

namespace juesuan::app {

// `juesuan survey DIR|FILE…`: reads, extracts and checks every report file
// given or found beneath the folders given, and prints one row per file
// and the totals (a table, or JSON with --json). Exit 2 when a file could
// not be read, else 0. Needs a QCoreApplication.
int runSurvey(const CommandLine &commandLine);

} // namespace juesuan::app
