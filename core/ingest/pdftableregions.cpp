#include "core/ingest/pdftableregions.h"

#include "core/ingest/celltokens.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace juesuan::ingest {
namespace {

// How far above its unit note a caption may stand, in lines.
constexpr int captionSearchLines = 3;
// Left edges closer than this (points) are the same column edge.
constexpr double edgeTolerance = 2.0;
// Lines of one note paragraph are at most this many font sizes apart.
constexpr double paragraphPitch = 1.8;

const QRegularExpression &unitNotePattern() {
    static const QRegularExpression pattern(
        QStringLiteral("单位\\s*[：:]\\s*(?:人民币)?\\s*(万元|千元|亿元|元)"));
    return pattern;
}

bool isUnitNote(const QString &text) {
    return unitNotePattern().match(text).hasMatch();
}

bool isPartHeading(const QString &text) {
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*第[一二三四五六七八九十]+部分|^\\s*目\\s*录\\s*$"));
    return pattern.match(text).hasMatch();
}

bool isNote(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^\\s*(注|备注|说明)\\s*\\d?\\s*[：:]"));
    return pattern.match(text).hasMatch();
}

// A sentence spread over most of the width: narrative, not a table row.
bool isProse(const PdfPage &page, const PdfLine &line, const QString &text) {
    return lineSegments(page, line).size() == 1 && line.right - line.left > 0.5 * page.width &&
           text.contains(u'。');
}

// An empty table's body is its 合计 row alone: no number marks where it starts.
bool isTotalLabel(const QString &text) {
    const QString trimmed = text.trimmed();
    return trimmed == u"合计" || trimmed == u"总计";
}

bool hasNumber(const PdfPage &page, const PdfLine &line) {
    for (int index : line.words)
        if (isAmountToken(page.words[index].text))
            return true;
    return false;
}

class RegionFinder {
public:
    RegionFinder(const QList<PdfPage> &pages, const PdfPageLines &lines)
        : m_pages(pages)
        , m_lines(lines) {
        for (int p = 0; p < lines.size(); ++p) {
            m_texts.append(QStringList());
            for (const PdfLine &line : lines[p])
                m_texts[p].append(lineText(pages[p], line));
        }
    }

    QList<PdfTableRegion> find() {
        // Captions and unit notes first, so that scanning a table stops at the next one.
        QList<PdfTableRegion> regions;
        for (int p = 0; p < m_lines.size(); ++p) {
            for (int l = 0; l < m_lines[p].size(); ++l) {
                if (!isUnitNote(m_texts[p][l]))
                    continue;
                PdfTableRegion region;
                region.unitNote.append({p, l});
                if (const int title = captionAbove(p, l); title >= 0)
                    region.title.append({p, title});
                for (const LineRef &ref : region.title + region.unitNote)
                    m_marked.insert(key(ref));
                regions.append(region);
            }
        }
        for (PdfTableRegion &region : regions) {
            collectLines(region);
            promoteColumnLabels(region);
        }
        return regions;
    }

private:
    static qint64 key(const LineRef &ref) { return (qint64(ref.page) << 32) | ref.line; }
    const PdfLine &line(const LineRef &ref) const { return m_lines[ref.page][ref.line]; }
    const QString &text(const LineRef &ref) const { return m_texts[ref.page][ref.line]; }

    int captionAbove(int page, int unitLine) const {
        int fallback = -1;
        for (int l = unitLine - 1; l >= 0 && l >= unitLine - captionSearchLines; --l) {
            const QString trimmed = m_texts[page][l].trimmed();
            if (isUnitNote(trimmed) || isPageFurniture(m_pages[page], m_lines[page][l]))
                continue;
            if (trimmed.endsWith(u'表') || trimmed.contains(QStringLiteral("表（续")))
                return l;
            if (fallback < 0)
                fallback = l;
        }
        return fallback;
    }

