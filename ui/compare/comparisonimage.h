#pragma once

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

class QChart;
class QPainter;
class QWidget;

namespace juesuan::ui {

// Image export of comparison charts and of the whole comparison panel.
// Functions only: they take the size and the file name and return the
// reason of a failure (empty on success); dialogs live elsewhere. Work
// offscreen (QT_QPA_PLATFORM=offscreen).

// The default export: 1600×1000 logical pixels at twice the pixel density,
// sharp on high-density screens and in print.
inline constexpr QSize defaultImageSize{1600, 1000};
inline constexpr qreal defaultImageScale = 2.0;

struct RenderedImage {
    QImage image; // null on failure; devicePixelRatio() is the scale
    QString error;
    bool ok() const { return !image.isNull(); }
};

// Lays `charts` out in a grid over `size` logical pixels (one chart fills
// it), under an optional heading line, on white. Charts shown in a view are
// given back at the geometry they had.
void paintCharts(QPainter &painter, const QList<QChart *> &charts, const QSize &size,
                 const QString &heading = {});

// paintCharts into an image of size × scale pixels.
RenderedImage renderCharts(const QList<QChart *> &charts, const QSize &size, qreal scale,
                           const QString &heading = {});
QString writeChartsPng(const QList<QChart *> &charts, const QString &path, const QSize &size,
                       qreal scale, const QString &heading = {});
// An SVG of `size` (its view box): vector shapes, text as text.
QString writeChartsSvg(const QList<QChart *> &charts, const QString &path, const QSize &size,
                       const QString &heading = {});

// A widget and its children as shown, laid out at `size` for the rendering
// (an empty size keeps its current one) and given back its own size after.
RenderedImage renderWidget(QWidget *widget, const QSize &size, qreal scale);
QString writeWidgetPng(QWidget *widget, const QString &path, const QSize &size, qreal scale);
QString writeWidgetSvg(QWidget *widget, const QString &path, const QSize &size);

} // namespace juesuan::ui
