// Entry point: the GUI by default, headless sub-commands for scripts.
#include "commandline.h"
#include "export/jsonexport.h"
#include "export/textexport.h"
#include "extract/extractor.h"
#include "ingest/reader.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace juesuan;

namespace {

// `juesuan extract`: every readable file is printed; each unreadable one gets
// a line on stderr and makes the exit code 2.
int runExtract(const app::CommandLine &commandLine) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    ingest::ReadOptions options;
    options.encoding = commandLine.encoding;
    QJsonArray reports;
    int exitCode = 0;
    for (const QString &path : commandLine.files) {
        const ingest::ReadResult read = ingest::readSource(path, options);
        if (!read.ok()) {
            err << path << ": " << read.error << Qt::endl;
            exitCode = 2;
            continue;
        }
        const model::Report report = extract::extractReport(*read.document);
        for (const QString &warning : report.warnings)
            err << path << ": " << QCoreApplication::translate("main", "warning: ") << warning
                << Qt::endl;
        if (commandLine.json)
            reports.append(exporting::reportToJson(report));
        else
            out << exporting::reportToText(report) << Qt::endl;
    }
    if (commandLine.json)
        out << QJsonDocument(reports).toJson(QJsonDocument::Indented);
    return exitCode;
}

} // namespace

int main(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const app::CommandLine commandLine = app::parseCommandLine(arguments);

    if (!commandLine.error.isEmpty()) {
        QCoreApplication core(argc, argv);
        QTextStream err(stderr);
        if (commandLine.error != u"help")
            err << "juesuan: " << commandLine.error << Qt::endl;
        err << app::usageText();
        return commandLine.error == u"help" ? 0 : 2;
    }

    switch (commandLine.command) {
    case app::CommandLine::Command::Extract: {
        QCoreApplication core(argc, argv);
        return runExtract(commandLine);
    }
    case app::CommandLine::Command::Check:
    case app::CommandLine::Command::Compare:
    case app::CommandLine::Command::Gui:
        break;
    }

    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Juesuan"));
    QApplication::setOrganizationName(QStringLiteral("Juesuan"));
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
