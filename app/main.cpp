// Entry point of `juesuan`: the headless sub-commands run here, linking the
// core alone; the desktop app and chart images are the window program's.
#include "app/commandline.h"
#include "app/headless.h"
#include "app/windowprogram.h"

using namespace juesuan;

int main(int argc, char *argv[]) {
    const app::CommandLine commandLine = app::parseArguments(argc, argv);
    if (const std::optional<int> exitCode = app::runWithoutWindow(argc, argv, commandLine))
        return *exitCode;
    return app::runWindowProgram(argc, argv);
}
