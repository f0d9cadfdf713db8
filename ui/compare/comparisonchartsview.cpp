#include "ui/compare/comparisonchartsview.h"

#include "ui/charts/chartbuilder.h"
#include "ui/charts/chartgrid.h"
#include "ui/charts/chartview.h"
#include "ui/compare/comparisonchartdata.h"
#include "ui/compare/comparisondocument.h"

#include <QEvent>
#include <QVBoxLayout>

namespace juesuan::ui {
namespace {

constexpr int chartHeight = 360;

QStringList objectNames() {
    QStringList names;
    for (const ComparisonChartKind kind : comparisonChartKinds())
        names.append(u"comparison-chart-" + comparisonChartId(kind));
    return names;
}

int cellOf(ComparisonChartKind kind) {
    return static_cast<int>(comparisonChartKinds().indexOf(kind));
}

} // namespace

ComparisonChartsView::ComparisonChartsView(QWidget *parent)
    : QWidget(parent)
    , m_grid(new ChartGrid(objectNames(), chartHeight, ChartGrid::Height::Minimum)) {
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_grid);
    connect(m_grid, &ChartGrid::exported, this, &ComparisonChartsView::exported);
}

void ComparisonChartsView::setDocument(ComparisonDocument *document) {
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document)
        connect(m_document, &ComparisonDocument::changed, this, &ComparisonChartsView::rebuild);
    rebuild();
}

ChartView *ComparisonChartsView::chartView(ComparisonChartKind kind) const {
    return m_grid->view(cellOf(kind));
}

QList<ComparisonChartKind> ComparisonChartsView::availableCharts() const {
    QList<ComparisonChartKind> kinds;
    for (const ComparisonChartKind kind : comparisonChartKinds())
        if (!m_grid->isEmpty(cellOf(kind)))
            kinds.append(kind);
    return kinds;
}

void ComparisonChartsView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void ComparisonChartsView::rebuild() {
    const bool valid = m_document && m_document->isValid();
    for (const ComparisonChartKind kind : comparisonChartKinds()) {
        ChartData content;
        if (valid)
            content = comparisonChartData(kind, m_document->comparison());
        // On screen the panel's header names A and B in their colours; the
        // subtitle is for exported images, which stand alone.
        content.subtitle.clear();
        m_grid->show(cellOf(kind), valid ? buildChart(content) : nullptr,
                     comparisonChartTitle(kind), comparisonChartEmptyText(kind), content.notes);
    }
}

} // namespace juesuan::ui
