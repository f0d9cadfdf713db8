#include "app/headless.h"

#include "app/comparecommand.h"
#include "app/reportcommands.h"
#include "app/surveycommand.h"
#include "core/about/versions.h"
#include "core/i18n/language.h"

#include <QCoreApplication>
#include <QTextStream>

namespace juesuan::app {

std::optional<int> runWithoutWindow(int &argc, char *argv[], const CommandLine &commandLine) {
    // No application object: the versions print at once.
    if (commandLine.version) {
        QTextStream(stdout) << about::versionLines().join(u'\n') << Qt::endl;
        return 0;
    }
    if (commandLine.command == CommandLine::Command::Gui && commandLine.error.isEmpty())
        return std::nullopt;
    if (commandLine.command == CommandLine::Command::Compare && commandLine.wantsImages())
        return std::nullopt;
    if (commandLine.command == CommandLine::Command::Check && commandLine.wantsReport() &&
        commandLine.error.isEmpty())
        return std::nullopt;

    QCoreApplication application(argc, argv);
    i18n::installLanguage(i18n::languageFromCode(commandLine.language, i18n::systemLanguage()));
    if (!commandLine.error.isEmpty()) {
        QTextStream err(stderr);
        const bool help = commandLine.error == u"help";
        if (!help)
            err << "juesuan: " << commandLine.error << Qt::endl;
        err << usageText();
        return help ? 0 : 2;
    }
    switch (commandLine.command) {
    case CommandLine::Command::Extract:
        return runExtract(commandLine);
    case CommandLine::Command::Check:
        return runCheck(commandLine);
    case CommandLine::Command::Compare:
        return runCompare(commandLine);
    case CommandLine::Command::Survey:
        return runSurvey(commandLine);
    case CommandLine::Command::Gui:
        break;
    }
    return std::nullopt;
}

} // namespace juesuan::app
