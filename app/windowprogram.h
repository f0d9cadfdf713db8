#pragma once

namespace juesuan::app {

// Hands the process over to the window program (juesuan-gui, installed
// beside the command line under libexec): the desktop app and the chart
// images need Qt Widgets and Charts, which the command line does not load,
// so that a headless command starts in a few milliseconds. Keeps argv as
// given. Returns only when the program cannot be started, with exit code 2
// after a line on stderr naming it and the reason.
int runWindowProgram(int argc, char *argv[]);

} // namespace juesuan::app