    // The lines of one table, from under its unit note to its end.
    void collectLines(PdfTableRegion &region) {
        LineRef ref = region.unitNote.first();
        bool inBody = false;
        QSet<QString> headerWords;
        QList<double> bodyEdges;
        for (;;) {
            ++ref.line;
            if (ref.line >= m_lines[ref.page].size()) {
                const int next = nextContentPage(ref.page);
                if (next < 0 || !continuesOn(next, bodyEdges))
                    return;
                ref = {next, firstContentLine(next)};
                continuationHeader(ref, headerWords, region);
                if (ref.line >= m_lines[ref.page].size())
                    return;
            }
            const PdfPage &page = m_pages[ref.page];
            const PdfLine &current = line(ref);
            const QString &currentText = text(ref);
            if (m_marked.contains(key(ref)) || isPartHeading(currentText) ||
                isProse(page, current, currentText))
                return;
            if (isNote(currentText)) {
                collectNote(ref, region);
                return;
            }
            if (isPageFurniture(page, current))
                continue;
            inBody = inBody || hasNumber(page, current) || isTotalLabel(currentText);
            if (inBody) {
                region.body.append(ref);
                for (int index : current.words)
                    bodyEdges.append(page.words[index].left());
            } else {
                region.header.append(ref);
                for (int index : current.words)
                    headerWords.insert(page.words[index].text);
            }
        }
    }

    int firstContentLine(int page) const {
        for (int l = 0; l < m_lines[page].size(); ++l)
            if (!isPageFurniture(m_pages[page], m_lines[page][l]))
                return l;
        return -1;
    }

    // Numbers top-aligned in a tall first row share a line with the last
    // header line ("类 款 项") in reading order: before the first coded row, a
    // label standing over columns of numbers and codes and over no column of
    // labels is header.
    void promoteColumnLabels(PdfTableRegion &region) const {
        qsizetype firstCoded = region.body.size();
        for (qsizetype b = 0; b < region.body.size() && firstCoded == region.body.size(); ++b)
            for (int index : line(region.body[b]).words)
                if (isCodeToken(m_pages[region.body[b].page].words[index].text))
                    firstCoded = b;
        QList<std::pair<double, double>> numeric, labels;
        for (qsizetype b = 0; b < region.body.size(); ++b) {
            const LineRef &ref = region.body[b];
            for (int index : line(ref).words) {
                const PdfWord &word = m_pages[ref.page].words[index];
                if (isAmountToken(word.text))
                    numeric.append({word.left(), word.right()});
                else if (b >= firstCoded)
                    labels.append({word.left(), word.right()});
            }
        }
        const auto over = [](const PdfWord &word, const QList<std::pair<double, double>> &spans) {
            for (const auto &[left, right] : spans)
                if (word.left() < right && word.right() > left)
                    return true;
            return false;
        };
        for (qsizetype b = 0; b < firstCoded && firstCoded < region.body.size(); ++b) {
            const LineRef ref = region.body[b];
            qsizetype promoted = 0;
            for (int index : line(ref).words) {
                const PdfWord &word = m_pages[ref.page].words[index];
                if (!isAmountToken(word.text) && over(word, numeric) && !over(word, labels)) {
                    region.headerWordsInBody.append({ref.page, index});
                    ++promoted;
                }
            }
            if (promoted == line(ref).words.size()) {
                for (int index : line(ref).words)
                    region.headerWordsInBody.removeOne(WordRef{ref.page, index});
                region.header.append(ref);
                region.body.removeAt(b);
                --b;
                --firstCoded;
            }
        }
    }

    // The next page with any text (a table's last ruled row can leave a page blank).
    int nextContentPage(int page) const {
        for (int p = page + 1; p < m_lines.size(); ++p)
            if (firstContentLine(p) >= 0)
                return p;
        return -1;
    }

    // A table goes on over a page break when the next page starts with rows:
    // several cells on its first line, or a cell on one of the table's column edges.
    bool continuesOn(int page, const QList<double> &bodyEdges) const {
        if (bodyEdges.isEmpty())
            return false;
        const LineRef ref{page, firstContentLine(page)};
        const PdfPage &next = m_pages[page];
        const QString &firstText = text(ref);
        if (m_marked.contains(key(ref)) || isPartHeading(firstText) ||
            isProse(next, line(ref), firstText) || isNote(firstText))
            return false;
        if (lineSegments(next, line(ref)).size() >= 2)
            return true;
        for (int index : line(ref).words)
            for (double edge : bodyEdges)
                if (std::abs(next.words[index].left() - edge) <= edgeTolerance)
                    return true;
        return false;
    }

