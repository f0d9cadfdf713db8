#pragma once

#include <QString>
#include <QStringView>

namespace juesuan::text {

// Latin keys of a name, for finding a report by typing pinyin: 乌海市总工会 →
// full "wuhaishizonggonghui", initials "whszgh". Characters that are not Han
// are kept, lowercased, in both keys.
struct PinyinKeys {
    QString full;
    QString initials;
};

// Romanised with ICU's "Han-Latin; Latin-ASCII; Lower" (no tone marks).
PinyinKeys pinyinKeys(QStringView text);

// True when `filter` (trimmed, case-insensitive) occurs in `name`, in its full
// pinyin or in its initials: "乌海", "wuhai", "whs" all find 乌海市总工会. Spaces
// inside the filter are ignored for the pinyin keys ("wu hai"). An empty
// filter matches everything. `keys` must be pinyinKeys(name).
bool matchesFilter(QStringView name, const PinyinKeys &keys, QStringView filter);

// Orders two strings as a Chinese reader expects (ICU collation for
// "zh@collation=pinyin": 北京 before 中山). Negative, zero or positive.
int comparePinyin(QStringView a, QStringView b);

} // namespace juesuan::text
