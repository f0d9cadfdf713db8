#pragma once

#include "core/ingest/pdfwords.h"

#include <QList>
#include <QRectF>

namespace juesuan::ingest {

// A ruled grid on a page: the cells a table's ruling lines enclose.
//
// Spreadsheet and word-processor exports draw every cell border, so where a
// page has ruling lines they, not the words' alignment, say which column
// and which row a word stands in: a label wrapped over three lines stays in
// its cell, an empty cell stays empty, a header cell merged over four
// columns is one cell. Edges run where the rulings are; two neighbouring
// places are one merged cell when no ruling separates them.
struct PdfLattice {
    struct Cell {
        int row = 0, column = 0;         // top-left grid place
        int rowSpan = 1, columnSpan = 1; // places it covers
        QRectF box;
        QList<int> words; // indices into the page's words, in reading order
    };

    int page = 0;
    QList<double> columnEdges; // x, left to right: columns + 1 edges
    QList<double> rowEdges;    // y, top to bottom: rows + 1 edges
    QList<Cell> cells;
    QList<QList<int>> cellAt; // [row][column] → index into cells

    int rowCount() const { return int(rowEdges.size()) - 1; }
    int columnCount() const { return int(columnEdges.size()) - 1; }
    QRectF bounds() const {
        return QRectF(QPointF(columnEdges.first(), rowEdges.first()),
                      QPointF(columnEdges.last(), rowEdges.last()));
    }
    // The grid place a word stands in, by its centre; (-1, -1) outside.
    std::pair<int, int> placeOf(const PdfWord &word) const;
};

// The ruled grids of a page, top to bottom, each with its words. A frame
// around a single cell (a boxed note) is not a grid.
QList<PdfLattice> findLattices(const PdfPage &page, int pageIndex);

} // namespace juesuan::ingest
