#pragma once

#include "app/commandline.h"
#include "core/compare/comparison.h"

namespace juesuan::app {

// `juesuan compare A B --png|--svg FILE`: the comparison printed as asked
// (--json) and the chosen charts written as images. Needs a QApplication
// (charts are graphics widgets). Exit 2 when a file cannot be read or the
// chart is unknown, 1 when an image cannot be written.
int runCompareWithImages(const CommandLine &commandLine);

} // namespace juesuan::app
