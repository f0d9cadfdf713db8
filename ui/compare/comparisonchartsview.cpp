#include "comparisonchartsview.h"

#include "charts/chartview.h"
#include "comparisonchartbuilder.h"
#include "comparisondocument.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace juesuan::ui {
namespace {

constexpr int chartColumns = 2;
constexpr int chartHeight = 360;

} // namespace

ComparisonChartsView::ComparisonChartsView(QWidget *parent)
    : QWidget(parent) {
    auto *grid = new QGridLayout(this);
    grid->setSpacing(10);
    const QList<ComparisonChartKind> &kinds = comparisonChartKinds();
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        Slot slot;
        auto *cell = new QWidget;
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        slot.stack = new QStackedWidget;
        slot.stack->setMinimumHeight(chartHeight);
        slot.view = new ChartView;
        slot.view->setObjectName(u"comparison-chart-" + comparisonChartId(kinds[i]));
        connect(slot.view, &ChartView::exported, this, &ComparisonChartsView::exported);
        slot.placeholder = new QLabel;
        slot.placeholder->setAlignment(Qt::AlignCenter);
        slot.placeholder->setWordWrap(true);
        slot.placeholder->setStyleSheet(
            QStringLiteral("QLabel { color: #6b7580; background: #f7f9fc; border: 1px dashed "
                           "#c9d1db; border-radius: 6px; padding: 12px; }"));
        slot.stack->addWidget(slot.view);
        slot.stack->addWidget(slot.placeholder);
        slot.notes = new QLabel;
        slot.notes->setWordWrap(true);
        slot.notes->setStyleSheet(QStringLiteral("QLabel { color: #6b7580; }"));
        slot.notes->hide();
        cellLayout->addWidget(slot.stack);
        cellLayout->addWidget(slot.notes);
        grid->addWidget(cell, int(i / chartColumns), int(i % chartColumns));
        m_slots.insert(kinds[i], slot);
    }
    for (int column = 0; column < chartColumns; ++column)
        grid->setColumnStretch(column, 1);
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
    return m_slots.value(kind).view;
}

QList<ComparisonChartKind> ComparisonChartsView::availableCharts() const {
    QList<ComparisonChartKind> kinds;
    for (const ComparisonChartKind kind : comparisonChartKinds())
        if (!m_slots.value(kind).empty)
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
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        Slot &slot = it.value();
        ComparisonChartData content;
        if (valid)
            content = comparisonChartData(it.key(), m_document->comparison());
        // On screen the panel's header names A and B in their colours; the
        // subtitle is for exported images, which stand alone.
        content.subtitle.clear();
        std::unique_ptr<QChart> chart = valid ? buildComparisonChart(content) : nullptr;
        slot.empty = !chart;
        slot.view->replaceChart(chart.release());
        slot.placeholder->setText(
            QStringLiteral("<b>%1</b><br><br>%2")
                .arg(comparisonChartTitle(it.key()).toHtmlEscaped(),
                     tr("Neither report states figures for this chart.").toHtmlEscaped()));
        slot.stack->setCurrentWidget(slot.empty ? static_cast<QWidget *>(slot.placeholder)
                                                : static_cast<QWidget *>(slot.view));
        slot.notes->setText(content.notes.join(u' '));
        slot.notes->setVisible(!slot.empty && !content.notes.isEmpty());
    }
}

} // namespace juesuan::ui
