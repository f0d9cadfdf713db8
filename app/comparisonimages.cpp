#include "app/comparisonimages.h"

#include "app/comparecommand.h"
#include "ui/compare/comparisonexportrequest.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace juesuan::app {
namespace {

// The charts `--chart` names: one kind, or every kind with something to draw.
std::optional<QList<ui::ComparisonChartKind>> chosenCharts(const QString &chart) {
    if (chart.isEmpty() || chart == u"all")
        return ui::comparisonChartKinds();
    if (const auto kind = ui::comparisonChartFromId(chart))
        return QList<ui::ComparisonChartKind>{*kind};
    return std::nullopt;
}

// Writes the charts as PNG and/or SVG. Returns the exit code.
int writeComparisonImages(const CommandLine &commandLine, const compare::Comparison &comparison,
                          const QList<ui::ComparisonChartKind> &kinds) {
    QTextStream err(stderr);
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
            ui::exportComparisonCharts(comparison, kinds, format, path, size, scale);
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

} // namespace

int runCompareWithImages(const CommandLine &commandLine) {
    const auto kinds = chosenCharts(commandLine.chart);
    if (!kinds) {
        QTextStream(stderr) << "juesuan: "
                            << QCoreApplication::translate("main", "unknown chart %1; use income, "
                                                                   "expenditure, functional, "
                                                                   "budget, structure or all")
                                   .arg(commandLine.chart)
                            << Qt::endl;
        return 2;
    }
    const auto reports = comparedReports(commandLine);
    if (!reports)
        return 2;
    const compare::Comparison comparison = compare::compareReports((*reports)[0], (*reports)[1]);
    printComparison(commandLine, comparison);
    return writeComparisonImages(commandLine, comparison, *kinds);
}

} // namespace juesuan::app
