#pragma once

#include "core/ingest/pdftableregions.h"

#include <QList>
#include <QString>
#include <algorithm>

namespace juesuan::ingest {

// Overlaps smaller than this (points) are touching, not overlapping.
inline constexpr double minOverlap = 1.0;

// How far two horizontal or vertical extents overlap (negative: the gap).
inline double overlap(double aLeft, double aRight, double bLeft, double bRight) {
    return std::min(aRight, bRight) - std::max(aLeft, bLeft);
}

// The columns of a PDF table, rebuilt from where its words stand.
//
// Body words that overlap horizontally form a lane; the header cell standing
// over a lane names it. A header cell over no lane is a column left empty in
// every row (it still exists: a figure must not slide into it). Header cells
// that stand over several columns are groups ("公务用车购置及运行费" over
// 小计, 购置费, 运行费): a group's span is the run of columns it is centred on,
// nested with the spans of the groups under it, never crossing them.
class PdfColumnModel {
public:
    struct HeaderCell {
        QList<WordRef> words; // top to bottom, left to right
        QString text;
        double left = 0, right = 0, top = 0, bottom = 0;
        double fontSize = 0;
        int firstColumn = -1, lastColumn = -1; // columns it names
        bool isLeafLabel = false;
    };
    struct Column {
        double left = 0, right = 0;         // where its content stands
        double cellLeft = 0, cellRight = 0; // estimated ruling lines around it
        int label = -1;                     // index into headerCells()
        bool hasBody = false;
    };

    static PdfColumnModel build(const QList<PdfPage> &pages, const PdfPageLines &lines,
                                const PdfTableRegion &region);

    const QList<Column> &columns() const { return m_columns; }
    const QList<HeaderCell> &headerCells() const { return m_headerCells; }
    // The column a body word belongs to (the lane holding it), or -1.
    int columnOf(const PdfWord &word) const;
    // Header texts naming `column`, outermost group first, its own label last.
    QStringList headerPath(int column) const;
    // The same as indices into headerCells().
    QList<int> headerCellPath(int column) const;
    int headerDepth() const;

private:
    void buildLanes(const QList<PdfPage> &pages, const PdfPageLines &lines,
                    const PdfTableRegion &region);
    void buildHeaderCells(const QList<PdfPage> &pages, const QList<QList<WordRef>> &header);
    void assignLeafLabels();
    void estimateCellBounds();
    void assignGroupSpans();
    void widenGroupSpans();
    bool spanFits(int cell, int first, int last) const;
    QList<QList<WordRef>> headerPieces(const QList<PdfPage> &pages,
                                       const QList<WordRef> &line) const;

    struct Lane {
        double left = 0, right = 0;
    };
    QList<Lane> m_lanes;
    QList<int> m_laneColumn; // lane → column
    QList<Column> m_columns;
    QList<HeaderCell> m_headerCells;
};

} // namespace juesuan::ingest
