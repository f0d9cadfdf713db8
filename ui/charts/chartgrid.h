#pragma once

#include <QList>
#include <QWidget>
#include <memory>

class QChart;
class QLabel;
class QStackedWidget;

namespace juesuan::ui {

class ChartView;

// Charts in a grid of two columns, one cell per chart: the chart's view, or
// in its place a note saying why there is nothing to draw, and the chart's
// own notes under it. The report's charts and the comparison charts both
// show themselves through it.
class ChartGrid : public QWidget {
    Q_OBJECT
public:
    // Fixed: every cell has exactly `chartHeight` (a scrolling overview, no
    // posters); Minimum: cells may grow with the window.
    enum class Height { Fixed, Minimum };

    ChartGrid(const QStringList &objectNames, int chartHeight, Height height,
              QWidget *parent = nullptr);

    int count() const { return static_cast<int>(m_cells.size()); }
    ChartView *view(int cell) const { return m_cells.value(cell).view; }
    bool isEmpty(int cell) const { return m_cells.value(cell).empty; }

    // Shows `chart` in a cell, or, when it is null, `title` with `emptyText`.
    void show(int cell, std::unique_ptr<QChart> chart, const QString &title,
              const QString &emptyText, const QStringList &notes);

signals:
    void exported(const QString &message);

private:
    struct Cell {
        QStackedWidget *stack = nullptr;
        ChartView *view = nullptr;
        QLabel *placeholder = nullptr;
        QLabel *notes = nullptr;
        bool empty = true;
    };

    QList<Cell> m_cells;
};

} // namespace juesuan::ui
