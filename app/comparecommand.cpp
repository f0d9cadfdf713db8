#include "app/comparecommand.h"

#include "app/reportcommands.h"
#include "core/analysis/analysis.h"
#include "core/export/comparisonexport.h"
#include "core/wording/comparisontable.h"

#include <QJsonDocument>
#include <QTextStream>

namespace juesuan::app {

std::optional<std::array<model::Report, 2>> comparedReports(const CommandLine &commandLine) {
    std::array<model::Report, 2> reports;
    analysis::AnalysisOptions options = analysisOptions(commandLine);
    options.check = false;
    for (int i = 0; i < 2; ++i) {
        analysis::AnalysedReport analysed = analysis::analyse(commandLine.files[i], options);
        if (!analysed.ok()) {
            QTextStream(stderr) << analysed.path << ": " << analysed.error << Qt::endl;
            return std::nullopt;
        }
        reports[i] = std::move(analysed.report);
    }
    return reports;
}

void printComparison(const CommandLine &commandLine, const compare::Comparison &comparison) {
    QTextStream out(stdout);
    if (commandLine.json)
        out << QJsonDocument(exporting::comparisonToJson(comparison))
                   .toJson(QJsonDocument::Indented);
    else if (!commandLine.wantsImages())
        out << wording::comparisonToText(comparison);
}

int runCompare(const CommandLine &commandLine) {
    const auto reports = comparedReports(commandLine);
    if (!reports)
        return 2;
    printComparison(commandLine, compare::compareReports((*reports)[0], (*reports)[1]));
    return 0;
}

} // namespace juesuan::app
