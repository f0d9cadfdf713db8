#pragma once

#include "app/commandline.h"

#include <optional>

namespace juesuan::app {

// Runs what needs no window: --version, --help and argument errors, and the
// sub-commands extract, check, survey and compare without images. Returns
// the exit code, or nothing when the command line asks for the window
// program (the desktop app, or comparison charts drawn as images).
std::optional<int> runWithoutWindow(int &argc, char *argv[], const CommandLine &commandLine);

} // namespace juesuan::app
