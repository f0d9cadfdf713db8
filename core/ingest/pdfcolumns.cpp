#include "core/ingest/pdfcolumns.h"

#include <algorithm>

namespace juesuan::ingest {
namespace {

// Header words closer than this (font sizes) on one line are one cell,
// unless a gap between two body columns runs between them.
constexpr double headerGapFactor = 0.6;
// A header cell's next line is at most this far below (font sizes).
constexpr double wrappedPitch = 1.6;
// A wrapped header line is centred under the line above within this (font sizes).
constexpr double centredFactor = 1.1;
// A header label this close (font sizes) to an unnamed column names it.
constexpr double adoptGapFactor = 1.0;

struct Piece {
    QList<WordRef> words;
    double left = 0, right = 0, top = 0, bottom = 0, baseline = 0, fontSize = 0;
};

} // namespace

PdfColumnModel PdfColumnModel::build(const QList<PdfPage> &pages, const PdfPageLines &lines,
                                     const PdfTableRegion &region) {
    PdfColumnModel model;
    model.buildLanes(pages, lines, region);
    model.buildHeaderCells(pages, region.headerLines(lines));
    model.assignLeafLabels();
    model.estimateCellBounds();
    model.assignGroupSpans();
    return model;
}

void PdfColumnModel::buildLanes(const QList<PdfPage> &pages, const PdfPageLines &lines,
                                const PdfTableRegion &region) {
    QList<Lane> spans;
    for (const LineRef &ref : region.body) {
        for (int index : lines[ref.page][ref.line].words) {
            if (region.isHeaderWord({ref.page, index}))
                continue;
            const PdfWord &word = pages[ref.page].words[index];
            spans.append({word.left(), word.right()});
        }
    }
    std::sort(spans.begin(), spans.end(),
              [](const Lane &a, const Lane &b) { return a.left < b.left; });
    for (const Lane &span : spans) {
        if (!m_lanes.isEmpty() && span.left < m_lanes.last().right - minOverlap / 2)
            m_lanes.last().right = std::max(m_lanes.last().right, span.right);
        else
            m_lanes.append(span);
    }
}

void PdfColumnModel::buildHeaderCells(const QList<PdfPage> &pages,
                                      const QList<QList<WordRef>> &header) {
    QList<double> lastBaseline; // per header cell
    for (const QList<WordRef> &line : header) {
        QList<Piece> pieces;
        for (const QList<WordRef> &segment : headerPieces(pages, line)) {
            Piece piece;
            piece.left = 1e9;
            piece.top = 1e9;
            for (const WordRef &ref : segment) {
                const PdfWord &word = pages[ref.page].words[ref.word];
                piece.words.append(ref);
                piece.left = std::min(piece.left, word.left());
                piece.right = std::max(piece.right, word.right());
                piece.top = std::min(piece.top, word.box.top());
                piece.bottom = std::max(piece.bottom, word.box.bottom());
                piece.fontSize = std::max(piece.fontSize, word.fontSize);
                piece.baseline = word.baseline;
            }
            pieces.append(piece);
        }
        // A piece continues the cell above it when it is its next line: close
        // below, centred or left-aligned with it, not wider, and alone under it.
        QList<int> joins(pieces.size(), -1);
        for (qsizetype p = 0; p < pieces.size(); ++p) {
            const Piece &piece = pieces[p];
            double best = 1e9;
            for (qsizetype c = 0; c < m_headerCells.size(); ++c) {
                const HeaderCell &cell = m_headerCells[c];
                const double gap = piece.baseline - lastBaseline[c];
                const double centreOffset =
                    std::abs((piece.left + piece.right) / 2 - (cell.left + cell.right) / 2);
                const bool centred = centreOffset <= centredFactor * piece.fontSize;
                const bool leftAligned = std::abs(piece.left - cell.left) <= 0.5 * piece.fontSize;
                if (gap <= 0 || gap > wrappedPitch * piece.fontSize || !(centred || leftAligned) ||
                    piece.right - piece.left > cell.right - cell.left + 0.5 * piece.fontSize)
                    continue;
                if (centreOffset < best) {
                    best = centreOffset;
                    joins[p] = int(c);
                }
            }
        }
        // Two pieces under one cell are its children, not its next line.
        for (qsizetype p = 0; p < pieces.size(); ++p) {
            if (joins[p] < 0)
                continue;
            const HeaderCell &cell = m_headerCells[joins[p]];
            for (qsizetype o = 0; o < pieces.size(); ++o) {
                const double centre = (pieces[o].left + pieces[o].right) / 2;
                if (o != p && centre > cell.left - pieces[o].fontSize &&
                    centre < cell.right + pieces[o].fontSize)
                    joins[p] = -1;
            }
        }
        for (qsizetype p = 0; p < pieces.size(); ++p) {
            const Piece &piece = pieces[p];
            const int target = joins[p];
            const bool alone = target >= 0 && joins.count(target) == 1;
            if (!alone) {
                HeaderCell cell;
                cell.left = piece.left;
                cell.right = piece.right;
                cell.top = piece.top;
                cell.bottom = piece.bottom;
                m_headerCells.append(cell);
                lastBaseline.append(piece.baseline);
            }
            HeaderCell &cell = alone ? m_headerCells[target] : m_headerCells.last();
            for (const WordRef &wordRef : piece.words) {
                const PdfWord &word = pages[wordRef.page].words[wordRef.word];
                appendWordText(cell.text,
                               cell.words.isEmpty()
                                   ? nullptr
                                   : &pages[cell.words.last().page].words[cell.words.last().word],
                               word);
                cell.words.append(wordRef);
            }
            cell.left = std::min(cell.left, piece.left);
            cell.right = std::max(cell.right, piece.right);
            cell.bottom = std::max(cell.bottom, piece.bottom);
            cell.fontSize = std::max(cell.fontSize, piece.fontSize);
            lastBaseline[alone ? target : m_headerCells.size() - 1] = piece.baseline;
        }
    }
}

QList<QList<WordRef>> PdfColumnModel::headerPieces(const QList<PdfPage> &pages,
                                                   const QList<WordRef> &line) const {
    // Words of a header line, left to right, cut where they stand apart or
    // where a gap between two body columns runs between them.
    QList<QList<WordRef>> pieces;
    const PdfWord *previous = nullptr;
    for (const WordRef &ref : line) {
        const PdfWord &word = pages[ref.page].words[ref.word];
        bool cut = !previous || word.left() - previous->right() > headerGapFactor * word.fontSize;
        for (qsizetype l = 0; !cut && l + 1 < m_lanes.size(); ++l)
            cut = m_lanes[l].right <= word.left() && m_lanes[l + 1].left >= previous->right();
        if (cut)
            pieces.append(QList<WordRef>());
        pieces.last().append(ref);
        previous = &word;
    }
    return pieces;
}

void PdfColumnModel::assignLeafLabels() {
    const qsizetype cellCount = m_headerCells.size();
    QList<QList<int>> lanesUnder(cellCount);
    QList<bool> hasCellBelow(cellCount, false);
    for (qsizetype c = 0; c < cellCount; ++c) {
        const HeaderCell &cell = m_headerCells[c];
        for (qsizetype l = 0; l < m_lanes.size(); ++l)
            if (overlap(cell.left, cell.right, m_lanes[l].left, m_lanes[l].right) > minOverlap)
                lanesUnder[c].append(int(l));
        for (qsizetype o = 0; o < cellCount; ++o) {
            const HeaderCell &other = m_headerCells[o];
            if (o != c && other.top >= cell.bottom - 0.2 * cell.fontSize &&
                overlap(cell.left, cell.right, other.left, other.right) > minOverlap)
                hasCellBelow[c] = true;
        }
    }
    // Each lane is named by the lowest leaf cell standing over it alone.
    QList<int> laneLabel(m_lanes.size(), -1);
    QList<int> headerOnly;
    for (qsizetype c = 0; c < cellCount; ++c) {
        if (hasCellBelow[c] || lanesUnder[c].size() > 1)
            continue;
        if (lanesUnder[c].isEmpty()) {
            headerOnly.append(int(c));
            continue;
        }
        int &label = laneLabel[lanesUnder[c].first()];
        if (label < 0 || m_headerCells[c].bottom > m_headerCells[label].bottom)
            label = int(c);
    }
    // A label set a little beside the column it names ("款" over codes
    // centred in a wider cell) names the unnamed lane it nearly touches.
    for (qsizetype h = headerOnly.size() - 1; h >= 0; --h) {
        const HeaderCell &cell = m_headerCells[headerOnly[h]];
        int nearest = -1;
        double nearestGap = 1e9;
        for (qsizetype l = 0; l < m_lanes.size(); ++l) {
            const double gap = std::max(m_lanes[l].left - cell.right, cell.left - m_lanes[l].right);
            if (gap < nearestGap) {
                nearestGap = gap;
                nearest = int(l);
            }
        }
        if (nearest >= 0 && laneLabel[nearest] < 0 && nearestGap < adoptGapFactor * cell.fontSize) {
            laneLabel[nearest] = headerOnly[h];
            headerOnly.removeAt(h);
        }
    }
    struct Pending {
        Column column;
        int lane = -1;
    };
    QList<Pending> pending;
    for (qsizetype l = 0; l < m_lanes.size(); ++l) {
        Column column;
        column.left = m_lanes[l].left;
        column.right = m_lanes[l].right;
        column.label = laneLabel[l];
        column.hasBody = true;
        if (column.label >= 0) {
            column.left = std::min(column.left, m_headerCells[column.label].left);
            column.right = std::max(column.right, m_headerCells[column.label].right);
        }
        pending.append({column, int(l)});
    }
    for (int c : headerOnly) {
        Column column;
        column.left = m_headerCells[c].left;
        column.right = m_headerCells[c].right;
        column.label = c;
        pending.append({column, -1});
    }
    std::sort(pending.begin(), pending.end(), [](const Pending &a, const Pending &b) {
        return a.column.left + a.column.right < b.column.left + b.column.right;
    });
    m_laneColumn = QList<int>(m_lanes.size(), -1);
    for (qsizetype i = 0; i < pending.size(); ++i) {
        m_columns.append(pending[i].column);
        if (pending[i].lane >= 0)
            m_laneColumn[pending[i].lane] = int(i);
        if (const int label = pending[i].column.label; label >= 0) {
            m_headerCells[label].isLeafLabel = true;
            m_headerCells[label].firstColumn = m_headerCells[label].lastColumn = int(i);
        }
    }
}

void PdfColumnModel::estimateCellBounds() {
    // Ruling lines are not in the text layer: put each between two columns'
    // contents, and mirror the gap outside the first and the last column.
    const qsizetype n = m_columns.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const double boundary = (m_columns[i].right + m_columns[i + 1].left) / 2;
        m_columns[i].cellRight = boundary;
        m_columns[i + 1].cellLeft = boundary;
    }
    if (n > 0) {
        const double firstGap = n > 1 ? m_columns[0].cellRight - m_columns[0].right : 0;
        const double lastGap = n > 1 ? m_columns[n - 1].left - m_columns[n - 1].cellLeft : 0;
        m_columns[0].cellLeft = m_columns[0].left - firstGap;
        m_columns[n - 1].cellRight = m_columns[n - 1].right + lastGap;
    }
}

int PdfColumnModel::columnOf(const PdfWord &word) const {
    const double centre = word.centerX();
    for (qsizetype l = 0; l < m_lanes.size(); ++l)
        if (centre >= m_lanes[l].left - minOverlap && centre <= m_lanes[l].right + minOverlap)
            return m_laneColumn[l];
    return -1;
}

QList<int> PdfColumnModel::headerCellPath(int column) const {
    QList<int> cells;
    for (qsizetype c = 0; c < m_headerCells.size(); ++c) {
        const HeaderCell &cell = m_headerCells[c];
        if (cell.firstColumn >= 0 && cell.firstColumn <= column && column <= cell.lastColumn)
            cells.append(int(c));
    }
    std::sort(cells.begin(), cells.end(),
              [&](int a, int b) { return m_headerCells[a].top < m_headerCells[b].top; });
    return cells;
}

QStringList PdfColumnModel::headerPath(int column) const {
    QStringList path;
    for (int cell : headerCellPath(column))
        path.append(m_headerCells[cell].text);
    return path;
}

int PdfColumnModel::headerDepth() const {
    int depth = 0;
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        depth = std::max(depth, int(headerCellPath(int(c)).size()));
    return depth;
}

} // namespace juesuan::ingest
