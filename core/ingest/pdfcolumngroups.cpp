#include "core/ingest/pdfcolumns.h"

#include <algorithm>

// How header cells that stand over several columns get their span.
namespace juesuan::ingest {
namespace {

// Spans whose centring differs by less than this (font sizes) tie.
constexpr double centringTie = 0.25;

} // namespace

void PdfColumnModel::assignGroupSpans() {
    QList<int> groups;
    for (qsizetype c = 0; c < m_headerCells.size(); ++c)
        if (!m_headerCells[c].isLeafLabel)
            groups.append(int(c));
    // Lowest first: a group's span must nest the spans of the groups under it.
    std::sort(groups.begin(), groups.end(), [&](int a, int b) {
        const HeaderCell &x = m_headerCells[a];
        const HeaderCell &y = m_headerCells[b];
        return x.bottom != y.bottom ? x.bottom > y.bottom : x.left < y.left;
    });
    for (int g : groups) {
        HeaderCell &group = m_headerCells[g];
        int lo = -1, hi = -1;
        double nearest = 1e9;
        int nearestColumn = -1;
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const Column &column = m_columns[c];
            if (overlap(group.left + minOverlap, group.right - minOverlap, column.cellLeft,
                        column.cellRight) > 0) {
                lo = lo < 0 ? int(c) : lo;
                hi = int(c);
            }
            const double distance =
                std::abs((column.cellLeft + column.cellRight - group.left - group.right) / 2);
            if (distance < nearest) {
                nearest = distance;
                nearestColumn = int(c);
            }
        }
        if (lo < 0)
            lo = hi = nearestColumn;
        if (lo < 0)
            continue;
        const double centre = (group.left + group.right) / 2;
        double bestScore = 1e9;
        int bestFirst = lo, bestLast = hi;
        for (int first = lo; first >= 0; --first) {
            for (int last = hi; last < m_columns.size(); ++last) {
                if (!spanFits(g, first, last))
                    continue;
                const double offset =
                    std::abs((m_columns[first].cellLeft + m_columns[last].cellRight) / 2 - centre);
                // Ties go to the narrower span: a run of columns centred on the
                // caption stays centred when as many columns are added on each side.
                const bool tie = std::abs(offset - bestScore) <= centringTie * group.fontSize;
                if ((tie && last - first < bestLast - bestFirst) || (!tie && offset < bestScore)) {
                    bestScore = std::min(offset, bestScore);
                    bestFirst = first;
                    bestLast = last;
                }
            }
        }
        group.firstColumn = bestFirst;
        group.lastColumn = bestLast;
    }
    widenGroupSpans();
}

bool PdfColumnModel::spanFits(int cell, int first, int last) const {
    // Spans nest like the header's merged cells: a group over another one
    // strictly contains its span, cells side by side do not share columns,
    // and no two spans cross.
    const HeaderCell &group = m_headerCells[cell];
    for (qsizetype o = 0; o < m_headerCells.size(); ++o) {
        const HeaderCell &other = m_headerCells[o];
        if (o == cell || other.firstColumn < 0)
            continue;
        const int b0 = other.firstColumn, b1 = other.lastColumn;
        const bool disjoint = b1 < first || b0 > last;
        const bool nested = first <= b0 && b1 <= last;
        const bool contains = b0 <= first && last <= b1;
        const bool under = other.top >= group.bottom - 0.2 * group.fontSize &&
                           overlap(group.left, group.right, other.left, other.right) > minOverlap;
        const bool above = group.top >= other.bottom - 0.2 * other.fontSize &&
                           overlap(group.left, group.right, other.left, other.right) > minOverlap;
        const bool sameLevel = overlap(group.top, group.bottom, other.top, other.bottom) > 0;
        if (under && !(nested && (b0 != first || b1 != last)))
            return false;
        if (above && !(contains && (b0 != first || b1 != last)))
            return false;
        if (!under && !above && (sameLevel ? !disjoint : !(nested || contains || disjoint)))
            return false;
    }
    return true;
}

void PdfColumnModel::widenGroupSpans() {
    // The narrowest centred run can be too narrow: "支出" over 项目 | 合计 | …
    // is also centred on 合计 | 一般公共预算 alone. Widen a group over the
    // columns beside it that have no header cell level with it, as long as it
    // stays centred; highest groups first, since they bound the others.
    QList<int> groups;
    for (qsizetype c = 0; c < m_headerCells.size(); ++c)
        if (!m_headerCells[c].isLeafLabel && m_headerCells[c].firstColumn >= 0)
            groups.append(int(c));
    std::sort(groups.begin(), groups.end(),
              [&](int a, int b) { return m_headerCells[a].top < m_headerCells[b].top; });
    for (int g : groups) {
        HeaderCell &group = m_headerCells[g];
        const auto covered = [&](int column) {
            for (qsizetype o = 0; o < m_headerCells.size(); ++o) {
                const HeaderCell &other = m_headerCells[o];
                if (o != g && other.firstColumn <= column && column <= other.lastColumn &&
                    overlap(group.top, group.bottom, other.top, other.bottom) > 0)
                    return true;
            }
            return false;
        };
        const double centre = (group.left + group.right) / 2;
        const auto offset = [&](int first, int last) {
            return std::abs((m_columns[first].cellLeft + m_columns[last].cellRight) / 2 - centre);
        };
        const double allowed = offset(group.firstColumn, group.lastColumn) + 0.5 * group.fontSize;
        int bestFirst = group.firstColumn, bestLast = group.lastColumn;
        for (int first = group.firstColumn; first >= 0; --first) {
            if (first < group.firstColumn && covered(first))
                break;
            for (int last = group.lastColumn; last < m_columns.size(); ++last) {
                if (last > group.lastColumn && covered(last))
                    break;
                if (last - first > bestLast - bestFirst && offset(first, last) <= allowed &&
                    spanFits(g, first, last)) {
                    bestFirst = first;
                    bestLast = last;
                }
            }
        }
        group.firstColumn = bestFirst;
        group.lastColumn = bestLast;
    }
}

} // namespace juesuan::ingest
