#include "core/ingest/pdflattice.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace juesuan::ingest {
namespace {

// Rulings this close (points) across their run are one line (a border drawn
// twice, or as the edges of two neighbouring cells' rectangles).
constexpr double sameTrack = 1.0;
// Pieces of one line along its run may leave gaps this wide (points).
constexpr double joinGap = 2.0;
// A horizontal and a vertical ruling this close (points) meet.
constexpr double meetTolerance = 2.5;
// Edges closer than this (points) are one edge.
constexpr double edgeTolerance = 2.0;
// Rulings running this far past the outermost crossing ruling (points) mark
// an edge of their own: a table whose outer border is left open.
constexpr double openBorder = 4.0;
// A side of a grid place is ruled when rulings cover this share of it.
constexpr double coveredShare = 0.5;
// A printed table has at most a few hundred rows and a few dozen columns per
// page. Finding the cells costs time and memory in rows × columns, so a
// denser grid (a hatching, or a hostile page: 2000 × 2000 lines kept one
// page busy for minutes) is not read as a table; its words are still read,
// as text or by alignment.
constexpr qsizetype maxLatticePlaces = 50'000;
// Every horizontal line of a page is paired with every vertical one to find
// the grids. A page of tables has a few hundred of each after merging; one
// with more than this many pairs is drawn, not tabulated, and is skipped.
constexpr qsizetype maxRulingPairs = 1'000'000;

struct Segment {
    double at = 0, from = 0, to = 0;
};

QList<Segment> merged(const QList<PdfRuling> &rulings, bool horizontal) {
    QList<Segment> segments;
    for (const PdfRuling &ruling : rulings)
        if (ruling.horizontal == horizontal)
            segments.append({ruling.at, ruling.from, ruling.to});
    std::sort(segments.begin(), segments.end(), [](const Segment &a, const Segment &b) {
        return a.at < b.at || (a.at == b.at && a.from < b.from);
    });
    // Tracks: runs of segments at (nearly) the same place across.
    QList<Segment> result;
    qsizetype trackBegin = 0;
    while (trackBegin < segments.size()) {
        qsizetype trackEnd = trackBegin + 1;
        while (trackEnd < segments.size() &&
               segments[trackEnd].at - segments[trackEnd - 1].at <= sameTrack)
            ++trackEnd;
        QList<Segment> track(segments.begin() + trackBegin, segments.begin() + trackEnd);
        double sum = 0;
        for (const Segment &s : track)
            sum += s.at;
        const double at = sum / double(track.size());
        std::sort(track.begin(), track.end(),
                  [](const Segment &a, const Segment &b) { return a.from < b.from; });
        Segment current{at, track.first().from, track.first().to};
        for (qsizetype i = 1; i < track.size(); ++i) {
            if (track[i].from <= current.to + joinGap) {
                current.to = std::max(current.to, track[i].to);
            } else {
                result.append(current);
                current = {at, track[i].from, track[i].to};
            }
        }
        result.append(current);
        trackBegin = trackEnd;
    }
    return result;
}

bool meet(const Segment &horizontal, const Segment &vertical) {
    return vertical.at >= horizontal.from - meetTolerance &&
           vertical.at <= horizontal.to + meetTolerance &&
           horizontal.at >= vertical.from - meetTolerance &&
           horizontal.at <= vertical.to + meetTolerance;
}

class UnionFind {
public:
    explicit UnionFind(qsizetype size)
        : m_parent(size) {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int i) {
        while (m_parent[i] != i)
            i = m_parent[i] = m_parent[m_parent[i]];
        return i;
    }
    void unite(int a, int b) { m_parent[find(a)] = find(b); }

private:
    QList<int> m_parent;
};

QList<double> clustered(QList<double> values) {
    std::sort(values.begin(), values.end());
    QList<double> edges;
    int count = 0;
    for (double value : values) {
        if (!edges.isEmpty() && value - edges.last() / count <= edgeTolerance) {
            edges.last() += value;
            ++count;
            continue;
        }
        if (!edges.isEmpty())
            edges.last() /= count;
        edges.append(value);
        count = 1;
    }
    if (!edges.isEmpty())
        edges.last() /= count;
    return edges;
}

// How much of [from, to] the segments lying at `at` cover; `segments` are
// sorted by `at`, so only those on that track are visited.
double coverage(const QList<const Segment *> &segments, double at, double from, double to) {
    auto it = std::lower_bound(segments.cbegin(), segments.cend(), at - edgeTolerance,
                               [](const Segment *s, double value) { return s->at < value; });
    double covered = 0;
    for (; it != segments.cend() && (*it)->at <= at + edgeTolerance; ++it)
        covered += std::max(0.0, std::min(to, (*it)->to) - std::max(from, (*it)->from));
    return covered;
}

class LatticeBuilder {
public:
    LatticeBuilder(const PdfPage &page, int pageIndex, const QList<const Segment *> &horizontal,
                   const QList<const Segment *> &vertical)
        : m_page(page)
        , m_horizontal(horizontal)
        , m_vertical(vertical) {
        m_lattice.page = pageIndex;
        const auto byPlace = [](const Segment *a, const Segment *b) { return a->at < b->at; };
        std::sort(m_horizontal.begin(), m_horizontal.end(), byPlace);
        std::sort(m_vertical.begin(), m_vertical.end(), byPlace);
    }

