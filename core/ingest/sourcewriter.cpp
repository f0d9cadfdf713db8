#include "core/ingest/sourcewriter.h"

namespace juesuan::ingest {

model::Span SourceWriter::append(QStringView text, int page) {
    const qsizetype begin = position();
    m_document.text.append(text);
    return {begin, position(), page};
}

model::Span SourceWriter::appendWord(QStringView text, int page, const QRectF &box) {
    const model::Span span = append(text, page);
    m_document.words.append({span, box});
    return span;
}

void SourceWriter::endLine() {
    if (!m_document.text.isEmpty() && !m_document.text.endsWith(u'\n'))
        m_document.text.append(u'\n');
}

QString SourceWriter::flattenCell(const QString &cell) {
    QString flat = cell;
    for (QChar &c : flat)
        if (c == u'\t' || c == u'\n' || c == u'\r' || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = u' ';
    return flat.trimmed();
}

void SourceWriter::appendGrid(CellGrid &grid, const QList<QList<QPoint>> *origins) {
    endLine();
    const qsizetype begin = position();
    grid.spans.clear();
    for (qsizetype r = 0; r < grid.cells.size(); ++r) {
        QList<QString> &row = grid.cells[r];
        QList<model::Span> rowSpans;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                append(u"\t");
            row[c] = flattenCell(row[c]);
            const QPoint from = origins && r < origins->size() && c < (*origins)[r].size()
                                    ? (*origins)[r][c]
                                    : QPoint(int(c), int(r));
            // A repeated cell points up or left, at a cell already written.
            if (from.y() >= 0 && from.y() < r)
                rowSpans.append(grid.spans[from.y()].value(from.x()));
            else if (from.y() == r && from.x() < c)
                rowSpans.append(rowSpans[from.x()]);
            else
                rowSpans.append(append(row[c]));
        }
        grid.spans.append(rowSpans);
        endLine();
    }
    grid.span = {begin, position(), -1};
}

} // namespace juesuan::ingest