    // Skips a header repeated at the top of a continuation page.
    void continuationHeader(LineRef &ref, const QSet<QString> &headerWords,
                            PdfTableRegion &region) const {
        const PdfPage &page = m_pages[ref.page];
        while (ref.line < m_lines[ref.page].size() && !headerWords.isEmpty()) {
            const PdfLine &current = line(ref);
            if (hasNumber(page, current))
                return;
            qsizetype known = 0;
            for (int index : current.words)
                known += headerWords.contains(page.words[index].text) ? 1 : 0;
            if (known * 2 < current.words.size())
                return;
            region.repeatedHeader.append(ref);
            ++ref.line;
        }
    }

    void collectNote(LineRef ref, PdfTableRegion &region) const {
        const PdfLine *previous = nullptr;
        for (; ref.line < m_lines[ref.page].size(); ++ref.line) {
            const PdfLine &current = line(ref);
            if (previous &&
                (current.baseline - previous->baseline > paragraphPitch * current.fontSize ||
                 m_marked.contains(key(ref)) || isNote(text(ref))))
                return;
            region.notes.append(ref);
            previous = &current;
        }
    }

    const QList<PdfPage> &m_pages;
    const PdfPageLines &m_lines;
    QList<QStringList> m_texts;
    QSet<qint64> m_marked;
};

} // namespace

QString lineText(const PdfPage &page, const PdfLine &line) {
    QString text;
    const PdfWord *previous = nullptr;
    for (int index : line.words) {
        appendWordText(text, previous, page.words[index]);
        previous = &page.words[index];
    }
    return text;
}

bool isPageFurniture(const PdfPage &page, const PdfLine &line) {
    if (line.running)
        return true;
    // Landscape pages put their number higher up, within the lowest 15% of the page.
    const bool inMargin = line.baseline < 0.08 * page.height || line.baseline > 0.85 * page.height;
    if (!inMargin || line.words.size() > 5)
        return false;
    static const QRegularExpression pattern(QStringLiteral(
        "^[\\s\\-—－·]*(第\\s*)?\\d{1,4}\\s*(页)?(\\s*/\\s*\\d{1,4})?[\\s\\-—－·]*$"));
    return pattern.match(lineText(page, line)).hasMatch();
}

void markRunningLines(const QList<PdfPage> &pages, PdfPageLines &lines) {
    constexpr double marginShare = 0.08;
    constexpr int minimumPages = 4;
    const auto inMargin = [&](int p, const PdfLine &line) {
        return line.baseline < marginShare * pages[p].height ||
               line.baseline > (1 - marginShare) * pages[p].height;
    };
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    const auto keyOf = [&](int p, const PdfLine &line) {
        QString key = lineText(pages[p], line);
        key.remove(u' ');
        return key.replace(digits, QStringLiteral("#"));
    };
    QHash<QString, QSet<int>> pagesOf;
    for (int p = 0; p < lines.size(); ++p)
        for (const PdfLine &line : lines[p])
            if (inMargin(p, line))
                pagesOf[keyOf(p, line)].insert(p);
    static const QRegularExpression caption(
        QStringLiteral("单位\\s*[：:]|表\\s*$|^[#\\-—－·第页/]*$"));
    const qsizetype needed = std::max<qsizetype>(minimumPages, (pages.size() + 1) / 2);
    for (int p = 0; p < lines.size(); ++p) {
        for (PdfLine &line : lines[p]) {
            if (!inMargin(p, line))
                continue;
            const QString key = keyOf(p, line);
            line.running = pagesOf.value(key).size() >= needed && key.size() >= 4 &&
                           !caption.match(key).hasMatch();
        }
    }
}

QList<QList<WordRef>> PdfTableRegion::headerLines(const PdfPageLines &lines) const {
    QList<QList<WordRef>> result;
    for (const LineRef &ref : header) {
        result.append(QList<WordRef>());
        for (int index : lines[ref.page][ref.line].words)
            result.last().append({ref.page, index});
    }
    // Labels found on body lines come after the header lines, line by line.
    for (const LineRef &ref : body) {
        QList<WordRef> promoted;
        for (int index : lines[ref.page][ref.line].words)
            if (isHeaderWord({ref.page, index}))
                promoted.append({ref.page, index});
        if (!promoted.isEmpty())
            result.append(promoted);
    }
    return result;
}

QList<PdfTableRegion> findTableRegions(const QList<PdfPage> &pages, const PdfPageLines &lines) {
    return RegionFinder(pages, lines).find();
}

} // namespace juesuan::ingest
