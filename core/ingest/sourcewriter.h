#pragma once

#include "core/ingest/sourcedocument.h"

#include <QPoint>
#include <QRectF>
#include <QString>

namespace juesuan::ingest {

// Appends to a SourceDocument's text and returns where each piece landed, so
// that readers record spans as they write instead of searching afterwards.
class SourceWriter {
public:
    explicit SourceWriter(SourceDocument &document)
        : m_document(document) {}

    qsizetype position() const { return m_document.text.size(); }
    model::Span append(QStringView text, int page = -1);
    // Text of a positioned word: also recorded in SourceDocument::words.
    model::Span appendWord(QStringView text, int page, const QRectF &box);
    // Ends the current line unless the text is empty or already ends one.
    void endLine();

    // Writes `grid` as tab-separated rows (one line per row, empty cells kept
    // empty) and fills its spans and its whole-table span. Tabs and line breaks
    // inside a cell become spaces so that the rows stay one per line. A cell
    // whose `origins` entry names another cell (a merged header repeated) is
    // not written again: it shares that cell's span.
    void appendGrid(CellGrid &grid, const QList<QList<QPoint>> *origins = nullptr);

    // Text of a cell as it can be written on one line.
    static QString flattenCell(const QString &cell);

private:
    SourceDocument &m_document;
};

} // namespace juesuan::ingest
