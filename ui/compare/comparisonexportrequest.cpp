#include "ui/compare/comparisonexportrequest.h"

#include "core/wording/comparisontext.h"
#include "ui/compare/comparisonchartbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <memory>
#include <vector>

namespace juesuan::ui {

QString formatSuffix(ComparisonExportRequest::Format format) {
    switch (format) {
    case ComparisonExportRequest::Format::Png:
        return QStringLiteral("png");
    case ComparisonExportRequest::Format::Svg:
        return QStringLiteral("svg");
    case ComparisonExportRequest::Format::Csv:
        return QStringLiteral("csv");
    case ComparisonExportRequest::Format::Xlsx:
        break;
    }
    return QStringLiteral("xlsx");
}

bool formatFits(ComparisonExportRequest::Target target, ComparisonExportRequest::Format format) {
    const bool table = format == ComparisonExportRequest::Format::Csv ||
                       format == ComparisonExportRequest::Format::Xlsx;
    return table == (target == ComparisonExportRequest::Target::Table);
}

QString exportComparisonCharts(const compare::Comparison &comparison,
                               const QList<ComparisonChartKind> &kinds,
                               ComparisonExportRequest::Format format, const QString &path,
                               const QSize &size, qreal scale) {
    std::vector<std::unique_ptr<QChart>> owned;
    QList<QChart *> charts;
    for (const ComparisonChartKind kind : kinds) {
        if (auto chart = buildComparisonChart(kind, comparison)) {
            charts.append(chart.get());
            owned.push_back(std::move(chart));
        }
    }
    if (charts.isEmpty())
        return QCoreApplication::translate("ComparisonExport",
                                           "%1: neither report states figures for this chart")
            .arg(QDir::toNativeSeparators(path));
    const QString heading = charts.size() > 1 ? wording::comparisonTitle(comparison) : QString();
    if (format == ComparisonExportRequest::Format::Svg)
        return writeChartsSvg(charts, path, size, heading);
    return writeChartsPng(charts, path, size, scale, heading);
}

} // namespace juesuan::ui
