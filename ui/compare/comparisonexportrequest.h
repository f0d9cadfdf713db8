#pragma once

#include "ui/compare/comparisonchartdata.h"
#include "ui/compare/comparisonimage.h"

#include <QSize>
#include <QString>
#include <optional>

namespace juesuan::ui {

// What to export from a comparison and where: picked by the export dialog
// (or a test), carried out by ComparisonPanel::exportTo.
struct ComparisonExportRequest {
    enum class Target { Chart, AllCharts, Panel, Table };
    enum class Format { Png, Svg, Csv, Xlsx };

    Target target = Target::AllCharts;
    ComparisonChartKind chart = ComparisonChartKind::IncomeSources; // Target::Chart
    Format format = Format::Png;
    QSize size = defaultImageSize;   // logical pixels (images)
    qreal scale = defaultImageScale; // PNG only
    QString path;
};

QString formatSuffix(ComparisonExportRequest::Format format); // "png", "svg", "csv", "xlsx"
// Whether a target can be written in a format: images for charts and the
// panel, tables for the aligned table.
bool formatFits(ComparisonExportRequest::Target target, ComparisonExportRequest::Format format);

// Writes the charts of `kinds` that have something to draw as one PNG or
// SVG image of `size` (PNG at `scale`): one chart fills the image, several
// share it in a grid under a heading naming both reports. The charts are
// built for the export, with a subtitle naming A and B, so the image stands
// alone. Returns the reason of a failure, empty on success.
QString exportComparisonCharts(const compare::Comparison &comparison,
                               const QList<ComparisonChartKind> &kinds,
                               ComparisonExportRequest::Format format, const QString &path,
                               const QSize &size, qreal scale);

} // namespace juesuan::ui
