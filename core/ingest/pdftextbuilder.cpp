#include "core/ingest/pdftextbuilder.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace juesuan::ingest {
namespace {

// A line "fills" the text width when it ends this close to the right margin
// (font sizes); it is "indented" when it starts this far past the left one.
constexpr double fillSlack = 1.5;
constexpr double indentSlack = 0.5;
// Lines of one paragraph are at most this far apart (font sizes).
constexpr double paragraphPitch = 2.0;
// Headings are set at least this much larger than the body text.
constexpr double headingSizeFactor = 1.15;

bool startsHeading(const QString &text) {
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(]["
                       "一二三四五六七八九十]+[）)]|"
                       "\\d+[、．](?!\\d)|\\d+\\.(?!\\d))"));
    return pattern.match(text).hasMatch();
}

int widthKey(const PdfPage &page) {
    return int(page.width / 2);
}

bool isLatinOrDigit(QChar c) {
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

bool isOpening(QChar c) {
    return QStringView(u"（(“‘《〈【「『").contains(c);
}
bool isClosing(QChar c) {
    return QStringView(u"）)”’》〉】」』、，。；：！？%％").contains(c);
}

// How wide the first unbreakable piece of a line is: a number with its
// punctuation, or one character with the brackets and punctuation that may
// not be parted from it. A line that ends short by less than that was full:
// the piece did not fit on it.
double leadingChunkWidth(const PdfWord &word) {
    const QString &text = word.text;
    qsizetype end = 0;
    while (end < text.size() && isOpening(text[end]))
        ++end;
    if (end < text.size() && !isCjk(text[end])) {
        while (end < text.size() && !isCjk(text[end]))
            ++end;
    } else if (end < text.size()) {
        ++end;
    }
    while (end < text.size() && isClosing(text[end]))
        ++end;
    // Estimate per character: CJK a full font size, the rest share what is left.
    qsizetype cjk = 0;
    for (QChar c : text)
        cjk += isCjk(c) ? 1 : 0;
    const qsizetype latin = text.size() - cjk;
    const double latinWidth =
        latin > 0 ? std::max(0.0, word.box.width() - cjk * word.fontSize) / latin : 0;
    double width = 0;
    for (qsizetype i = 0; i < end; ++i)
        width += isCjk(text[i]) ? word.fontSize : latinWidth;
    return width;
}

} // namespace

PdfTextBuilder::PdfTextBuilder(const QList<PdfPage> &pages, const PdfPageLines &lines,
                               const QList<PdfTable> &tables, SourceDocument &document)
    : m_pages(pages)
    , m_lines(lines)
    , m_tables(tables)
    , m_document(document)
    , m_writer(document) {}

void PdfTextBuilder::build() {
    markTableLines();
    computeMargins();
    for (const PdfTable &table : m_tables) {
        CellGrid grid;
        grid.title = table.title;
        grid.unitNote = table.unitNote;
        grid.cellsInferred = table.cellsInferred;
        grid.firstPage = table.rowPages.isEmpty() ? -1 : table.rowPages.first();
        for (const LineRef &ref : table.region.notes)
            grid.notes.append(lineText(m_pages[ref.page], m_lines[ref.page][ref.line]).trimmed());
        m_grids.append(grid);
    }
    for (int p = 0; p < m_pages.size(); ++p) {
        PageInfo info;
        info.textBegin = m_writer.position();
        info.width = m_pages[p].width;
        info.height = m_pages[p].height;
        for (int l = 0; l < m_lines[p].size(); ++l) {
            const LineRole &role = m_roles[p][l];
            if (role.table >= 0) {
                if (role.firstOfTableOnPage)
                    writeTablePart(role.table, p);
                m_lastNarrative = {-1, -1};
                continue;
            }
            if (role.caption) {
                m_lastNarrative = {-1, -1};
                writeNarrativeLine({p, l});
                m_lastNarrative = {-1, -1};
            } else if (!isPageFurniture(m_pages[p], m_lines[p][l])) {
                writeNarrativeLine({p, l});
            }
        }
        info.textEnd = m_writer.position();
        m_document.pages.append(info);
    }
    m_writer.endLine();
    m_document.tables = m_grids;
}

