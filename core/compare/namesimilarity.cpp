#include "core/compare/namesimilarity.h"

#include <QList>
#include <algorithm>

namespace juesuan::compare {
namespace {

bool isOpenBracket(QChar c) {
    return c == u'（' || c == u'(' || c == u'【' || c == u'[';
}

bool isCloseBracket(QChar c) {
    return c == u'）' || c == u')' || c == u'】' || c == u']';
}

qsizetype longestCommonSubsequence(QStringView a, QStringView b) {
    QList<qsizetype> previous(b.size() + 1, 0);
    QList<qsizetype> current(b.size() + 1, 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j)
            current[j] =
                a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

QString nameKey(QStringView name) {
    QString key;
    key.reserve(name.size());
    int depth = 0;
    for (const QChar c : name) {
        if (isOpenBracket(c)) {
            ++depth;
        } else if (isCloseBracket(c)) {
            depth = std::max(0, depth - 1);
        } else if (depth == 0 && (c.isLetterOrNumber())) {
            key.append(c);
        }
    }
    return key;
}

double nameSimilarity(QStringView a, QStringView b) {
    const QString x = nameKey(a);
    const QString y = nameKey(b);
    if (x.isEmpty() || y.isEmpty())
        return x == y ? 1.0 : 0.0;
    if (x == y)
        return 1.0;
    return 2.0 * double(longestCommonSubsequence(x, y)) / double(x.size() + y.size());
}

QString unitKey(QStringView unitName) {
    QString key = nameKey(unitName);
    // A leading province-level region is often written on one report only.
    static const QStringView regionEnds[] = {u"自治区", u"省", u"直辖市"};
    for (const QStringView end : regionEnds) {
        const qsizetype at = key.indexOf(end);
        if (at > 0 && at <= 6 && at + end.size() < key.size()) {
            key = key.mid(at + end.size());
            break;
        }
    }
    return key;
}

bool sameUnit(QStringView a, QStringView b) {
    const QString x = unitKey(a);
    const QString y = unitKey(b);
    if (x.isEmpty() || y.isEmpty())
        return false;
    if (x == y || x.endsWith(y) || y.endsWith(x))
        return true;
    return 2.0 * double(longestCommonSubsequence(x, y)) / double(x.size() + y.size()) >= 0.9;
}

} // namespace juesuan::compare
