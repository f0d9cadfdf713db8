#pragma once

#include "core/ingest/pdftableregions.h"

#include <QList>
#include <QString>

namespace juesuan::ingest {

// A table rebuilt from a PDF as a grid of cells, whichever way it was found
// (from its ruling lines or from its words' alignment): what the text
// builder writes into a SourceDocument.
struct PdfTable {
    // Its caption, unit note and notes, and every line it covers (header and
    // body lines are not narrative).
    PdfTableRegion region;
    QString title;               // its caption as printed, the unit note left out
    QString unitNote;            // "单位：万元", when stated
    QList<QList<WordRef>> cells; // each cell's words in reading order
    // [row][column] → index into cells, -1 for an empty place. A merged cell's
    // index stands in every place it covers.
    QList<QList<int>> grid;
    QList<int> rowPages;        // the page each row stands on
    int headerRows = 0;         // the first rows are the column headers
    bool cellsInferred = false; // placed by word alignment, not by ruling lines
};

} // namespace juesuan::ingest
