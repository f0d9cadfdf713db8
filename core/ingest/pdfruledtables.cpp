#include "core/ingest/pdfruledtables.h"

#include "core/ingest/celltokens.h"
#include "core/ingest/pdflattice.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace juesuan::ingest {
namespace {

// How many lines above a grid may be its caption (title, table number, unit).
constexpr int maxCaptionLines = 4;
// A caption line stands at most this far (font sizes) above the line or
// grid under it.
constexpr double captionReach = 3.5;
// Two grids this close (font sizes) one under the other are one table drawn
// in two pieces.
constexpr double adjacentGrids = 2.0;
// Lines of one note paragraph are at most this many font sizes apart.
constexpr double notePitch = 1.8;
// Column edges of a continuation grid this close (points) to the table's
// edges stand on them.
constexpr double edgeTolerance = 3.0;
// A label piece this short (characters) alone at the top of a continuation
// page is the end of the label wrapped at the foot of the page before.
constexpr int maxOrphanLabel = 6;

const QRegularExpression &unitNotePattern() {
    static const QRegularExpression pattern(
        QStringLiteral("(?:金额)?单位\\s*[：:]\\s*(?:人民币)?\\s*(万元|千元|亿元|元)"));
    return pattern;
}

bool isPartHeading(const QString &text) {
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*第[一二三四五六七八九十]+部分|^\\s*目\\s*录\\s*$"));
    return pattern.match(text).hasMatch();
}

bool isNote(const QString &text) {
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(注|备注|说明|附注)\\s*\\d?\\s*[：:]"));
    return pattern.match(text).hasMatch();
}

bool isTotalLabel(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^\\s*(合\\s*计|总\\s*计)\\s*$"));
    return pattern.match(text).hasMatch();
}

bool startsWithOrdinal(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[、.．])"));
    return pattern.match(text).hasMatch();
}

