#pragma once

#include "core/ingest/pdfcolumns.h"

#include <QList>

namespace juesuan::ingest {

// One table row: for each column the words in it, top to bottom.
struct PdfTableRow {
    int page = 0;
    QList<QList<WordRef>> cells;
};

// Groups a table's body lines into rows. A row may take several lines: a
// label wrapped over two lines with the row's numbers centred between them,
// numbers top-aligned above a centred label. A line starts a new row when it
// brings a subject code, a number for a column that already has one, or a
// label that does not continue the wrapped label above it.
QList<PdfTableRow> buildTableRows(const QList<PdfPage> &pages, const PdfPageLines &lines,
                                  const PdfTableRegion &region, const PdfColumnModel &columns);

} // namespace juesuan::ingest
