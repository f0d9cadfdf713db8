#pragma once

#include <QImage>
#include <QSize>
#include <QString>

class QChart;

class QPainter;
class QRectF;

namespace juesuan::ui {

struct RenderedChart {
    QImage image; // null when rendering failed
    QString error;
    bool ok() const { return !image.isNull(); }
};

// Draws `chart` into `target` of any paint device (image, SVG): a chart
// without a scene gets a temporary one, and a chart shown in a view is laid
// out at the target's size for the drawing and given back its geometry after.
void paintChart(QPainter &painter, QChart *chart, const QRectF &target);

// Renders `chart` at `size` pixels on white, independent of any view showing
// it (the chart is laid out at that size for the rendering and restored
// afterwards). Works offscreen. No dialogs: the caller picks the file.
RenderedChart renderChart(QChart *chart, const QSize &size);

// Writes `image` as PNG to `path` atomically (QSaveFile): a failed export
// never leaves a truncated file. Returns an empty string or the reason.
QString writePng(const QImage &image, const QString &path);

// renderChart then writePng; the reason names the file on failure.
QString exportChartPng(QChart *chart, const QSize &size, const QString &path);

} // namespace juesuan::ui
