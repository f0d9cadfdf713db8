#include "core/ingest/htmltablelayout.h"

#include "core/ingest/htmlbody.h"

#include <QCoreApplication>
#include <algorithm>

namespace juesuan::ingest {
namespace {

// HTML caps colspan at 1000 and rowspan at 65534.
constexpr int maxColspan = 1000;
constexpr int maxRowspan = 65534;
// A cell with this many paragraphs holds a document, not a value.
constexpr int layoutCellParagraphs = 4;

QList<const GumboNode *> cellsOf(const GumboNode *row) {
    QList<const GumboNode *> cells;
    for (unsigned i = 0; i < htmlChildren(row).length; ++i)
        if (isHtmlElement(htmlChild(row, i), {GUMBO_TAG_TD, GUMBO_TAG_TH}))
            cells.append(htmlChild(row, i));
    return cells;
}

// HTML's rules for parsing a non-negative integer: leading spaces, then
// digits, anything after them ignored ("2px" is 2); -1 when there are none.
int spanValue(const GumboNode *cell, const char *name) {
    const QString text = htmlAttribute(cell, name).trimmed();
    qint64 value = -1;
    for (const QChar c : text) {
        if (!c.isDigit() || c.unicode() > u'9')
            break;
        value = std::min<qint64>(std::max<qint64>(value, 0) * 10 + (c.unicode() - u'0'), 1 << 20);
    }
    return int(value);
}

bool holdsDocument(const GumboNode *node, int depth, int *paragraphs) {
    if (node->type != GUMBO_NODE_ELEMENT || depth > maxHtmlDepth)
        return false;
    if (isHtmlElement(node, {GUMBO_TAG_TABLE, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3,
                             GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_UL, GUMBO_TAG_OL}))
        return true;
    if (isHtmlElement(node, {GUMBO_TAG_P, GUMBO_TAG_DIV}) && ++*paragraphs >= layoutCellParagraphs)
        return true;
    for (unsigned i = 0; i < htmlChildren(node).length; ++i)
        if (holdsDocument(htmlChild(node, i), depth + 1, paragraphs))
            return true;
    return false;
}

} // namespace

HtmlTableLayout::HtmlTableLayout(const GumboNode *table) {
    QList<const GumboNode *> head, body, foot;
    for (unsigned i = 0; i < htmlChildren(table).length; ++i) {
        const GumboNode *part = htmlChild(table, i);
        const GumboTag tag = htmlTag(part);
        if (tag == GUMBO_TAG_CAPTION && !m_caption)
            m_caption = part;
        else if (tag == GUMBO_TAG_THEAD)
            head.append(part);
        else if (tag == GUMBO_TAG_TFOOT)
            foot.append(part);
        else if (tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_TR)
            body.append(part);
    }
    for (const GumboNode *group : head + body + foot) {
        const qsizetype first = m_rows.size();
        if (htmlTag(group) == GUMBO_TAG_TR) {
            m_rows.append({group, 0});
        } else {
            for (unsigned i = 0; i < htmlChildren(group).length; ++i)
                if (htmlTag(htmlChild(group, i)) == GUMBO_TAG_TR)
                    m_rows.append({htmlChild(group, i), 0});
        }
        for (qsizetype r = first; r < m_rows.size(); ++r)
            m_rows[r].groupEnd = int(m_rows.size());
    }
}

bool HtmlTableLayout::isLayout(int depth) const {
    bool secondColumn = false;
    for (const Row &row : m_rows) {
        const QList<const GumboNode *> cells = cellsOf(row.element);
        secondColumn = secondColumn || cells.size() > 1 ||
                       (cells.size() == 1 && spanValue(cells.first(), "colspan") > 1);
        for (const GumboNode *cell : cells) {
            int paragraphs = 0;
            if (holdsDocument(cell, depth + 3, &paragraphs)) // table > tbody > tr > td
                return true;
        }
    }
    return m_rows.size() < 2 || !secondColumn;
}

std::optional<OfficeTable> HtmlTableLayout::place(const CellText &cellText, QString *error) const {
    struct Placed {
        int row, column, bottom, right;
        QString text;
    };
    QList<Placed> placed;
    QList<QList<bool>> taken(m_rows.size());
    int columns = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        const int groupEnd = m_rows[r].groupEnd;
        int x = 0;
        for (const GumboNode *cell : cellsOf(m_rows[r].element)) {
            while (taken[r].value(x))
                ++x;
            const int colspan = std::clamp(spanValue(cell, "colspan"), 1, maxColspan);
            int rowspan = spanValue(cell, "rowspan");
            rowspan = rowspan == 0 ? groupEnd - r : std::clamp(rowspan, 1, maxRowspan);
            rowspan = std::min(rowspan, groupEnd - r);
            columns = std::max(columns, x + colspan);
            if (qint64(columns) * m_rows.size() > maxHtmlTableCells) {
                *error = QCoreApplication::translate(
                             "juesuan::ingest",
                             "a table of the web page spans %1 rows and %2 columns, more "
                             "than %3 cells")
                             .arg(m_rows.size())
                             .arg(columns)
                             .arg(maxHtmlTableCells);
                return std::nullopt;
            }
            Placed item{r, x, r + rowspan - 1, x + colspan - 1, {}};
            if (!cellText(cell, &item.text))
                return std::nullopt;
            for (int below = r; below <= item.bottom; ++below) {
                if (taken[below].size() <= item.right)
                    taken[below].resize(item.right + 1);
                for (int c = x; c <= item.right; ++c)
                    taken[below][c] = true;
            }
            placed.append(std::move(item));
            x += colspan;
        }
    }
    OfficeTable table = OfficeTable::sized(columns > 0 ? int(m_rows.size()) : 0, columns);
    for (const Placed &item : placed) {
        table.cells[item.row][item.column] = item.text;
        table.merge(item.row, item.column, item.bottom, item.right);
    }
    return table;
}

} // namespace juesuan::ingest
