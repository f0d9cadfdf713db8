#include "core/ingest/pdftablerows.h"

#include "core/ingest/celltokens.h"

#include <QRegularExpression>
#include <algorithm>

namespace juesuan::ingest {
namespace {

// Lines closer than this (font sizes) belong to one row: two rows are at
// least a line height and the cell padding apart.
constexpr double sameRowFactor = 0.8;
// A wrapped label's next line is at most this far below (font sizes).
constexpr double wrappedPitch = 1.6;
// A label "fills" its column when it ends this close to the column's right edge.
constexpr double fillSlack = 1.5;

enum class Kind { Text, Number, Code };

bool startsWithOrdinal(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\\d+[、.．])"));
    return pattern.match(text).hasMatch();
}

class RowBuilder {
public:
    RowBuilder(const QList<PdfPage> &pages, const PdfPageLines &lines, const PdfTableRegion &region,
               const PdfColumnModel &columns)
        : m_pages(pages)
        , m_lines(lines)
        , m_region(region)
        , m_columns(columns) {}

    QList<PdfTableRow> build() {
        classifyColumns(m_region.body);
        for (const LineRef &ref : m_region.body) {
            PdfLine line = m_lines[ref.page][ref.line];
            line.words.removeIf([&](int index) {
                return m_region.isHeaderWord({ref.page, index});
            });
            if (line.words.isEmpty())
                continue;
            if (m_rows.isEmpty() || startsRow(ref, line))
                m_rows.append({ref.page, QList<QList<WordRef>>(m_columns.columns().size())});
            for (int index : line.words) {
                const int column = m_columns.columnOf(word({ref.page, index}));
                if (column >= 0)
                    m_rows.last().cells[column].append({ref.page, index});
            }
            m_lastBaseline = line.baseline;
        }
        mergeOrphanContinuations();
        return m_rows;
    }

private:
    const PdfWord &word(const WordRef &ref) const { return m_pages[ref.page].words[ref.word]; }

    void classifyColumns(const QList<LineRef> &body) {
        const qsizetype n = m_columns.columns().size();
        QList<int> codes(n, 0), numbers(n, 0), total(n, 0);
        m_columnRight = QList<double>(n, 0);
        m_columnLeft = QList<double>(n, 1e9);
        for (const LineRef &ref : body) {
            for (int index : m_lines[ref.page][ref.line].words) {
                const PdfWord &w = word({ref.page, index});
                const int column = m_columns.columnOf(w);
                if (column < 0 || m_region.isHeaderWord({ref.page, index}))
                    continue;
                ++total[column];
                codes[column] += isCodeToken(w.text) ? 1 : 0;
                numbers[column] += isAmountToken(w.text) ? 1 : 0;
                m_columnRight[column] = std::max(m_columnRight[column], w.right());
                m_columnLeft[column] = std::min(m_columnLeft[column], w.left());
            }
        }
        for (qsizetype c = 0; c < n; ++c) {
            Kind kind = Kind::Text;
            if (total[c] > 0 && codes[c] == total[c])
                kind = Kind::Code;
            else if (total[c] > 0 && numbers[c] * 2 > total[c])
                kind = Kind::Number;
            m_kinds.append(kind);
        }
    }

    bool startsRow(const LineRef &ref, const PdfLine &line) const {
        const PdfTableRow &row = m_rows.last();
        if (row.page != ref.page)
            return true;
        const bool close = line.baseline - m_lastBaseline < sameRowFactor * line.fontSize;
        bool continuation = true;
        for (int index : line.words) {
            const PdfWord &w = word({ref.page, index});
            const int column = m_columns.columnOf(w);
            if (column < 0)
                continue;
            const QList<WordRef> &cell = row.cells[column];
            // A cell holds one code or one amount: a second one is the next row's.
            if (!cell.isEmpty() && m_kinds[column] != Kind::Text &&
                (isCodeToken(w.text) || isAmountToken(w.text)))
                return true;
            if (cell.isEmpty() || !continuesLabel(row, column, w))
                continuation = false;
        }
        // Lines farther apart than a line height belong to different rows,
        // except the next line of a wrapped label.
        return !close && !continuation;
    }

    // The word is the next line of a label wrapped in its cell: the label's
    // last line fills the column, the word starts at the column's left edge,
    // and the label's first line stands alone (the row's other cells are
    // centred on the whole label, not level with its first line).
    bool continuesLabel(const PdfTableRow &row, int column, const PdfWord &next) const {
        const QList<WordRef> &cell = row.cells[column];
        const PdfWord &last = word(cell.last());
        const PdfWord &first = word(cell.first());
        if (startsWithOrdinal(next.text) || isAmountToken(last.text) ||
            next.baseline - last.baseline > wrappedPitch * next.fontSize ||
            last.right() < m_columnRight[column] - fillSlack * last.fontSize ||
            next.left() > m_columnLeft[column] + 2 * next.fontSize)
            return false;
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            if (c == column)
                continue;
            for (const WordRef &ref : row.cells[c])
                if (std::abs(word(ref).baseline - first.baseline) < 0.3 * first.fontSize)
                    return false;
        }
        return true;
    }

    // In tables whose cells are top-aligned, a wrapped label's last line comes
    // out as a row of its own: a lone label piece under a label filling its column.
    void mergeOrphanContinuations() {
        for (qsizetype r = m_rows.size() - 1; r > 0; --r) {
            PdfTableRow &row = m_rows[r];
            PdfTableRow &previous = m_rows[r - 1];
            int filled = -1;
            int count = 0;
            for (qsizetype c = 0; c < row.cells.size(); ++c) {
                if (!row.cells[c].isEmpty()) {
                    filled = int(c);
                    ++count;
                }
            }
            if (count != 1 || row.page != previous.page || m_kinds[filled] != Kind::Text ||
                previous.cells[filled].isEmpty())
                continue;
            const PdfWord &last = word(previous.cells[filled].last());
            const PdfWord &next = word(row.cells[filled].first());
            if (startsWithOrdinal(next.text) || isAmountToken(next.text) ||
                next.baseline - last.baseline > wrappedPitch * next.fontSize ||
                last.right() < m_columnRight[filled] - fillSlack * last.fontSize)
                continue;
            previous.cells[filled].append(row.cells[filled]);
            m_rows.removeAt(r);
        }
    }

    const QList<PdfPage> &m_pages;
    const PdfPageLines &m_lines;
    const PdfTableRegion &m_region;
    const PdfColumnModel &m_columns;
    QList<Kind> m_kinds;
    QList<double> m_columnLeft, m_columnRight;
    QList<PdfTableRow> m_rows;
    double m_lastBaseline = 0;
};

} // namespace

QList<PdfTableRow> buildTableRows(const QList<PdfPage> &pages, const PdfPageLines &lines,
                                  const PdfTableRegion &region, const PdfColumnModel &columns) {
    return RowBuilder(pages, lines, region, columns).build();
}

} // namespace juesuan::ingest
