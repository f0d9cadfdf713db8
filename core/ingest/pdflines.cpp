#include "core/ingest/pdflines.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace juesuan::ingest {
namespace {

// Words whose baselines differ by less than this share a line.
constexpr double sameLineFactor = 0.3;
// A gap narrower than this (in font sizes) is not a space.
constexpr double spaceGapFactor = 0.25;

} // namespace

bool isCjk(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x303F)    // CJK punctuation
           || (u >= 0x3400 && u <= 0x9FFF) // ideographs
           || (u >= 0xFF00 && u <= 0xFFEF) // full-width forms
           || u == 0x201C || u == 0x201D;  // “ ” as Chinese text uses them
}

QList<PdfLine> buildLines(const PdfPage &page, int pageIndex) {
    QList<int> order(page.words.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return page.words[a].baseline < page.words[b].baseline; });
    QList<PdfLine> lines;
    for (int index : order) {
        const PdfWord &word = page.words[index];
        if (!lines.isEmpty()) {
            PdfLine &line = lines.last();
            const double tolerance = sameLineFactor * std::min(line.fontSize, word.fontSize);
            if (word.baseline - line.baseline <= tolerance) {
                line.words.append(index);
                line.fontSize = std::max(line.fontSize, word.fontSize);
                continue;
            }
        }
        PdfLine line;
        line.page = pageIndex;
        line.words.append(index);
        line.baseline = word.baseline;
        line.fontSize = word.fontSize;
        lines.append(line);
    }
    for (PdfLine &line : lines) {
        std::stable_sort(line.words.begin(), line.words.end(),
                         [&](int a, int b) { return page.words[a].left() < page.words[b].left(); });
        // The line's baseline is where most of its text sits: the median word.
        QList<double> baselines;
        for (int index : line.words)
            baselines.append(page.words[index].baseline);
        std::nth_element(baselines.begin(), baselines.begin() + baselines.size() / 2,
                         baselines.end());
        line.baseline = baselines[baselines.size() / 2];
        line.left = page.words[line.words.first()].left();
        line.right = 0;
        for (int index : line.words)
            line.right = std::max(line.right, page.words[index].right());
    }
    return lines;
}

QList<QList<int>> lineSegments(const PdfPage &page, const PdfLine &line, double gapFactor) {
    QList<QList<int>> segments;
    double segmentRight = 0;
    for (qsizetype i = 0; i < line.words.size(); ++i) {
        const PdfWord &word = page.words[line.words[i]];
        if (segments.isEmpty() || word.left() - segmentRight > gapFactor * word.fontSize)
            segments.append(QList<int>());
        segments.last().append(int(i));
        segmentRight = std::max(segmentRight, word.right());
    }
    return segments;
}

bool needsSpace(QChar last, const PdfWord &previous, const PdfWord &word, bool keepCjkSpaces) {
    if (word.text.isEmpty() || last.isSpace())
        return false;
    const bool sameLine = std::abs(word.baseline - previous.baseline) <= 0.5 * word.fontSize;
    if (isCjk(last) && isCjk(word.text.front()) && (!keepCjkSpaces || !sameLine))
        return false;
    const double gap = word.left() - previous.right();
    return previous.spaceAfter || gap > spaceGapFactor * word.fontSize || !sameLine;
}

bool continuesNumber(QChar last, const PdfWord &previous, const PdfWord &word) {
    const auto numeric = [](QChar c) { return c.isDigit() || c == u'.' || c == u','; };
    if (!numeric(last) || word.text.isEmpty() || !word.text.front().isDigit())
        return false;
    if (std::abs(word.baseline - previous.baseline) <= 0.5 * word.fontSize)
        return false; // on one line a gap is a real space
    return std::all_of(word.text.cbegin(), word.text.cend(), numeric);
}

void appendWordText(QString &text, const PdfWord *previous, const PdfWord &word) {
    if (previous && !text.isEmpty() && needsSpace(text.back(), *previous, word))
        text.append(u' ');
    text.append(word.text);
}

} // namespace juesuan::ingest