void PdfTextBuilder::markTableLines() {
    for (int p = 0; p < m_lines.size(); ++p)
        m_roles.append(QList<LineRole>(m_lines[p].size()));
    for (int t = 0; t < m_tables.size(); ++t) {
        const PdfTableRegion &region = m_tables[t].region;
        for (const LineRef &ref : region.header + region.repeatedHeader + region.body)
            m_roles[ref.page][ref.line].table = t;
        for (const LineRef &ref : region.title + region.unitNote)
            m_roles[ref.page][ref.line].caption = true;
        // Each page's part of the table is written where its first line stands.
        for (int p = 0; p < m_lines.size(); ++p) {
            for (int l = 0; l < m_lines[p].size(); ++l) {
                if (m_roles[p][l].table == t) {
                    m_roles[p][l].firstOfTableOnPage = true;
                    break;
                }
            }
        }
    }
}

void PdfTextBuilder::computeMargins() {
    // Margins per page width (portrait and landscape pages differ), from
    // every narrative line of the document: one short page must not make its
    // short lines look full. The left margin is where most lines start
    // (paragraph starts are indented, a stray caption may stick out); the
    // right one is where the longest lines end.
    QHash<int, QHash<int, int>> leftCounts;
    QHash<int, double> right;
    for (int p = 0; p < m_lines.size(); ++p) {
        const int key = widthKey(m_pages[p]);
        for (int l = 0; l < m_lines[p].size(); ++l) {
            const PdfLine &line = m_lines[p][l];
            if (m_roles[p][l].table >= 0 || m_roles[p][l].caption ||
                isPageFurniture(m_pages[p], line))
                continue;
            ++leftCounts[key][int(std::lround(line.left))];
            right[key] = std::max(right.value(key), line.right);
        }
    }
    QHash<int, int> sizeCounts; // tenths of a point → lines
    for (int p = 0; p < m_lines.size(); ++p)
        for (int l = 0; l < m_lines[p].size(); ++l)
            if (m_roles[p][l].table < 0)
                ++sizeCounts[int(std::lround(m_lines[p][l].fontSize * 10))];
    int bodySize = 0;
    for (auto it = sizeCounts.cbegin(); it != sizeCounts.cend(); ++it)
        if (bodySize == 0 || it.value() > sizeCounts.value(bodySize))
            bodySize = it.key();
    m_bodyFontSize = bodySize / 10.0;
    QHash<int, double> left;
    for (auto width = leftCounts.cbegin(); width != leftCounts.cend(); ++width) {
        int best = 0, bestCount = -1;
        for (auto edge = width->cbegin(); edge != width->cend(); ++edge) {
            if (edge.value() > bestCount || (edge.value() == bestCount && edge.key() < best)) {
                best = edge.key();
                bestCount = edge.value();
            }
        }
        left.insert(width.key(), best);
    }
    for (const PdfPage &page : m_pages) {
        m_marginLeft.append(left.value(widthKey(page)));
        m_marginRight.append(right.value(widthKey(page)));
    }
}

bool PdfTextBuilder::isCentredHeading(const LineRef &ref) const {
    const PdfLine &line = m_lines[ref.page][ref.line];
    const double pageCentre = m_pages[ref.page].width / 2;
    return line.fontSize >= headingSizeFactor * m_bodyFontSize &&
           std::abs((line.left + line.right) / 2 - pageCentre) <= 1.5 * line.fontSize;
}

bool PdfTextBuilder::runsOn(const LineRef &previous, const LineRef &next) const {
    if (previous.page < 0)
        return false;
    const PdfLine &a = m_lines[previous.page][previous.line];
    const PdfLine &b = m_lines[next.page][next.line];
    const double size = std::max(a.fontSize, b.fontSize);
    // A title wrapped over two centred lines ("…决算情况" / "说明") is one heading.
    if (previous.page == next.page && isCentredHeading(previous) && isCentredHeading(next) &&
        std::abs(a.fontSize - b.fontSize) <= 0.1 * size &&
        b.baseline - a.baseline <= paragraphPitch * size)
        return true;
    const PdfWord &first = m_pages[next.page].words[b.words.first()];
    const double slack = std::max(fillSlack * size, leadingChunkWidth(first) + size);
    if (std::abs(a.fontSize - b.fontSize) > 0.2 * size ||
        a.right < m_marginRight[previous.page] - slack ||
        b.left > m_marginLeft[next.page] + indentSlack * size)
        return false;
    if (next.page == previous.page ? b.baseline - a.baseline > paragraphPitch * size
                                   : next.page != previous.page + 1)
        return false;
    return !startsHeading(lineText(m_pages[next.page], b));
}

