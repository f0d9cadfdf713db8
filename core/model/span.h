#pragma once

#include <QtGlobal>

namespace juesuan::model {

// A half-open range [begin, end) of UTF-16 offsets into a report's original
// (decoded, not normalised) text, so it can be highlighted where it stands.
// For PDF sources `page` (0-based) tells which page the text was on.
struct Span {
    qsizetype begin = -1;
    qsizetype end = -1;
    int page = -1;

    bool isValid() const { return begin >= 0 && end >= begin; }
    qsizetype length() const { return end - begin; }
    friend bool operator==(const Span &, const Span &) = default;
};

} // namespace juesuan::model
