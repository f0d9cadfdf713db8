#include "core/ingest/sheetvalues.h"

#include <QCoreApplication>

namespace juesuan::ingest {

bool SheetValues::add(int row, int column, const QString &text, QString *error) {
    if (row < 0 || column < 0 || text.trimmed().isEmpty())
        return true;
    if (m_values.size() >= maxValues) {
        *error = QCoreApplication::translate(
                     "juesuan::ingest",
                     "sheet “%1”: more than %2 cells hold values, more than a report's tables")
                     .arg(m_sheetName.trimmed())
                     .arg(maxValues);
        return false;
    }
    m_values.append({QPoint(column, row), text});
    return true;
}

std::optional<OfficeTable> SheetValues::table(bool mergesKnown, QString *error) const {
    if (m_values.isEmpty())
        return OfficeTable();
    QRect extent(m_values.first().at, QSize(1, 1));
    for (const Value &value : m_values)
        extent |= QRect(value.at, QSize(1, 1));
    if (qint64(extent.width()) * extent.height() > maxCells) {
        *error = QCoreApplication::translate(
                     "juesuan::ingest",
                     "sheet “%1”: its values span %2 rows and %3 columns, more than %4 cells")
                     .arg(m_sheetName.trimmed())
                     .arg(extent.height())
                     .arg(extent.width())
                     .arg(maxCells);
        return std::nullopt;
    }
    OfficeTable table = OfficeTable::sized(extent.height(), extent.width());
    table.mergesKnown = mergesKnown;
    for (const Value &value : m_values)
        table.cells[value.at.y() - extent.top()][value.at.x() - extent.left()] = value.text;
    for (const QRect &merge : m_merges) {
        const QRect clipped = merge.intersected(extent);
        // A merge whose top-left cell lies outside holds no value of the table.
        if (clipped.isEmpty() || clipped.topLeft() != merge.topLeft())
            continue;
        table.merge(clipped.top() - extent.top(), clipped.left() - extent.left(),
                    clipped.bottom() - extent.top(), clipped.right() - extent.left());
    }
    return table;
}

} // namespace juesuan::ingest