QString squeezed(QString text) {
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

struct Caption {
    QList<LineRef> lines; // top to bottom
    QString text;         // joined, the unit note removed
    QString unitNote;     // "单位：万元" as printed
};

class RuledTableFinder {
public:
    RuledTableFinder(const QList<PdfPage> &pages, const PdfPageLines &lines)
        : m_pages(pages)
        , m_lines(lines) {}

    QList<PdfTable> find() {
        for (int p = 0; p < m_pages.size(); ++p) {
            QList<PdfLattice> lattices = findLattices(m_pages[p], p);
            lattices.removeIf([](const PdfLattice &lattice) {
                return std::none_of(
                    lattice.cells.cbegin(), lattice.cells.cend(),
                    [](const PdfLattice::Cell &cell) { return !cell.words.isEmpty(); });
            });
            m_lattices.append(lattices);
            m_lineOwner.append(lineOwners(p));
        }
        for (int p = 0; p < m_pages.size(); ++p)
            for (int l = 0; l < m_lattices[p].size(); ++l)
                take(p, l);
        for (Open &open : m_open) {
            collectNotes(open);
            keepMergedBodyCellsOnce(open.table);
        }
        QList<PdfTable> tables;
        for (Open &open : m_open)
            tables.append(std::move(open.table));
        return tables;
    }

private:
    // A table being assembled, and what continuing it needs to know.
    struct Open {
        PdfTable table;
        QString captionKey;
        int lastPage = -1;
        int lastLattice = -1;
        QList<double> columnEdges; // of the first grid: the table's columns
        QList<QStringList> headerTexts;
        QStringList totalRowTexts; // the first body row when it is a 合计 row
    };

    // For each column edge of a grid, the table's edge it stands on. A
    // continuation may draw fewer columns than the first page (a code column
    // split into 类 | 款 | 项 only in the header), never other ones.
    using EdgeMap = QList<int>;

    static std::optional<EdgeMap> edgeMap(const Open &open, const PdfLattice &lattice) {
        EdgeMap map;
        for (double x : lattice.columnEdges) {
            int found = -1;
            for (int e = 0; e < open.columnEdges.size() && found < 0; ++e)
                if (std::abs(open.columnEdges[e] - x) <= edgeTolerance)
                    found = e;
            if (found < 0 || (!map.isEmpty() && found <= map.last()))
                return std::nullopt;
            map.append(found);
        }
        if (map.first() != 0 || map.last() != open.columnEdges.size() - 1)
            return std::nullopt;
        return map;
    }

    // The table's columns resized: as many edges, the outer ones on the
    // table's, each inner one nearer its own than half the narrower column
    // beside it (exports that fit each page's columns to its own text).
    static bool resizedColumns(const Open &open, const PdfLattice &lattice) {
        const QList<double> &table = open.columnEdges;
        const QList<double> &grid = lattice.columnEdges;
        if (grid.size() != table.size() || grid.size() < 2)
            return false;
        for (qsizetype e = 0; e < grid.size(); ++e) {
            const bool inner = e > 0 && e + 1 < grid.size();
            const double slack =
                inner ? 0.5 * std::min(table[e] - table[e - 1], table[e + 1] - table[e])
                      : edgeTolerance;
            if (std::abs(grid[e] - table[e]) > std::max(slack, edgeTolerance))
                return false;
        }
        return true;
    }

    static EdgeMap identityMap(const PdfLattice &lattice) {
        EdgeMap map;
        for (int e = 0; e < lattice.columnEdges.size(); ++e)
            map.append(e);
        return map;
    }

    // A row's texts as a key that does not depend on how its cells are
    // merged: the distinct texts left to right.
    static QString rowKey(const QStringList &texts) {
        QStringList kept;
        for (const QString &text : texts)
            if (!text.isEmpty() && (kept.isEmpty() || kept.last() != text))
                kept.append(text);
        return squeezed(kept.join(u'|'));
    }

    QList<int> lineOwners(int page) const {
        QList<int> owners;
        const PdfPage &pdfPage = m_pages[page];
        for (const PdfLine &line : m_lines[page]) {
            int owner = -1;
            for (int l = 0; l < m_lattices[page].size() && owner < 0; ++l) {
                int inside = 0;
                for (int index : line.words)
                    inside += m_lattices[page][l].placeOf(pdfPage.words[index]).first >= 0 ? 1 : 0;
                if (inside * 2 > line.words.size())
                    owner = l;
            }
            owners.append(owner);
        }
        return owners;
    }

    QString text(const LineRef &ref) const {
        return lineText(m_pages[ref.page], m_lines[ref.page][ref.line]);
    }

    QString cellText(int page, const QList<int> &words) const {
        QString result;
        const PdfWord *previous = nullptr;
        for (int index : words) {
            const PdfWord &word = m_pages[page].words[index];
            if (previous && !result.isEmpty() && continuesNumber(result.back(), *previous, word))
                result.append(word.text);
            else
                appendWordText(result, previous, word);
            previous = &word;
        }
        return result;
    }

    // The texts of a grid row: a cell merged over several rows stands in its
    // first row only, or (`covered`) in every row it covers, as a header
    // repeated on a continuation page is compared.
    QStringList rowTexts(const PdfLattice &lattice, int row, bool covered = false) const {
        QStringList texts;
        for (int c = 0; c < lattice.columnCount(); ++c) {
            const PdfLattice::Cell &cell = lattice.cells[lattice.cellAt[row][c]];
            texts.append(cell.row == row || covered ? cellText(lattice.page, cell.words)
                                                    : QString());
        }
        return texts;
    }

    // Lines right above the grid that name it: its title, table number,
    // unit note. The scan stops at prose, a heading of the report, a note,
    // another grid, or a wide gap.
    Caption captionAbove(int page, int latticeIndex) const {
        const PdfLattice &lattice = m_lattices[page][latticeIndex];
        const double top = lattice.rowEdges.first();
        Caption caption;
        double limit = top;
        for (int l = int(m_lines[page].size()) - 1; l >= 0; --l) {
            const PdfLine &line = m_lines[page][l];
            if (line.baseline >= top)
                continue;
            if (m_lineOwner[page][l] >= 0 || caption.lines.size() >= maxCaptionLines)
                break;
            if (isPageFurniture(m_pages[page], line))
                continue;
            const QString lineText = text({page, l});
            if (limit - line.baseline > captionReach * line.fontSize + line.fontSize ||
                isPartHeading(lineText) || isNote(lineText) || lineText.contains(u'。') ||
                endsParagraph(page, l))
                break;
            caption.lines.prepend({page, l});
            limit = line.baseline - line.fontSize;
        }
        QStringList parts;
        for (const LineRef &ref : caption.lines) {
            QString lineText = text(ref);
            const QRegularExpressionMatch unit = unitNotePattern().match(lineText);
            if (unit.hasMatch()) {
                if (caption.unitNote.isEmpty())
                    caption.unitNote = unit.captured().remove(QStringLiteral("金额"));
                lineText.remove(unit.capturedStart(), unit.capturedLength());
            }
            if (!lineText.trimmed().isEmpty())
                parts.append(lineText.trimmed());
        }
        caption.text = parts.join(u' ');
        return caption;
    }

    // The last line of a paragraph of prose ("…纳入决算编制范" / "围的单位包
    // 括："): the line above it is wide and close, and runs on into it.
    bool endsParagraph(int page, int line) const {
        if (line == 0)
            return false;
        const PdfLine &above = m_lines[page][line - 1];
        const PdfLine &current = m_lines[page][line];
        const QString aboveText = text({page, line - 1});
        // Prose punctuates; a caption line ("部门：佛山市轨道交通局") labels.
        static const QRegularExpression prose(QStringLiteral("[，、；。]"));
        return m_lineOwner[page][line - 1] < 0 && prose.match(aboveText).hasMatch() &&
               !aboveText.contains(u'：') &&
               std::abs(above.fontSize - current.fontSize) <= 0.15 * current.fontSize &&
               above.right - above.left > 0.6 * m_pages[page].width &&
               !unitNotePattern().match(text({page, line})).hasMatch() &&
               current.baseline - above.baseline <= 2.0 * current.fontSize &&
               !aboveText.endsWith(u'。') && !aboveText.endsWith(u'：') &&
               !unitNotePattern().match(aboveText).hasMatch();
    }

    // Nothing but page furniture between the grid and the top of its page.
    bool opensPage(int page, int latticeIndex, const Caption &caption) const {
        if (latticeIndex > 0)
            return false;
        const double top = m_lattices[page][latticeIndex].rowEdges.first();
        for (int l = 0; l < m_lines[page].size(); ++l) {
            const PdfLine &line = m_lines[page][l];
            if (line.baseline >= top)
                break;
            const bool inCaption = std::any_of(caption.lines.cbegin(), caption.lines.cend(),
                                               [&](const LineRef &ref) { return ref.line == l; });
            if (!inCaption && !isPageFurniture(m_pages[page], line))
                return false;
        }
        return true;
    }

    // Nothing but page furniture under the grid to the foot of its page.
    bool closesPage(int page, int latticeIndex) const {
        if (latticeIndex != m_lattices[page].size() - 1)
            return false;
        const double bottom = m_lattices[page][latticeIndex].rowEdges.last();
        for (int l = 0; l < m_lines[page].size(); ++l) {
            const PdfLine &line = m_lines[page][l];
            if (line.baseline > bottom && m_lineOwner[page][l] < 0 &&
                !isPageFurniture(m_pages[page], line))
                return false;
        }
        return true;
    }

    // How a grid's columns stand on the table's: on its edges, or the same
    // columns resized when the grid opens with a row of amounts (a grid
    // opening with a header or a caption row starts another table).
    std::optional<EdgeMap> columnsOf(const Open &open, const PdfLattice &lattice) const {
        if (auto map = edgeMap(open, lattice))
            return map;
        if (resizedColumns(open, lattice) && statesAmount(rowTexts(lattice, 0)))
            return identityMap(lattice);
        return std::nullopt;
    }

    // The columns of the table a grid continues, or nothing when it starts a table.
    std::optional<EdgeMap> continues(const Open &open, int page, int latticeIndex,
                                     const Caption &caption) const {
        const PdfLattice &lattice = m_lattices[page][latticeIndex];
        const std::optional<EdgeMap> map = columnsOf(open, lattice);
        if (!map)
            return std::nullopt;
        // One table drawn as two grids, one under the other.
        if (open.lastPage == page && open.lastLattice == latticeIndex - 1) {
            const PdfLattice &above = m_lattices[page][open.lastLattice];
            const double gap = lattice.rowEdges.first() - above.rowEdges.last();
            if (caption.lines.isEmpty() && gap <= adjacentGrids * 12.0)
                return map;
            return std::nullopt;
        }
        static const QRegularExpression continued(QStringLiteral("续表|（续）|\\(续\\)|续$"));
        // The caption repeated, perhaps without the part heading that stood
        // over the table's first page ("二、表格部分 表1 收支总表").
        const QString key = squeezed(caption.text);
        const bool sameCaption = caption.text.isEmpty() ||
                                 continued.match(caption.text).hasMatch() ||
                                 (!open.captionKey.isEmpty() &&
                                  (open.captionKey.contains(key) || key.contains(open.captionKey)));
        if (open.lastPage == page - 1 && closesPage(open.lastPage, open.lastLattice) &&
            opensPage(page, latticeIndex, caption) && sameCaption)
            return map;
        return std::nullopt;
    }

    void take(int page, int latticeIndex) {
        const Caption caption = captionAbove(page, latticeIndex);
        if (!m_open.isEmpty()) {
            if (const auto map = continues(m_open.last(), page, latticeIndex, caption)) {
                Open &open = m_open.last();
                open.table.region.repeatedHeader.append(caption.lines);
                appendRows(open, page, latticeIndex, *map, true);
                return;
            }
        }
        Open open;
        open.columnEdges = m_lattices[page][latticeIndex].columnEdges;
        open.captionKey = squeezed(caption.text);
        PdfTableRegion &region = open.table.region;
        for (const LineRef &ref : caption.lines) {
            if (unitNotePattern().match(text(ref)).hasMatch())
                region.unitNote.append(ref);
            else
                region.title.append(ref);
        }
        open.table.title = caption.text;
        open.table.unitNote = caption.unitNote;
        m_open.append(std::move(open));
        const PdfLattice &lattice = m_lattices[page][latticeIndex];
        appendRows(m_open.last(), page, latticeIndex, identityMap(lattice), false);
    }

    void appendRows(Open &open, int page, int latticeIndex, const EdgeMap &map, bool continuation) {
        const PdfLattice &lattice = m_lattices[page][latticeIndex];
        PdfTable &table = open.table;
        for (int l = 0; l < m_lines[page].size(); ++l)
            if (m_lineOwner[page][l] == latticeIndex)
                table.region.body.append({page, l});
        int row = 0;
        // Rows merged across the whole width at the top hold a caption
        // drawn inside the frame.
        while (row < lattice.rowCount() && !continuation &&
               lattice.cells[lattice.cellAt[row][0]].columnSpan == lattice.columnCount()) {
            const QString caption =
                cellText(page, lattice.cells[lattice.cellAt[row][0]].words).trimmed();
            const QRegularExpressionMatch unit = unitNotePattern().match(caption);
            // A label over every column is the header's top, not a caption.
            if (!unit.hasMatch() && !caption.endsWith(u'表') && !caption.isEmpty())
                break;
            if (unit.hasMatch() && table.unitNote.isEmpty())
                table.unitNote = unit.captured().remove(QStringLiteral("金额"));
            if (!caption.isEmpty())
                table.title = QString(table.title + u' ' + caption).trimmed();
            ++row;
        }
        if (continuation) {
            // A header repeated on the continuation page, and a 合计 row
            // repeated under it, are not read twice.
            qsizetype matched = 0;
            while (row < lattice.rowCount() && matched < open.headerTexts.size() &&
                   rowKey(rowTexts(lattice, row, true)) == rowKey(open.headerTexts[matched])) {
                ++row;
                ++matched;
            }
            if (row < lattice.rowCount() && !open.totalRowTexts.isEmpty() &&
                rowKey(rowTexts(lattice, row)) == rowKey(open.totalRowTexts))
                ++row;
            if (row < lattice.rowCount())
                mergeOrphanLabel(open, lattice, map, row);
        }
        const int firstNew = int(table.grid.size());
        QHash<int, int> cellOf; // lattice cell → table cell
        const int columns = int(open.columnEdges.size()) - 1;
        for (; row < lattice.rowCount(); ++row) {
            QList<int> places(columns, -1);
            bool any = false;
            for (int c = 0; c < lattice.columnCount(); ++c) {
                const int latticeCell = lattice.cellAt[row][c];
                const PdfLattice::Cell &cell = lattice.cells[latticeCell];
                if (cell.words.isEmpty())
                    continue;
                auto it = cellOf.find(latticeCell);
                if (it == cellOf.end()) {
                    QList<WordRef> words;
                    for (int index : cell.words)
                        words.append({page, index});
                    it = cellOf.insert(latticeCell, int(table.cells.size()));
                    table.cells.append(words);
                }
                for (int t = map[c]; t < map[c + 1]; ++t)
                    places[t] = *it;
                any = true;
            }
            if (!any)
                continue;
            table.grid.append(places);
            table.rowPages.append(page);
        }
        if (!continuation && firstNew == 0)
            findHeader(open);
        open.lastPage = page;
        open.lastLattice = latticeIndex;
    }

    QStringList gridTexts(const PdfTable &table, int row) const {
        QStringList texts;
        for (int cell : table.grid[row]) {
            if (cell < 0) {
                texts.append(QString());
                continue;
            }
            QList<int> words;
            for (const WordRef &ref : table.cells[cell])
                words.append(ref.word);
            texts.append(cellText(table.cells[cell].first().page, words));
        }
        return texts;
    }

    bool statesAmount(const QStringList &texts) const {
        return !isColumnNumberRow(texts) &&
               std::any_of(texts.cbegin(), texts.cend(),
                           [](const QString &cell) { return isAmountToken(cell); });
    }

    static bool startsWithTotal(const QStringList &texts) {
        for (qsizetype c = 0; c < texts.size() && c < 2; ++c)
            if (isTotalLabel(texts[c]))
                return true;
        return false;
    }

    // The header is every row above the first row that states an amount (a
    // row of column numbers belongs to the header). A table without any
    // amount (stated as empty) has its 合计 row as its body.
    void findHeader(Open &open) {
        PdfTable &table = open.table;
        const int rows = int(table.grid.size());
        int header = 0;
        while (header < rows && !statesAmount(gridTexts(table, header)))
            ++header;
        if (header == rows) {
            header = 0;
            while (header < rows && !startsWithTotal(gridTexts(table, header)))
                ++header;
            if (header == rows)
                header = 0; // not a table of figures: all body
        }
        table.headerRows = header;
        promoteHeaderLabels(table);
        for (int r = 0; r < table.headerRows; ++r)
            open.headerTexts.append(gridTexts(table, r));
        if (table.headerRows < table.grid.size()) {
            const QStringList first = gridTexts(table, table.headerRows);
            if (startsWithTotal(first))
                open.totalRowTexts = first;
        }
    }

    // Header cells stand in every place they cover (the CellGrid contract:
    // each column reads its full header path); a body cell merged over
    // several places stands in its first one only, so that a row states
    // each amount once (a 合计 merged over the code columns lands in the first).
    static void keepMergedBodyCellsOnce(PdfTable &table) {
        const QList<QList<int>> merged = table.grid;
        for (int r = table.headerRows; r < merged.size(); ++r) {
            for (int c = 0; c < merged[r].size(); ++c) {
                const int cell = merged[r][c];
                const bool left = c > 0 && merged[r][c - 1] == cell;
                const bool above =
                    r > table.headerRows && c < merged[r - 1].size() && merged[r - 1][c] == cell;
                if (cell >= 0 && (left || above))
                    table.grid[r][c] = -1;
            }
        }
    }

    // The header's last labels can share the first body row ("类 | 款 | 项"
    // level with "合计" in a tall row): a text over a column that holds only
    // codes and amounts further down is header.
    void promoteHeaderLabels(PdfTable &table) const {
        const int first = table.headerRows;
        if (first >= table.grid.size() || first + 1 >= table.grid.size())
            return;
        const QStringList texts = gridTexts(table, first);
        QList<int> promoted;
        for (int c = 0; c < texts.size(); ++c) {
            const QString &cell = texts[c];
            if (cell.isEmpty() || isAmountToken(cell) || isCodeToken(cell) || isTotalLabel(cell))
                continue;
            bool numericBelow = false, textBelow = false;
            for (int r = first + 1; r < table.grid.size(); ++r) {
                const QString below = gridTexts(table, r).value(c);
                if (below.isEmpty())
                    continue;
                (isAmountToken(below) || isCodeToken(below) ? numericBelow : textBelow) = true;
            }
            if (numericBelow && !textBelow)
                promoted.append(c);
        }
        if (promoted.isEmpty())
            return;
        QList<int> headerRow(texts.size(), -1);
        for (int c : promoted) {
            headerRow[c] = table.grid[first][c];
            table.grid[first][c] = -1;
        }
        table.grid.insert(first, headerRow);
        table.rowPages.insert(first, table.rowPages[first]);
        ++table.headerRows;
    }

    // The top of a continuation page may hold the end of the last label of
    // the page before, alone in its row.
    void mergeOrphanLabel(Open &open, const PdfLattice &lattice, const EdgeMap &map, int &row) {
        PdfTable &table = open.table;
        if (table.grid.size() <= table.headerRows)
            return;
        const QStringList texts = rowTexts(lattice, row);
        int filled = -1;
        for (int c = 0; c < texts.size(); ++c) {
            if (texts[c].isEmpty())
                continue;
            if (filled >= 0)
                return;
            filled = c;
        }
        if (filled < 0)
            return;
        const QString &piece = texts[filled];
        const int previousCell = table.grid.last()[map[filled]];
        const QStringList previous = gridTexts(table, int(table.grid.size()) - 1);
        const bool previousHasAmount =
            std::any_of(previous.cbegin(), previous.cend(),
                        [](const QString &cell) { return isAmountToken(cell); });
        if (previousCell < 0 || !previousHasAmount || piece.size() > maxOrphanLabel ||
            isAmountToken(piece) || isCodeToken(piece) || startsWithOrdinal(piece) ||
            isTotalLabel(piece))
            return;
        const PdfLattice::Cell &cell = lattice.cells[lattice.cellAt[row][filled]];
        for (int index : cell.words)
            table.cells[previousCell].append({lattice.page, index});
        ++row;
    }

    void collectNotes(Open &open) {
        const int page = open.lastPage;
        const double bottom = m_lattices[page][open.lastLattice].rowEdges.last();
        const PdfLine *previous = nullptr;
        for (int l = 0; l < m_lines[page].size(); ++l) {
            const PdfLine &line = m_lines[page][l];
            if (line.baseline <= bottom || m_lineOwner[page][l] >= 0)
                continue;
            const QString lineText = text({page, l});
            if (!previous && !isNote(lineText))
                return;
            if (previous && (line.baseline - previous->baseline > notePitch * line.fontSize ||
                             isNote(lineText) || unitNotePattern().match(lineText).hasMatch()))
                return;
            open.table.region.notes.append({page, l});
            previous = &line;
        }
    }

    const QList<PdfPage> &m_pages;
    const PdfPageLines &m_lines;
    QList<QList<PdfLattice>> m_lattices;
    QList<QList<int>> m_lineOwner; // per page and line: the grid holding it, or -1
    QList<Open> m_open;
};

} // namespace

QList<PdfTable> findRuledTables(const QList<PdfPage> &pages, const PdfPageLines &lines) {
    return RuledTableFinder(pages, lines).find();
}

} // namespace juesuan::ingest
