// Entry point of the window program (juesuan-gui): the desktop app, the
// comparison charts `juesuan compare --png|--svg` draws and the findings
// report of `juesuan check --report`. `juesuan` hands
// over to it; run alone it also does what `juesuan` does.
#include "app/commandline.h"
#include "app/comparisonimages.h"
#include "app/headless.h"
#include "app/reportcommands.h"
#include "core/about/versions.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/report/findingsreportfile.h"

#include <QApplication>
#include <QTextStream>

using namespace juesuan;

int main(int argc, char *argv[]) {
    const app::CommandLine commandLine = app::parseArguments(argc, argv);
    if (const std::optional<int> exitCode = app::runWithoutWindow(argc, argv, commandLine))
        return *exitCode;

    const bool drawsFiles = commandLine.command == app::CommandLine::Command::Compare ||
                            commandLine.command == app::CommandLine::Command::Check;
    if (drawsFiles) {
        // Images and reports are drawn without a display unless the caller
        // chose a platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication application(argc, argv);
        i18n::installLanguage(i18n::languageFromCode(commandLine.language, i18n::systemLanguage()));
        if (commandLine.command == app::CommandLine::Command::Check)
            return app::runCheck(
                commandLine,
                [&commandLine](const analysis::AnalysedReport &analysed, check::Severity listed) {
                    return ui::writeFindingsReport(analysed, commandLine.reportPath, listed);
                });
        return app::runCompareWithImages(commandLine);
    }

    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Juesuan"));
    QApplication::setOrganizationName(QStringLiteral("Juesuan"));
    QApplication::setApplicationVersion(about::applicationVersion());
    // The installed desktop entry, so that desktops match the window to it.
    QGuiApplication::setDesktopFileName(QStringLiteral(JUESUAN_APP_ID));
    // --lang wins for this run; the View menu's choice is what QSettings keeps.
    bool knownLanguage = true;
    ui::applyLanguage(ui::startupLanguage(commandLine.language, &knownLanguage));
    if (!knownLanguage)
        QTextStream(stderr) << "juesuan: "
                            << QCoreApplication::translate("main", "unknown language %1; "
                                                                   "use zh_CN or en")
                                   .arg(commandLine.language)
                            << Qt::endl;
    ui::MainWindow window;
    window.show();
    window.openPaths(commandLine.files);
    return application.exec();
}
