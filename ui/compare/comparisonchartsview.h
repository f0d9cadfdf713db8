#pragma once

#include "ui/compare/comparisonchartdata.h"

#include <QPointer>
#include <QWidget>

namespace juesuan::ui {

class ChartGrid;
class ChartView;
class ComparisonDocument;

// The comparison charts in a grid, rebuilt when either report is reloaded
// or the language changes. A chart neither report has figures for says so
// in its place. Each chart's context menu copies it or saves it as PNG.
class ComparisonChartsView : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonChartsView(QWidget *parent = nullptr);

    void setDocument(ComparisonDocument *document);
    // The view of a chart kind; its chart has no series when there is nothing to draw.
    ChartView *chartView(ComparisonChartKind kind) const;
    // The kinds that have something to draw, in display order.
    QList<ComparisonChartKind> availableCharts() const;

signals:
    void exported(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QPointer<ComparisonDocument> m_document;
    ChartGrid *m_grid;
};

} // namespace juesuan::ui
