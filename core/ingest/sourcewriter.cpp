#include "sourcewriter.h"

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

void SourceWriter::appendGrid(CellGrid &grid, int page) {
    endLine();
    const qsizetype begin = position();
    grid.spans.clear();
    for (QList<QString> &row : grid.cells) {
        QList<model::Span> rowSpans;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                append(u"\t");
            row[c] = flattenCell(row[c]);
            rowSpans.append(append(row[c], page));
        }
        grid.spans.append(rowSpans);
        endLine();
    }
    grid.span = {begin, position(), page};
    if (grid.firstPage < 0)
        grid.firstPage = page;
}

} // namespace juesuan::ingest
