#include "chartspanel.h"

#include "chartbuilder.h"
#include "chartview.h"
#include "document/reportdocument.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace juesuan::ui {
namespace {

constexpr int chartColumns = 2;
constexpr int chartHeight = 340;

} // namespace

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent) {
    auto *grid = new QGridLayout(this);
    grid->setSpacing(10);
    const QList<ChartKind> &kinds = chartKinds();
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        Slot slot;
        auto *cell = new QWidget;
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        slot.stack = new QStackedWidget;
        // A fixed height: the overview scrolls, charts do not stretch into posters.
        slot.stack->setFixedHeight(chartHeight);
        slot.view = new ChartView;
        slot.view->setObjectName(QStringLiteral("chart-") + chartKindId(kinds[i]));
        connect(slot.view, &ChartView::exported, this, &ChartsPanel::exported);
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
        grid->addWidget(cell, static_cast<int>(i / chartColumns),
                        static_cast<int>(i % chartColumns), Qt::AlignTop);
        m_slots.insert(kinds[i], slot);
    }
    for (int column = 0; column < chartColumns; ++column)
        grid->setColumnStretch(column, 1);
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
    return m_slots.value(kind).view;
}

void ChartsPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void ChartsPanel::rebuild() {
    const bool loaded = m_document && m_document->isLoaded();
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        Slot &slot = it.value();
        ChartData content;
        if (loaded)
            content = chartData(it.key(), m_document->report());
        std::unique_ptr<QChart> chart = loaded ? buildChart(content) : nullptr;
        const bool empty = !chart;
        slot.view->replaceChart(chart.release());
        slot.placeholder->setText(
            QStringLiteral("<b>%1</b><br><br>%2")
                .arg(chartTitle(it.key()).toHtmlEscaped(),
                     tr("The report states no figures for this chart.").toHtmlEscaped()));
        slot.stack->setCurrentWidget(empty ? static_cast<QWidget *>(slot.placeholder)
                                           : static_cast<QWidget *>(slot.view));
        slot.notes->setText(content.notes.join(u' '));
        slot.notes->setVisible(!empty && !content.notes.isEmpty());
    }
}

} // namespace juesuan::ui
