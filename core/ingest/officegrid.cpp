#include "core/ingest/officegrid.h"

#include "core/ingest/celltokens.h"
#include "core/ingest/sourcewriter.h"
#include "core/model/decimal.h"

#include <QRegularExpression>

namespace juesuan::ingest {
namespace {

// The one text a row holds (merged across it), or empty when it holds several.
QString soleText(const OfficeTable &table, int row) {
    QString sole;
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString text = table.cells[row][c].trimmed();
        if (text.isEmpty() || table.origin[row][c] != QPoint(c, row))
            continue;
        if (!sole.isEmpty())
            return {};
        sole = text;
    }
    return sole;
}

void dropRow(OfficeTable &table, int row) {
    table.cells.removeAt(row);
    table.origin.removeAt(row);
    for (QList<QPoint> &line : table.origin)
        for (QPoint &point : line)
            if (point.y() > row)
                point.ry() -= 1;
            else if (point.y() == row)
                point.ry() = -1; // its text went with the row
}

} // namespace

OfficeTable OfficeTable::sized(int rows, int columns) {
    OfficeTable table;
    for (int r = 0; r < rows; ++r) {
        table.cells.append(QList<QString>(columns));
        QList<QPoint> line;
        for (int c = 0; c < columns; ++c)
            line.append(QPoint(c, r));
        table.origin.append(line);
    }
    return table;
}

void OfficeTable::merge(int top, int left, int bottom, int right) {
    for (int r = top; r <= bottom && r < rowCount(); ++r)
        for (int c = left; c <= right && c < columnCount(); ++c)
            origin[r][c] = QPoint(left, top);
}

QString unitNoteIn(const QString &text) {
    static const QRegularExpression pattern(
        QStringLiteral("单位\\s*[：:]\\s*(?:人民币)?\\s*(?:万元|千元|亿元|元)"));
    return pattern.match(text).captured();
}

QString withoutUnitNote(const QString &text) {
    static const QRegularExpression emptyBrackets(QStringLiteral("[（(【\\[]\\s*[）)】\\]]"));
    return QString(text).remove(unitNoteIn(text)).remove(emptyBrackets).trimmed();
}

bool looksLikeTableTitle(const QString &text) {
    const QString trimmed = text.trimmed();
    return trimmed.size() <= 60 && (trimmed.endsWith(u'表') || trimmed.contains(u"决算表") ||
                                    trimmed.contains(QStringLiteral("表（续")));
}

CellGrid toCellGrid(OfficeTable table, const QString &title, const QString &unitNote,
                    QList<QList<QPoint>> *origins) {
    CellGrid grid;
    grid.title = title;
    grid.unitNote = unitNote;
    // Caption rows above the header.
    while (table.rowCount() > 0) {
        const QString sole = soleText(table, 0);
        const bool blank = [&] {
            for (const QString &cell : table.cells[0])
                if (!cell.trimmed().isEmpty())
                    return false;
            return true;
        }();
        if (blank) {
            dropRow(table, 0);
            continue;
        }
        const QString unit = unitNoteIn(sole);
        if (!unit.isEmpty() && (grid.unitNote.isEmpty() || grid.unitNote == unit)) {
            grid.unitNote = unit;
            if (grid.title.isEmpty() && looksLikeTableTitle(QString(sole).remove(unit)))
                grid.title = QString(sole).remove(unit).trimmed();
            dropRow(table, 0);
        } else if (!sole.isEmpty() && looksLikeTableTitle(sole) && grid.title.isEmpty()) {
            grid.title = sole;
            dropRow(table, 0);
        } else {
            break;
        }
    }
    // A unit note may also stand alone in a row with a date or a unit name.
    for (int r = 0; r < std::min(2, table.rowCount()) && grid.unitNote.isEmpty(); ++r)
        for (const QString &cell : table.cells[r])
            if (const QString unit = unitNoteIn(cell); !unit.isEmpty() && !isAmountToken(cell))
                grid.unitNote = unit;

    int headerRows = table.rowCount();
    for (int r = 0; r < table.rowCount(); ++r) {
        bool body = false, tally = false, total = false;
        int texts = 0;
        for (const QString &cell : table.cells[r]) {
            tally = tally || cell.contains(u"栏次");
            const QString trimmed = cell.trimmed();
            body = body || isAmountToken(trimmed);
            total = total || trimmed == u"合计" || trimmed == u"总计";
            texts += trimmed.isEmpty() ? 0 : 1;
        }
        // An empty table's body is its 合计 row alone; 合计 among other
        // labels is a header ("合计 | 因公出国（境）费 | …").
        body = body || (total && texts == 1);
        if (body && !tally) {
            headerRows = r;
            break;
        }
    }
    // Repeat merged header text over what it covers.
    for (int r = 0; r < headerRows; ++r) {
        for (int c = 0; c < table.columnCount(); ++c) {
            const QPoint from = table.origin[r][c];
            if (from != QPoint(c, r) && from.y() >= 0)
                table.cells[r][c] = table.cells[from.y()][from.x()];
            else if (!table.mergesKnown && r + 1 < headerRows && c > 0 &&
                     table.cells[r][c].trimmed().isEmpty() &&
                     (r == 0 || table.origin[r - 1][c] == table.origin[r - 1][c - 1])) {
                // Without merge records, an empty header cell continues the
                // label on its left, under the same parent only.
                table.cells[r][c] = table.cells[r][c - 1];
                table.origin[r][c] = table.origin[r][c - 1];
            }
        }
    }
    // Body cells covered by a merge stay empty: a figure must not repeat.
    for (int r = headerRows; r < table.rowCount(); ++r)
        for (int c = 0; c < table.columnCount(); ++c)
            if (table.origin[r][c] != QPoint(c, r)) {
                table.cells[r][c].clear();
                table.origin[r][c] = QPoint(c, r);
            }
    grid.cells = table.cells;
    grid.headerRows = headerRows;
    if (origins)
        *origins = table.origin;
    return grid;
}

bool appendSheet(SourceWriter &writer, SourceDocument &document, const OfficeTable &table,
                 const QString &sheetName) {
    if (table.columnCount() == 1) {
        // One column of text is prose (a cover, a 目录, a 编制说明 in one
        // cell per part): its lines stay lines, as paragraphs do elsewhere.
        for (const QList<QString> &row : table.cells)
            for (const QString &line : row.first().split(u'\n')) {
                const QString text = line.trimmed();
                if (text.isEmpty())
                    continue;
                writer.endLine();
                writer.append(text);
                writer.endLine();
            }
        return false;
    }
    QList<QList<QPoint>> origins;
    CellGrid grid = toCellGrid(table, {}, {}, &origins);
    if (grid.cells.isEmpty())
        return false;
    if (grid.title.isEmpty())
        grid.title = sheetName.trimmed(); // names are often padded: "…拨款表 "
    grid.sourcePath = document.path;
    writer.endLine();
    writer.append(grid.title);
    writer.endLine();
    if (!grid.unitNote.isEmpty()) {
        writer.append(grid.unitNote);
        writer.endLine();
    }
    writer.appendGrid(grid, &origins);
    document.tables.append(grid);
    return true;
}

} // namespace juesuan::ingest
