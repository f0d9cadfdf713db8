// Entry point: the GUI by default, headless sub-commands for scripts.
#include "about/versions.h"
#include "analysis/analysis.h"
#include "commandline.h"
#include "compare/comparison.h"
#include "compare/comparisonexportrequest.h"
#include "compare/comparisontable.h"
#include "compare/comparisontext.h"
#include "export/comparisonexport.h"
#include "i18n/language.h"
#include "language.h"
#include "mainwindow.h"
#include "reportcommands.h"
#include "surveycommand.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTextStream>
#include <array>
#include <memory>

using namespace juesuan;

namespace {

// The charts `--chart` names: one kind, or every kind with something to draw.
std::optional<QList<ui::ComparisonChartKind>> chosenCharts(const QString &chart) {
    if (chart.isEmpty() || chart == u"all")
        return ui::comparisonChartKinds();
    if (const auto kind = ui::comparisonChartFromId(chart))
        return QList<ui::ComparisonChartKind>{*kind};
    return std::nullopt;
}

// Writes the chosen comparison charts as PNG and/or SVG. Needs a
// QApplication (charts are graphics widgets). Returns the exit code.
int writeComparisonImages(const app::CommandLine &commandLine,
                          const compare::Comparison &comparison) {
    QTextStream err(stderr);
    const auto kinds = chosenCharts(commandLine.chart);
    if (!kinds) {
        err << "juesuan: "
            << QCoreApplication::translate("main", "unknown chart %1; use income, expenditure, "
                                                   "functional, budget, structure or all")
                   .arg(commandLine.chart)
            << Qt::endl;
        return 2;
    }
    const QSize size = commandLine.size.isValid() ? commandLine.size : ui::defaultImageSize;
    int exitCode = 0;
    using Format = ui::ComparisonExportRequest::Format;
    const std::pair<QString, Format> outputs[] = {{commandLine.pngPath, Format::Png},
                                                  {commandLine.svgPath, Format::Svg}};
    for (const auto &[path, format] : outputs) {
        if (path.isEmpty())
            continue;
        const double scale = commandLine.scale > 0 ? commandLine.scale : ui::defaultImageScale;
        const QString error =
            ui::exportComparisonCharts(comparison, *kinds, format, path, size, scale);
        if (error.isEmpty()) {
            err << QCoreApplication::translate("main", "wrote %1")
                       .arg(QDir::toNativeSeparators(path))
                << Qt::endl;
        } else {
            err << "juesuan: " << error << Qt::endl;
            exitCode = 1;
        }
    }
    return exitCode;
}

// `juesuan compare A B`: the aligned differences as a table or JSON, and the
// comparison charts as images. Exit 2 when a file cannot be read.
int runCompare(int argc, char *argv[], const app::CommandLine &commandLine) {
    const bool images = !commandLine.pngPath.isEmpty() || !commandLine.svgPath.isEmpty();
    // Images are drawn without a display unless the caller chose a platform.
    if (images && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        images ? std::make_unique<QApplication>(argc, argv)
               : std::make_unique<QCoreApplication>(argc, argv);
    i18n::installLanguage(i18n::languageFromCode(commandLine.language, i18n::systemLanguage()));
    QTextStream out(stdout);
    QTextStream err(stderr);

    std::array<model::Report, 2> reports;
    analysis::AnalysisOptions options = app::analysisOptions(commandLine);
    options.check = false; // the comparison checks what it shows
    for (int i = 0; i < 2; ++i) {
        analysis::AnalysedReport analysed = analysis::analyse(commandLine.files[i], options);
        if (!analysed.ok()) {
            err << analysed.path << ": " << analysed.error << Qt::endl;
            return 2;
        }
        reports[i] = std::move(analysed.report);
    }
    const compare::Comparison comparison = compare::compareReports(reports[0], reports[1]);
    if (commandLine.json)
        out << QJsonDocument(exporting::comparisonToJson(comparison))
                   .toJson(QJsonDocument::Indented);
    else if (!images)
        out << ui::comparisonToText(comparison);
    out.flush();
    return images ? writeComparisonImages(commandLine, comparison) : 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const app::CommandLine commandLine = app::parseCommandLine(arguments);

    // No application object: the versions print at once, without a display.
    if (commandLine.version) {
        QTextStream(stdout) << about::versionLines().join(u'\n') << Qt::endl;
        return 0;
    }

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
        return app::runExtract(commandLine);
    }
    case app::CommandLine::Command::Check: {
        QCoreApplication core(argc, argv);
        return app::runCheck(commandLine);
    }
    case app::CommandLine::Command::Compare:
        return runCompare(argc, argv, commandLine);
    case app::CommandLine::Command::Survey: {
        QCoreApplication core(argc, argv);
        return app::runSurvey(commandLine);
    }
    case app::CommandLine::Command::Gui:
        break;
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
