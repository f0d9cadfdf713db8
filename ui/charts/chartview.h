#pragma once

#include <QChartView>

namespace juesuan::ui {

// A chart on screen with a context menu: copy the chart as an image, or
// save it as PNG at the size it is shown.
class ChartView : public QChartView {
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    // Replaces the chart (the view takes ownership; nullptr clears it).
    void replaceChart(QChart *chart);

    void copyToClipboard();
    // Asks for a file name and writes the PNG; reports failures in a message box.
    void saveAsPng();

    // The size exports use: the chart as it is shown, at least 640×400.
    QSize exportSize() const;

signals:
    // The last export's outcome, for the status bar.
    void exported(const QString &message);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace juesuan::ui