    bool build() {
        findEdges();
        if (m_lattice.rowCount() < 1 || m_lattice.columnCount() < 2)
            return false;
        if (qsizetype(m_lattice.rowCount()) * m_lattice.columnCount() > maxLatticePlaces)
            return false;
        findCells();
        if (m_lattice.cells.size() < 2)
            return false;
        placeWords();
        return true;
    }

    PdfLattice take() { return std::move(m_lattice); }

private:
    void findEdges() {
        QList<double> xs, ys;
        double minFrom = 1e12, maxTo = -1e12, minTop = 1e12, maxBottom = -1e12;
        for (const Segment *v : m_vertical) {
            xs.append(v->at);
            minTop = std::min(minTop, v->from);
            maxBottom = std::max(maxBottom, v->to);
        }
        for (const Segment *h : m_horizontal) {
            ys.append(h->at);
            minFrom = std::min(minFrom, h->from);
            maxTo = std::max(maxTo, h->to);
        }
        xs = clustered(xs);
        ys = clustered(ys);
        if (xs.isEmpty() || ys.isEmpty())
            return;
        if (minFrom < xs.first() - openBorder)
            xs.prepend(minFrom);
        if (maxTo > xs.last() + openBorder)
            xs.append(maxTo);
        if (minTop < ys.first() - openBorder)
            ys.prepend(minTop);
        if (maxBottom > ys.last() + openBorder)
            ys.append(maxBottom);
        m_lattice.columnEdges = xs;
        m_lattice.rowEdges = ys;
    }

    bool ruledRight(int row, int column) const {
        const double x = m_lattice.columnEdges[column + 1];
        const double top = m_lattice.rowEdges[row], bottom = m_lattice.rowEdges[row + 1];
        return coverage(m_vertical, x, top, bottom) >= coveredShare * (bottom - top);
    }
    bool ruledBelow(int row, int column) const {
        const double y = m_lattice.rowEdges[row + 1];
        const double left = m_lattice.columnEdges[column],
                     right = m_lattice.columnEdges[column + 1];
        return coverage(m_horizontal, y, left, right) >= coveredShare * (right - left);
    }

