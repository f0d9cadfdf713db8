#pragma once

#include <QString>
#include <QStringView>

namespace juesuan::compare {

// A name reduced to what identifies it: no spaces or punctuation, no
// annotations in brackets ("（款）", "（本级）"), Simplified.
QString nameKey(QStringView name);

// How alike two names are, 0..1: twice the longest common subsequence of
// their keys over the sum of their lengths. "商品和服务支出" vs "商品和服务"
// scores 0.83; unrelated names score low.
double nameSimilarity(QStringView a, QStringView b);

// The unit's name without what varies between reports of the same unit: a
// leading province or region ("内蒙古自治区"), a bracketed scope suffix
// (（本级）,（差额）,（部门）,（汇总）).
QString unitKey(QStringView unitName);

// Whether two unit names name the same unit, tolerating scope suffixes,
// region prefixes and small wording differences.
bool sameUnit(QStringView a, QStringView b);

} // namespace juesuan::compare
