#include "ui/charts/chartexport.h"

#include "ui/exportfolder.h"

#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QSaveFile>
#include <memory>

namespace juesuan::ui {
namespace {

// Gives lupdate and the run time the same context for these free functions.
struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};

// Large enough for print, small enough that a typo cannot allocate gigabytes.
constexpr int maxSide = 10000;

} // namespace

void paintChart(QPainter &painter, QChart *chart, const QRectF &target) {
    std::unique_ptr<QGraphicsScene> temporary;
    QGraphicsScene *scene = chart->scene();
    if (!scene) {
        temporary = std::make_unique<QGraphicsScene>();
        temporary->addItem(chart);
        scene = temporary.get();
    }
    const QRectF previous = chart->geometry();
    chart->setGeometry(QRectF(previous.topLeft(), target.size()));
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    scene->render(&painter, target, chart->sceneBoundingRect(), Qt::IgnoreAspectRatio);
    if (temporary)
        temporary->removeItem(chart);
    chart->setGeometry(previous);
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
}

RenderedChart renderChart(QChart *chart, const QSize &size) {
    if (!chart)
        return {{}, ExportText::tr("there is no chart to export")};
    if (size.width() < 16 || size.height() < 16 || size.width() > maxSide ||
        size.height() > maxSide)
        return {{},
                ExportText::tr("image size %1×%2 is out of range (16 to %3 pixels per side)")
                    .arg(size.width())
                    .arg(size.height())
                    .arg(maxSide)};

    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {{},
                ExportText::tr("not enough memory for a %1×%2 image")
                    .arg(size.width())
                    .arg(size.height())};
    image.fill(Qt::white);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintChart(painter, chart, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return {image, {}};
}

QString writePng(const QImage &image, const QString &path) {
    const QString name = QDir::toNativeSeparators(path);
    if (image.isNull())
        return ExportText::tr("%1: nothing to write").arg(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return exportErrorText(path, file.errorString());
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return ExportText::tr("%1: the PNG could not be encoded").arg(name);
    }
    if (!file.commit())
        return exportErrorText(path, file.errorString());
    return {};
}

QString exportChartPng(QChart *chart, const QSize &size, const QString &path) {
    const RenderedChart rendered = renderChart(chart, size);
    if (!rendered.ok())
        return exportErrorText(path, rendered.error);
    return writePng(rendered.image, path);
}

} // namespace juesuan::ui
