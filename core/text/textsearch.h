#pragma once

#include "core/text/normalizer.h"

#include <QList>
#include <QString>
#include <utility>

namespace juesuan::text {

// Where `query` stands in a report's text, as a reader searches it: both are
// normalised the same way (text::Normalizer), so full-width and half-width
// digits and letters, thousands separators and spaces inside numbers do not
// matter ("2940.05" finds "2,940.05", "２９４０" finds "2940"), and Latin
// letters match whatever their case. Returns the original [begin, end)
// offsets, in text order, not overlapping; none for an empty query.
QList<std::pair<qsizetype, qsizetype>> findInText(const NormalizedText &text, const QString &query);

} // namespace juesuan::text
