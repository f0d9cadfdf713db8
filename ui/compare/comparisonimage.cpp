#include "ui/compare/comparisonimage.h"

#include "ui/charts/chartexport.h"
#include "ui/charts/chartfont.h"
#include "ui/exportfolder.h"

#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace juesuan::ui {
namespace {

struct ImageText {
    Q_DECLARE_TR_FUNCTIONS(ComparisonImage)
};

// Large enough for print, small enough that a typo cannot allocate gigabytes.
constexpr int maxPixels = 12000;
constexpr int minSide = 16;
constexpr qreal headingHeight = 44;
constexpr qreal cellGap = 8;

QString checkSize(const QSize &size, qreal scale) {
    if (!(scale >= 0.5 && scale <= 4))
        return ImageText::tr("scale %1 is out of range (0.5 to 4)").arg(scale);
    const qreal width = size.width() * scale;
    const qreal height = size.height() * scale;
    if (size.width() < minSide || size.height() < minSide || width > maxPixels ||
        height > maxPixels)
        return ImageText::tr("image size %1×%2 at %3× is out of range (%4 to %5 pixels per side)")
            .arg(size.width())
            .arg(size.height())
            .arg(scale)
            .arg(minSide)
            .arg(maxPixels);
    return {};
}

} // namespace

void paintCharts(QPainter &painter, const QList<QChart *> &charts, const QSize &size,
                 const QString &heading) {
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QRectF area(QPointF(0, 0), QSizeF(size));
    if (!heading.isEmpty()) {
        painter.setFont(chartFont(14, true));
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(QRectF(0, 0, size.width(), headingHeight), Qt::AlignCenter, heading);
        area.setTop(headingHeight);
    }
    const qsizetype count = charts.size();
    if (count == 0)
        return;
    const int columns = count == 1 ? 1 : (count <= 4 ? 2 : 3);
    const int rows = int((count + columns - 1) / columns);
    const qreal width = (area.width() - cellGap * (columns - 1)) / columns;
    const qreal height = (area.height() - cellGap * (rows - 1)) / rows;
    for (qsizetype i = 0; i < count; ++i) {
        if (!charts[i])
            continue;
        const int column = int(i % columns);
        const int row = int(i / columns);
        const QRectF cell(area.left() + column * (width + cellGap),
                          area.top() + row * (height + cellGap), width, height);
        paintChart(painter, charts[i], cell);
    }
}

RenderedImage renderCharts(const QList<QChart *> &charts, const QSize &size, qreal scale,
                           const QString &heading) {
    if (charts.isEmpty() || charts.contains(nullptr))
        return {{}, ImageText::tr("there is no chart to export")};
    if (const QString error = checkSize(size, scale); !error.isEmpty())
        return {{}, error};
    const QSize pixels(qRound(size.width() * scale), qRound(size.height() * scale));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {{},
                ImageText::tr("not enough memory for a %1×%2 image")
                    .arg(pixels.width())
                    .arg(pixels.height())};
    // Painting in logical pixels onto a denser image scales text and lines
    // sharply instead of enlarging a small bitmap.
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paintCharts(painter, charts, size, heading);
    }
    return {image, {}};
}

QString writeChartsPng(const QList<QChart *> &charts, const QString &path, const QSize &size,
                       qreal scale, const QString &heading) {
    const RenderedImage rendered = renderCharts(charts, size, scale, heading);
    if (!rendered.ok())
        return exportErrorText(path, rendered.error);
    return writePng(rendered.image, path);
}

namespace {

// Paints through `paint` into an SVG written atomically.
template <typename Paint>
QString writeSvg(const QString &path, const QSize &size, const QString &title, Paint paint) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return exportErrorText(path, file.errorString());
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(title);
        generator.setDescription(ImageText::tr("Comparison of final-account reports"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            return exportErrorText(path, ImageText::tr("the SVG could not be started"));
        }
        paint(painter);
        painter.end();
    }
    if (!file.commit())
        return exportErrorText(path, file.errorString());
    return {};
}

} // namespace

QString writeChartsSvg(const QList<QChart *> &charts, const QString &path, const QSize &size,
                       const QString &heading) {
    if (charts.isEmpty() || charts.contains(nullptr))
        return exportErrorText(path, ImageText::tr("there is no chart to export"));
    if (const QString error = checkSize(size, 1); !error.isEmpty())
        return exportErrorText(path, error);
    QString title = heading;
    if (title.isEmpty() && charts.size() == 1)
        title = charts.first()->title();
    return writeSvg(path, size, title,
                    [&](QPainter &painter) { paintCharts(painter, charts, size, heading); });
}

namespace {

// Renders `widget` at `size` through `paint`, restoring its size after.
template <typename Paint> void atSize(QWidget *widget, const QSize &size, Paint paint) {
    const QSize previous = widget->size();
    const bool resize = size.isValid() && size != previous;
    if (resize)
        widget->resize(size);
    paint();
    if (resize)
        widget->resize(previous);
}

} // namespace

RenderedImage renderWidget(QWidget *widget, const QSize &size, qreal scale) {
    if (!widget)
        return {{}, ImageText::tr("there is nothing to export")};
    const QSize logical = size.isValid() ? size : widget->size();
    if (const QString error = checkSize(logical, scale); !error.isEmpty())
        return {{}, error};
    QImage image(QSize(qRound(logical.width() * scale), qRound(logical.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {{}, ImageText::tr("not enough memory for the image")};
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    atSize(widget, logical, [&] {
        QPainter painter(&image);
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    });
    return {image, {}};
}

QString writeWidgetPng(QWidget *widget, const QString &path, const QSize &size, qreal scale) {
    const RenderedImage rendered = renderWidget(widget, size, scale);
    if (!rendered.ok())
        return exportErrorText(path, rendered.error);
    return writePng(rendered.image, path);
}

QString writeWidgetSvg(QWidget *widget, const QString &path, const QSize &size) {
    if (!widget)
        return exportErrorText(path, ImageText::tr("there is nothing to export"));
    const QSize logical = size.isValid() ? size : widget->size();
    if (const QString error = checkSize(logical, 1); !error.isEmpty())
        return exportErrorText(path, error);
    return writeSvg(path, logical, widget->windowTitle(), [&](QPainter &painter) {
        atSize(widget, logical,
               [&] { widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren); });
    });
}

} // namespace juesuan::ui
