#include "core/ingest/sourcedocument.h"

#include <algorithm>

namespace juesuan::ingest {

QList<QRectF> wordBoxes(const SourceDocument &source, const model::Span &span, int page) {
    QList<QRectF> boxes;
    const QList<PositionedWord> &words = source.words;
    auto it = std::lower_bound(
        words.cbegin(), words.cend(), span.begin,
        [](const PositionedWord &word, qsizetype position) { return word.span.end <= position; });
    for (; it != words.cend() && it->span.begin < span.end; ++it)
        if (it->span.page == page && it->span.end > span.begin)
            boxes.append(it->box);
    return boxes;
}

int pageAt(const SourceDocument &source, const model::Span &span) {
    if (span.page >= 0)
        return span.page;
    for (int page = 0; page < source.pages.size(); ++page)
        if (span.begin >= source.pages[page].textBegin && span.begin < source.pages[page].textEnd)
            return page;
    return -1;
}

} // namespace juesuan::ingest
