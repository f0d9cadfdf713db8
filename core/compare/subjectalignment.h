#pragma once

#include "core/model/figure.h"

#include <QList>

namespace juesuan::compare {

using AlignedPair = std::pair<const model::Figure *, const model::Figure *>;

// Pairs the members of one collection metric from two reports. Members are
// matched by classification code when both state one, then by identical name
// keys, then by the most similar name (at least 0.8) under an already matched
// parent path; the rest stay unpaired (a side that is missing). The result
// keeps tree order: each member after its parent, A's order first.
QList<AlignedPair> alignSubjects(const QList<const model::Figure *> &a,
                                 const QList<const model::Figure *> &b);

} // namespace juesuan::compare
