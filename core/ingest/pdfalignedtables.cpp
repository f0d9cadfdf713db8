#include "core/ingest/pdfalignedtables.h"

#include "core/ingest/pdftablerows.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace juesuan::ingest {
namespace {

qint64 key(const LineRef &ref) {
    return (qint64(ref.page) << 32) | ref.line;
}

QList<LineRef> allLines(const PdfTableRegion &region) {
    return region.title + region.unitNote + region.header + region.body + region.repeatedHeader +
           region.notes;
}

PdfTable toTable(const QList<PdfPage> &pages, const PdfPageLines &lines,
                 const PdfTableRegion &region) {
    const PdfColumnModel columns = PdfColumnModel::build(pages, lines, region);
    const QList<PdfTableRow> rows = buildTableRows(pages, lines, region, columns);
    PdfTable table;
    table.region = region;
    table.cellsInferred = true;
    if (!region.title.isEmpty()) {
        const LineRef &ref = region.title.first();
        table.title = lineText(pages[ref.page], lines[ref.page][ref.line]).trimmed();
    }
    static const QRegularExpression unit(QStringLiteral("单位\\s*[：:]\\s*\\S*元"));
    const LineRef &unitRef = region.unitNote.first();
    table.unitNote =
        unit.match(lineText(pages[unitRef.page], lines[unitRef.page][unitRef.line])).captured();

    // Header rows, top to bottom: a header cell standing over several
    // columns (or a leaf label in a tall cell) stands in each place it covers.
    const qsizetype columnCount = columns.columns().size();
    const int depth = columns.headerDepth();
    QHash<int, int> cellOfHeader;
    for (int level = 0; level < depth; ++level) {
        QList<int> places(columnCount, -1);
        for (qsizetype c = 0; c < columnCount; ++c) {
            const QList<int> path = columns.headerCellPath(int(c));
            if (path.isEmpty())
                continue;
            const int header = path[std::min<qsizetype>(level, path.size() - 1)];
            auto it = cellOfHeader.find(header);
            if (it == cellOfHeader.end()) {
                it = cellOfHeader.insert(header, int(table.cells.size()));
                table.cells.append(columns.headerCells()[header].words);
            }
            places[c] = *it;
        }
        table.grid.append(places);
        table.rowPages.append(unitRef.page);
    }
    table.headerRows = depth;
    for (const PdfTableRow &row : rows) {
        QList<int> places(columnCount, -1);
        for (qsizetype c = 0; c < row.cells.size() && c < columnCount; ++c) {
            if (row.cells[c].isEmpty())
                continue;
            places[c] = int(table.cells.size());
            table.cells.append(row.cells[c]);
        }
        table.grid.append(places);
        table.rowPages.append(row.page);
    }
    return table;
}

} // namespace

QList<PdfTable> findAlignedTables(const QList<PdfPage> &pages, const PdfPageLines &lines,
                                  const QList<PdfTable> &taken) {
    QSet<qint64> takenLines;
    for (const PdfTable &table : taken)
        for (const LineRef &ref : allLines(table.region))
            takenLines.insert(key(ref));
    QList<PdfTable> tables;
    for (const PdfTableRegion &region : findTableRegions(pages, lines)) {
        const QList<LineRef> regionLines = allLines(region);
        if (std::any_of(regionLines.cbegin(), regionLines.cend(),
                        [&](const LineRef &ref) { return takenLines.contains(key(ref)); }))
            continue;
        tables.append(toTable(pages, lines, region));
    }
    return tables;
}

} // namespace juesuan::ingest
