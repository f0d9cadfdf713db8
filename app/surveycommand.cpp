#include "app/surveycommand.h"

#include "app/progress.h"
#include "app/reportcommands.h"
#include "app/surveytable.h"
#include "core/analysis/batch.h"
#include "core/analysis/survey.h"
#include "core/export/surveyjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace juesuan::app {

int runSurvey(const CommandLine &commandLine) {
    QTextStream out(stdout);
    const QList<analysis::ReportFile> files = namedReportFiles(commandLine);
    if (files.isEmpty())
        return 2;

    const analysis::AnalysisOptions options = analysisOptions(commandLine);
    QList<analysis::SurveyRow> rows;
    {
        Progress progress(files.size());
        analysis::analyseInOrder(files, options, commandLine.jobs,
                                 [&](qsizetype index, analysis::AnalysedReport &&analysed) {
                                     rows.append(analysis::surveyRow(files[index], analysed));
                                     progress.show(index, files[index].name);
                                     if (commandLine.jsonLines)
                                         out << QJsonDocument(
                                                    exporting::surveyRowToJson(rows.last()))
                                                    .toJson(QJsonDocument::Compact)
                                             << '\n'
                                             << Qt::flush;
                                 });
    }
    const analysis::SurveyTotals totals = analysis::surveyTotals(rows);
    if (commandLine.jsonLines)
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("totals"), exporting::surveyTotalsToJson(totals)}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    else if (commandLine.json)
        out << QJsonDocument(exporting::surveyToJson(rows, totals)).toJson(QJsonDocument::Indented);
    else
        out << surveyToText(rows, totals);
    out.flush();
    return totals.unreadable > 0 ? 2 : 0;
}

} // namespace juesuan::app
