#pragma once

#include "ui/charts/chartdata.h"

#include <QPointer>
#include <QWidget>

namespace juesuan::ui {

class ChartGrid;
class ChartView;
class ReportDocument;

// The charts of one report in a grid, rebuilt when the report is reloaded or
// the language changes. A chart the report has no figures for says so in
// its place instead of leaving a hole.
class ChartsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartsPanel(QWidget *parent = nullptr);

    void setDocument(ReportDocument *document);
    // The view of a chart kind; its chart has no series when the report
    // states nothing for it.
    ChartView *chartView(ChartKind kind) const;

signals:
    void exported(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QPointer<ReportDocument> m_document;
    ChartGrid *m_grid;
};

} // namespace juesuan::ui