void PdfTextBuilder::writeNarrativeLine(const LineRef &ref) {
    const PdfPage &page = m_pages[ref.page];
    const PdfLine &line = m_lines[ref.page][ref.line];
    const PdfWord *previous = nullptr;
    if (runsOn(m_lastNarrative, ref)) {
        const PdfLine &before = m_lines[m_lastNarrative.page][m_lastNarrative.line];
        previous = &m_pages[m_lastNarrative.page].words[before.words.last()];
    } else {
        m_writer.endLine();
    }
    const bool runOn = previous != nullptr;
    for (int index : line.words) {
        const PdfWord &word = page.words[index];
        if (previous && !m_document.text.isEmpty()) {
            const QChar last = m_document.text.back();
            // Across a line wrap only two Latin words need a space between them.
            const bool space = runOn && index == line.words.first()
                                   ? isLatinOrDigit(last) && isLatinOrDigit(word.text.front())
                                   : needsSpace(last, *previous, word, true);
            if (space)
                m_writer.append(u" ");
        }
        m_writer.appendWord(word.text, ref.page, word.box);
        previous = &word;
    }
    m_lastNarrative = ref;
}

void PdfTextBuilder::writeTablePart(int tableIndex, int page) {
    m_writer.endLine();
    const PdfTable &table = m_tables[tableIndex];
    CellGrid &grid = m_grids[tableIndex];
    const qsizetype begin = m_writer.position();
    // A cell merged over several rows of one page is written once.
    QHash<int, model::Span> written;
    if (grid.cells.isEmpty()) {
        for (int r = 0; r < table.headerRows; ++r)
            writeRow(tableIndex, r, written);
        grid.headerRows = table.headerRows;
    }
    for (int r = table.headerRows; r < table.grid.size(); ++r)
        if (table.rowPages[r] == page)
            writeRow(tableIndex, r, written);
    if (!grid.span.isValid())
        grid.span = {begin, begin, page};
    grid.span.end = m_writer.position();
}

model::Span PdfTextBuilder::writeWords(const QList<WordRef> &words) {
    model::Span span{m_writer.position(), m_writer.position(), -1};
    const PdfWord *previous = nullptr;
    for (const WordRef &ref : words) {
        const PdfWord &word = m_pages[ref.page].words[ref.word];
        if (previous && needsSpace(m_document.text.back(), *previous, word) &&
            !continuesNumber(m_document.text.back(), *previous, word))
            m_writer.append(u" ");
        m_writer.appendWord(word.text, ref.page, word.box);
        if (span.page < 0)
            span.page = ref.page;
        previous = &word;
    }
    span.end = m_writer.position();
    return span;
}

void PdfTextBuilder::writeRow(int tableIndex, int row, QHash<int, model::Span> &written) {
    const PdfTable &table = m_tables[tableIndex];
    CellGrid &grid = m_grids[tableIndex];
    const bool header = row < table.headerRows;
    QList<QString> texts;
    QList<model::Span> spans;
    const QList<int> &places = table.grid[row];
    for (qsizetype c = 0; c < places.size(); ++c) {
        if (c > 0)
            m_writer.append(u"\t");
        const int cell = places[c];
        model::Span span{m_writer.position(), m_writer.position(),
                         header ? -1 : table.rowPages[row]};
        if (cell >= 0) {
            if (const auto it = written.constFind(cell); it != written.cend()) {
                span = *it;
            } else {
                span = writeWords(table.cells[cell]);
                if (span.page < 0)
                    span.page = table.rowPages[row];
                written.insert(cell, span);
            }
        }
        texts.append(m_document.text.mid(span.begin, span.length()));
        spans.append(span);
    }
    m_writer.endLine();
    grid.cells.append(texts);
    grid.spans.append(spans);
}

} // namespace juesuan::ingest
