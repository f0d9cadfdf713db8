#include "core/compare/subjectalignment.h"

#include "core/compare/namesimilarity.h"

#include <QHash>
#include <QSet>

namespace juesuan::compare {
namespace {

constexpr double minimumSimilarity = 0.8;

QString parentOf(const QString &subject) {
    const qsizetype slash = subject.lastIndexOf(u'/');
    return slash < 0 ? QString() : subject.left(slash);
}

QString lastName(const QString &subject) {
    return subject.mid(subject.lastIndexOf(u'/') + 1);
}

} // namespace

QList<AlignedPair> alignSubjects(const QList<const model::Figure *> &a,
                                 const QList<const model::Figure *> &b) {
    QHash<qsizetype, qsizetype> pairOfA; // index in a → index in b
    QSet<qsizetype> takenB;
    auto pair = [&](qsizetype i, qsizetype j) {
        pairOfA.insert(i, j);
        takenB.insert(j);
    };

    // 1. Codes, when both sides state them.
    for (qsizetype i = 0; i < a.size(); ++i)
        for (qsizetype j = 0; j < b.size() && !a[i]->code.isEmpty(); ++j)
            if (!takenB.contains(j) && a[i]->code == b[j]->code) {
                pair(i, j);
                break;
            }
    // 2. The same name path, compared by keys.
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (pairOfA.contains(i))
            continue;
        const QStringList left = a[i]->subject.split(u'/');
        for (qsizetype j = 0; j < b.size(); ++j) {
            if (takenB.contains(j))
                continue;
            const QStringList right = b[j]->subject.split(u'/');
            bool same = left.size() == right.size();
            for (qsizetype k = 0; same && k < left.size(); ++k)
                same = nameKey(left[k]) == nameKey(right[k]);
            if (same) {
                pair(i, j);
                break;
            }
        }
    }
    // 3. The most similar last name under matched (or equal) parents.
    QHash<QString, QString> parentMap; // A's parent path → B's parent path
    for (auto it = pairOfA.cbegin(); it != pairOfA.cend(); ++it)
        parentMap.insert(a[it.key()]->subject, b[it.value()]->subject);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (pairOfA.contains(i))
            continue;
        const QString parentA = parentOf(a[i]->subject);
        const QString parentB = parentMap.value(parentA, parentA);
        qsizetype best = -1;
        double bestScore = minimumSimilarity;
        for (qsizetype j = 0; j < b.size(); ++j) {
            if (takenB.contains(j) || parentOf(b[j]->subject) != parentB)
                continue;
            const double score = nameSimilarity(lastName(a[i]->subject), lastName(b[j]->subject));
            if (score >= bestScore) {
                best = j;
                bestScore = score;
            }
        }
        if (best >= 0) {
            pair(i, best);
            parentMap.insert(a[i]->subject, b[best]->subject);
        }
    }

    // Tree order: A's members in order, each followed by B-only members that
    // belong right after it (same parent), then the remaining B-only members.
    QList<AlignedPair> result;
    QSet<qsizetype> placedB;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const qsizetype j = pairOfA.value(i, -1);
        result.append(AlignedPair{a[i], j >= 0 ? b[j] : nullptr});
        if (j >= 0)
            placedB.insert(j);
    }
    for (qsizetype j = 0; j < b.size(); ++j) {
        if (placedB.contains(j))
            continue;
        // Insert after the last row whose subject is B's parent or a sibling.
        const QString parent = parentOf(b[j]->subject);
        qsizetype at = result.size();
        for (qsizetype r = result.size() - 1; r >= 0 && !parent.isEmpty(); --r) {
            const model::Figure *row = result[r].second ? result[r].second : result[r].first;
            if (row->subject == parent || row->subject.startsWith(parent + u'/')) {
                at = r + 1;
                break;
            }
        }
        result.insert(at, AlignedPair{nullptr, b[j]});
    }
    return result;
}

} // namespace juesuan::compare