    void findCells() {
        const int rows = m_lattice.rowCount(), columns = m_lattice.columnCount();
        UnionFind places(qsizetype(rows) * columns);
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c) {
                if (c + 1 < columns && !ruledRight(r, c))
                    places.unite(r * columns + c, r * columns + c + 1);
                if (r + 1 < rows && !ruledBelow(r, c))
                    places.unite(r * columns + c, (r + 1) * columns + c);
            }
        }
        m_lattice.cellAt = QList<QList<int>>(rows, QList<int>(columns, -1));
        QHash<int, int> cellOfRoot;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c) {
                const int root = places.find(r * columns + c);
                auto it = cellOfRoot.find(root);
                if (it == cellOfRoot.end()) {
                    it = cellOfRoot.insert(root, int(m_lattice.cells.size()));
                    m_lattice.cells.append({r, c, 1, 1, {}, {}});
                }
                PdfLattice::Cell &cell = m_lattice.cells[*it];
                cell.rowSpan = std::max(cell.rowSpan, r - cell.row + 1);
                cell.column = std::min(cell.column, c);
                cell.columnSpan = std::max(cell.column + cell.columnSpan, c + 1) - cell.column;
                m_lattice.cellAt[r][c] = *it;
            }
        }
        for (PdfLattice::Cell &cell : m_lattice.cells)
            cell.box =
                QRectF(QPointF(m_lattice.columnEdges[cell.column], m_lattice.rowEdges[cell.row]),
                       QPointF(m_lattice.columnEdges[cell.column + cell.columnSpan],
                               m_lattice.rowEdges[cell.row + cell.rowSpan]));
    }

    void placeWords() {
        for (int w = 0; w < m_page.words.size(); ++w) {
            const auto [row, column] = m_lattice.placeOf(m_page.words[w]);
            if (row >= 0)
                m_lattice.cells[m_lattice.cellAt[row][column]].words.append(w);
        }
        // Reading order inside a cell: lines top to bottom, words left to right.
        for (PdfLattice::Cell &cell : m_lattice.cells) {
            std::sort(cell.words.begin(), cell.words.end(), [&](int a, int b) {
                const PdfWord &wa = m_page.words[a], &wb = m_page.words[b];
                const double tolerance = 0.3 * std::min(wa.fontSize, wb.fontSize);
                if (std::abs(wa.baseline - wb.baseline) > tolerance)
                    return wa.baseline < wb.baseline;
                return wa.left() < wb.left();
            });
        }
    }

    const PdfPage &m_page;
    QList<const Segment *> m_horizontal, m_vertical;
    PdfLattice m_lattice;
};

} // namespace

std::pair<int, int> PdfLattice::placeOf(const PdfWord &word) const {
    const QPointF centre = word.box.center();
    // A word overflowing the outer border by less than half its size (a
    // label wrapped past the last rule) still belongs to the edge cell.
    const double slack = 0.5 * word.fontSize;
    const auto locate = [slack](const QList<double> &edges, double at) {
        if (at < edges.first() - slack || at > edges.last() + slack)
            return -1;
        at = std::clamp(at, edges.first(), edges.last());
        const auto it = std::upper_bound(edges.cbegin(), edges.cend(), at);
        return std::min(int(it - edges.cbegin()) - 1, int(edges.size()) - 2);
    };
    const int row = locate(rowEdges, centre.y());
    const int column = locate(columnEdges, centre.x());
    if (row < 0 || column < 0)
        return {-1, -1};
    return {row, column};
}

QList<PdfLattice> findLattices(const PdfPage &page, int pageIndex) {
    const QList<Segment> horizontal = merged(page.rulings, true);
    const QList<Segment> vertical = merged(page.rulings, false);
    if (horizontal.size() < 2 || vertical.size() < 2 ||
        horizontal.size() * vertical.size() > maxRulingPairs)
        return {};
    // Rulings that meet, directly or through others, draw one grid.
    const qsizetype count = horizontal.size() + vertical.size();
    UnionFind groups(count);
    for (qsizetype h = 0; h < horizontal.size(); ++h)
        for (qsizetype v = 0; v < vertical.size(); ++v)
            if (meet(horizontal[h], vertical[v]))
                groups.unite(int(h), int(horizontal.size() + v));
    QHash<int, std::pair<QList<const Segment *>, QList<const Segment *>>> components;
    for (qsizetype h = 0; h < horizontal.size(); ++h)
        components[groups.find(int(h))].first.append(&horizontal[h]);
    for (qsizetype v = 0; v < vertical.size(); ++v)
        components[groups.find(int(horizontal.size() + v))].second.append(&vertical[v]);

    QList<PdfLattice> lattices;
    for (const auto &[hs, vs] : std::as_const(components)) {
        if (hs.size() < 2 || vs.size() < 2)
            continue;
        LatticeBuilder builder(page, pageIndex, hs, vs);
        if (builder.build())
            lattices.append(builder.take());
    }
    std::sort(lattices.begin(), lattices.end(), [](const PdfLattice &a, const PdfLattice &b) {
        return a.rowEdges.first() < b.rowEdges.first();
    });
    return lattices;
}

} // namespace juesuan::ingest
