#include "ui/charts/chartgrid.h"

#include "ui/charts/chartview.h"

#include <QChart>
#include <QGridLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace juesuan::ui {
namespace {

constexpr int columns = 2;

} // namespace

ChartGrid::ChartGrid(const QStringList &objectNames, int chartHeight, Height height,
                     QWidget *parent)
    : QWidget(parent) {
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);
    for (qsizetype i = 0; i < objectNames.size(); ++i) {
        Cell cell;
        auto *box = new QWidget;
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        cell.stack = new QStackedWidget;
        if (height == Height::Fixed)
            cell.stack->setFixedHeight(chartHeight);
        else
            cell.stack->setMinimumHeight(chartHeight);
        cell.view = new ChartView;
        cell.view->setObjectName(objectNames[i]);
        connect(cell.view, &ChartView::exported, this, &ChartGrid::exported);
        cell.placeholder = new QLabel;
        cell.placeholder->setAlignment(Qt::AlignCenter);
        cell.placeholder->setWordWrap(true);
        cell.placeholder->setStyleSheet(
            QStringLiteral("QLabel { color: #6b7580; background: #f7f9fc; border: 1px dashed "
                           "#c9d1db; border-radius: 6px; padding: 12px; }"));
        cell.stack->addWidget(cell.view);
        cell.stack->addWidget(cell.placeholder);
        cell.notes = new QLabel;
        cell.notes->setWordWrap(true);
        cell.notes->setStyleSheet(QStringLiteral("QLabel { color: #6b7580; }"));
        cell.notes->hide();
        boxLayout->addWidget(cell.stack);
        boxLayout->addWidget(cell.notes);
        const Qt::Alignment alignment = height == Height::Fixed ? Qt::AlignTop : Qt::Alignment();
        grid->addWidget(box, static_cast<int>(i / columns), static_cast<int>(i % columns),
                        alignment);
        m_cells.append(cell);
    }
    for (int column = 0; column < columns; ++column)
        grid->setColumnStretch(column, 1);
}

void ChartGrid::show(int index, std::unique_ptr<QChart> chart, const QString &title,
                     const QString &emptyText, const QStringList &notes) {
    if (index < 0 || index >= m_cells.size())
        return;
    Cell &cell = m_cells[index];
    cell.empty = !chart;
    cell.view->replaceChart(chart.release());
    cell.placeholder->setText(QStringLiteral("<b>%1</b><br><br>%2")
                                  .arg(title.toHtmlEscaped(), emptyText.toHtmlEscaped()));
    cell.stack->setCurrentWidget(cell.empty ? static_cast<QWidget *>(cell.placeholder)
                                            : static_cast<QWidget *>(cell.view));
    cell.notes->setText(notes.join(u' '));
    cell.notes->setVisible(!cell.empty && !notes.isEmpty());
}

} // namespace juesuan::ui
