#include "ui/charts/chartspanel.h"

#include "ui/charts/chartbuilder.h"
#include "ui/charts/chartgrid.h"
#include "ui/charts/chartview.h"
#include "ui/document/reportdocument.h"

#include <QEvent>
#include <QVBoxLayout>

namespace juesuan::ui {
namespace {

constexpr int chartHeight = 340;

QStringList objectNames() {
    QStringList names;
    for (const ChartKind kind : chartKinds())
        names.append(QStringLiteral("chart-") + chartKindId(kind));
    return names;
}

} // namespace

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_grid(new ChartGrid(objectNames(), chartHeight, ChartGrid::Height::Fixed)) {
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_grid);
    connect(m_grid, &ChartGrid::exported, this, &ChartsPanel::exported);
}

void ChartsPanel::setDocument(ReportDocument *document) {
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document)
        connect(m_document, &ReportDocument::changed, this, &ChartsPanel::rebuild);
    rebuild();
}

ChartView *ChartsPanel::chartView(ChartKind kind) const {
    return m_grid->view(static_cast<int>(chartKinds().indexOf(kind)));
}

void ChartsPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void ChartsPanel::rebuild() {
    const bool loaded = m_document && m_document->isLoaded();
    const QList<ChartKind> &kinds = chartKinds();
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        ChartData content;
        if (loaded)
            content = chartData(kinds[i], m_document->report());
        m_grid->show(static_cast<int>(i), loaded ? buildChart(content) : nullptr,
                     chartTitle(kinds[i]), tr("The report states no figures for this chart."),
                     content.notes);
    }
}

} // namespace juesuan::ui
