#pragma once

#include "core/ingest/pdflines.h"

#include <QList>

namespace juesuan::ingest {

// The lines of every page, as buildLines() returns them.
using PdfPageLines = QList<QList<PdfLine>>;

struct LineRef {
    int page = 0;
    int line = 0;
    friend bool operator==(const LineRef &, const LineRef &) = default;
};

struct WordRef {
    int page = 0;
    int word = 0;
    friend bool operator==(const WordRef &, const WordRef &) = default;
};

// Where a table stands in a PDF: its caption, its unit note, the header lines
// and the body lines, possibly over several pages (a repeated header on a
// continuation page is listed in `repeatedHeader` and not in `body`).
struct PdfTableRegion {
    QList<LineRef> title;    // usually one line; empty when the unit note stands alone
    QList<LineRef> unitNote; // the line holding "单位：万元"
    QList<LineRef> header;
    QList<LineRef> body;
    QList<LineRef> repeatedHeader;
    QList<LineRef> notes; // "注：…" lines right under the table
    // Header labels printed on the first body line ("类 款 项" level with the
    // numbers top-aligned in a tall 合计 row): header, not body.
    QList<WordRef> headerWordsInBody;

    bool isHeaderWord(const WordRef &ref) const { return headerWordsInBody.contains(ref); }
    // The header as lines of words, top to bottom.
    QList<QList<WordRef>> headerLines(const PdfPageLines &lines) const;
};

// Finds the tables of a document. A table starts at a unit note
// ("单位：万元"), takes the caption above it, and runs until a note, the next
// caption, a part heading or a paragraph of prose; at a page end it goes on
// when the next page begins with rows aligned with it.
QList<PdfTableRegion> findTableRegions(const QList<PdfPage> &pages, const PdfPageLines &lines);

// Text of a line (words joined as a reader would).
QString lineText(const PdfPage &page, const PdfLine &line);
// True for page furniture: a running page number ("3", "- 3 -", "第3页") in
// the top or bottom margin, or a line markRunningLines found repeated.
bool isPageFurniture(const PdfPage &page, const PdfLine &line);

// Marks running headers and footers: a line in the top or bottom margin
// whose text (numbers aside) stands on at least half the pages of the
// document ("无锡市信访局2025年度部门预算公开" over every page). A unit note or a
// table title repeated over a table's pages is a caption, never furniture.
void markRunningLines(const QList<PdfPage> &pages, PdfPageLines &lines);

} // namespace juesuan::ingest
