#pragma once

#include "core/ingest/sourcedocument.h"
#include "core/model/quantity.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace juesuan::extract {

// What a column of a table holds, judged from its header and body cells.
// An ordinal column numbers the rows (行次, 栏次, 序号: 1, 2, 3 …): never amounts.
enum class ColumnKind { Text, Code, Amount, Ordinal };

// A run of columns read together: the label (and code) columns of one half
// of a two-sided table, and the amount columns right of them.
struct TableBlock {
    QList<int> codeColumns;
    int labelColumn = -1;
    // A column naming the unit a row belongs to (预算单位, 单位名称) beside
    // the subject's own name: a department's table of several units.
    int unitColumn = -1;
    QList<int> amountColumns;
    QString side; // "收入", "支出" or empty
};

// A reading of a CellGrid that every table layout needs: header paths,
// column kinds, blocks, the table's unit, and cell values.
class TableView {
public:
    // `words`: the document's positioned words, when its format places them
    // (PDF); they tell where a cell's text starts on its page.
    explicit TableView(const ingest::CellGrid &grid,
                       const QList<ingest::PositionedWord> *words = nullptr);

    const ingest::CellGrid &grid() const { return m_grid; }
    int firstBodyRow() const { return m_firstBodyRow; }
    int rowCount() const { return int(m_grid.cells.size()); }
    int columnCount() const { return m_columns; }

    QString cell(int row, int column) const;
    model::Span span(int row, int column) const;
    // The amount printed in a cell, exact; nullopt for empty cells, dashes and text.
    std::optional<model::Decimal> amount(int row, int column) const;
    // Where a cell's text starts on its page (points from the left edge);
    // nullopt for an empty cell or a source that places no words.
    std::optional<double> left(int row, int column) const;

    // Header texts over a column, outermost first, repeats (merged cells) dropped.
    const QStringList &headerPath(int column) const { return m_headerPaths[column]; }
    ColumnKind kind(int column) const { return m_kinds[column]; }
    const QList<TableBlock> &blocks() const { return m_blocks; }
    // 单位：万元 / 元 from the unit note, the title or a header cell; None when unstated.
    model::MoneyUnit unit() const { return m_unit; }

private:
    void findBody();
    void classifyColumns();
    bool numbersRows(int column) const;
    void findBlocks();
    void findUnit();

    const ingest::CellGrid &m_grid;
    const QList<ingest::PositionedWord> *m_words = nullptr;
    int m_columns = 0;
    int m_firstBodyRow = 0;
    QList<QStringList> m_headerPaths;
    QList<ColumnKind> m_kinds;
    QList<TableBlock> m_blocks;
    model::MoneyUnit m_unit = model::MoneyUnit::None;
};

// A number as tables print it: "2,940.05", "1 511.89", "-3.00", "（3.00）".
std::optional<model::Decimal> parseTableAmount(QStringView text);

} // namespace juesuan::extract
