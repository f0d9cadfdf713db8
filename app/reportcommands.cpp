#include "app/reportcommands.h"

#include "app/progress.h"
#include "core/analysis/batch.h"
#include "core/export/findingsjson.h"
#include "core/export/jsonexport.h"
#include "core/export/textexport.h"
#include "core/i18n/tr.h"
#include "core/wording/findingtext.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <functional>

namespace juesuan::app {
namespace {

constexpr i18n::NamespaceTr tr{"juesuan::app"};

// Analyses the files the command line names (folders stand for the report
// files beneath them) on --jobs threads and hands each readable report to
// `use` in input order. An unreadable file gets a line on stderr (and, for
// JSON Lines, a line with its error, so that lines and files correspond);
// so does each thing that reading and extraction noticed in a readable one
// (damaged bytes, no unit name …), which the report's output has as well.
// Returns 2 when a file could not be read or none was found, else 0.
int forEachReport(const CommandLine &commandLine, const analysis::AnalysisOptions &options,
                  QTextStream &out, const std::function<void(analysis::AnalysedReport &)> &use) {
    const QList<analysis::ReportFile> files = namedReportFiles(commandLine);
    if (files.isEmpty())
        return 2;
    int exitCode = 0;
    Progress progress(files.size());
    analysis::analyseInOrder(
        files, options, commandLine.jobs,
        [&](qsizetype index, analysis::AnalysedReport &&analysed) {
            progress.show(index, files[index].name);
            if (analysed.ok()) {
                for (const QString &warning : std::as_const(analysed.report.warnings))
                    progress.message(analysed.path + u": " + tr("warning: ") + warning);
                use(analysed);
                return;
            }
            exitCode = 2;
            progress.message(analysed.path + u": " + analysed.error);
            if (commandLine.jsonLines)
                out << QJsonDocument(QJsonObject{{QStringLiteral("file"), analysed.path},
                                                 {QStringLiteral("error"), analysed.error}})
                           .toJson(QJsonDocument::Compact)
                    << '\n'
                    << Qt::flush;
        });
    return exitCode;
}

void printJsonLine(QTextStream &out, const QJsonObject &object) {
    out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n' << Qt::flush;
}

} // namespace

analysis::AnalysisOptions analysisOptions(const CommandLine &commandLine) {
    analysis::AnalysisOptions options;
    options.read.encoding = commandLine.encoding;
    return options;
}

QList<analysis::ReportFile> namedReportFiles(const CommandLine &commandLine) {
    const QList<analysis::ReportFile> files = analysis::reportFiles(commandLine.files);
    if (files.isEmpty())
        QTextStream(stderr) << "juesuan: "
                            << QCoreApplication::translate("Survey", "no report file found in %1")
                                   .arg(commandLine.files.join(QStringLiteral(", ")))
                            << Qt::endl;
    return files;
}

int runExtract(const CommandLine &commandLine) {
    QTextStream out(stdout);
    QJsonArray reports;
    analysis::AnalysisOptions options = analysisOptions(commandLine);
    options.check = false;
    const int exitCode =
        forEachReport(commandLine, options, out, [&](analysis::AnalysedReport &analysed) {
            const model::Report &report = analysed.report;
            if (commandLine.jsonLines)
                printJsonLine(out, exporting::reportToJson(report));
            else if (commandLine.json)
                reports.append(exporting::reportToJson(report));
            else
                out << exporting::reportToText(report) << Qt::endl;
        });
    if (commandLine.json)
        out << QJsonDocument(reports).toJson(QJsonDocument::Indented);
    return exitCode;
}

int runCheck(const CommandLine &commandLine, const FindingsReportWriter &writeReport) {
    QTextStream out(stdout);
    QTextStream err(stderr);
    check::RelationCatalogue catalogue = check::RelationCatalogue::builtin();
    if (!commandLine.catalogue.isEmpty()) {
        QString error;
        if (!catalogue.loadFile(commandLine.catalogue, &error)) {
            err << "juesuan: " << error << Qt::endl;
            return 2;
        }
    }
    // Rounding tails are information most readers do not want by default.
    const check::Severity shown =
        check::severityFromId(commandLine.minSeverity).value_or(check::Severity::Warning);
    const check::Checker checker(catalogue);
    analysis::AnalysisOptions options = analysisOptions(commandLine);
    options.checker = &checker;
    options.keepSource = bool(writeReport); // the pages the findings are drawn on
    QJsonArray reports;
    bool anyError = false;
    bool reportFailed = false;
    const int exitCode =
        forEachReport(commandLine, options, out, [&](analysis::AnalysedReport &analysed) {
            const model::Report &report = analysed.report;
            if (writeReport) {
                if (const QString error = writeReport(analysed, shown); !error.isEmpty()) {
                    err << "juesuan: " << error << Qt::endl;
                    reportFailed = true;
                } else {
                    err << tr("wrote %1").arg(QDir::toNativeSeparators(commandLine.reportPath))
                        << Qt::endl;
                }
            }
            check::CheckResult result;
            result.findings = std::move(analysed.findings);
            anyError = anyError || result.hasErrors();
            const qsizetype errors = result.count(check::Severity::Error);
            const qsizetype warnings = result.count(check::Severity::Warning);
            const qsizetype notes = result.count(check::Severity::Info);
            result.findings.removeIf(
                [shown](const check::Finding &f) { return f.severity < shown; });
            if (commandLine.jsonLines) {
                printJsonLine(out, exporting::checkResultToJson(report, result));
                return;
            }
            if (commandLine.json) {
                reports.append(exporting::checkResultToJson(report, result));
                return;
            }
            out << analysed.path << ": "
                << tr("%1 errors, %2 warnings, %3 notes").arg(errors).arg(warnings).arg(notes)
                << Qt::endl;
            for (const check::Finding &finding : std::as_const(result.findings))
                out << "  "
                    << wording::findingToText(finding, report.text)
                           .replace(u'\n', QStringLiteral("\n  "))
                    << Qt::endl;
        });
    if (commandLine.json)
        out << QJsonDocument(reports).toJson(QJsonDocument::Indented);
    if (exitCode != 0)
        return exitCode;
    return reportFailed ? 3 : (anyError ? 1 : 0);
}

} // namespace juesuan::app
