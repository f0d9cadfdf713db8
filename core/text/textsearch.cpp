#include "core/text/textsearch.h"

namespace juesuan::text {

QList<std::pair<qsizetype, qsizetype>> findInText(const NormalizedText &text,
                                                  const QString &query) {
    const QString needle = Normalizer::normalize(query).text().trimmed();
    QList<std::pair<qsizetype, qsizetype>> found;
    if (needle.isEmpty())
        return found;
    qsizetype at = 0;
    while ((at = text.text().indexOf(needle, at, Qt::CaseInsensitive)) >= 0) {
        found.append(text.toOriginal(at, at + needle.size()));
        at += needle.size();
    }
    return found;
}

} // namespace juesuan::text
