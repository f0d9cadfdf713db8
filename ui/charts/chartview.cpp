#include "ui/charts/chartview.h"

#include "ui/charts/chartexport.h"
#include "ui/exportfolder.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>

namespace juesuan::ui {

ChartView::ChartView(QWidget *parent)
    : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 280);
}

void ChartView::replaceChart(QChart *chart) {
    QChart *old = this->chart();
    // QChartView never shows "no chart": an empty QChart stands in.
    setChart(chart ? chart : new QChart);
    delete old;
}

QSize ChartView::exportSize() const {
    return size().expandedTo(QSize(640, 400));
}

void ChartView::copyToClipboard() {
    const RenderedChart rendered = renderChart(chart(), exportSize());
    if (!rendered.ok()) {
        emit exported(rendered.error);
        return;
    }
    QGuiApplication::clipboard()->setImage(rendered.image);
    emit exported(tr("Chart copied to the clipboard"));
}

void ChartView::saveAsPng() {
    const QString folder = exportFolder();
    QString name = chart()->title().trimmed();
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart as PNG"), folder + u'/' + name + u".png", tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    rememberExportFolder(path);
    const QString error = exportChartPng(chart(), exportSize(), path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Save chart as PNG"), error);
        emit exported(error);
        return;
    }
    emit exported(tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)));
    confirmExport(this, tr("Save chart as PNG"), path);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event) {
    if (chart()->series().isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Copy chart"), this, &ChartView::copyToClipboard);
    menu.addAction(tr("Save as PNG…"), this, &ChartView::saveAsPng);
    menu.exec(event->globalPos());
}

} // namespace juesuan::ui
