#pragma once

#include "core/ingest/pdftable.h"
#include "core/ingest/sourcewriter.h"

#include <QHash>

namespace juesuan::ingest {

// Writes a PDF's pages into a SourceDocument: narrative lines joined into
// paragraphs (a line that fills the text width runs on into the next line
// when that one is not indented, also over a page break), tables as
// tab-separated rows at the place of their first line, with CellGrids whose
// spans point at the cells' words.
class PdfTextBuilder {
public:
    PdfTextBuilder(const QList<PdfPage> &pages, const PdfPageLines &lines,
                   const QList<PdfTable> &tables, SourceDocument &document);
    void build();

private:
    struct LineRole {
        int table = -1;
        bool firstOfTableOnPage = false;
        bool caption = false; // a table's title or unit note: a line of its own
    };
    void markTableLines();
    void computeMargins();
    void writeNarrativeLine(const LineRef &ref);
    void writeTablePart(int tableIndex, int page);
    void writeRow(int tableIndex, int row, QHash<int, model::Span> &written);
    model::Span writeWords(const QList<WordRef> &words);
    bool runsOn(const LineRef &previous, const LineRef &next) const;
    bool isCentredHeading(const LineRef &ref) const;

    const QList<PdfPage> &m_pages;
    const PdfPageLines &m_lines;
    const QList<PdfTable> &m_tables;
    SourceDocument &m_document;
    SourceWriter m_writer;
    QList<QList<LineRole>> m_roles;
    QList<double> m_marginLeft, m_marginRight; // per page
    double m_bodyFontSize = 0;                 // the most common size
    QList<CellGrid> m_grids;
    LineRef m_lastNarrative{-1, -1};
};

} // namespace juesuan::ingest
