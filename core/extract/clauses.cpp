#include "core/extract/clauses.h"

#include "core/extract/figuremaker.h"
#include "core/extract/patterntable.h"

#include <algorithm>

namespace juesuan::extract {
namespace {

using model::Direction;
using model::Facet;

Direction directionOf(QStringView word) {
    if (word == u"增加" || word == u"增长")
        return Direction::Increase;
    if (word == u"减少" || word == u"下降")
        return Direction::Decrease;
    if (word == u"持平" || word.startsWith(u"无"))
        return Direction::Flat;
    return Direction::None;
}

struct ClauseMatch {
    const ClauseRule *rule;
    QRegularExpressionMatch match;
};

} // namespace

void readClauses(QStringView text, qsizetype begin, qsizetype end, const PatternTable &patterns,
                 const QStringList &metrics, const QString &subject, const QString &section,
                 FigureMaker &maker) {
    if (end <= begin)
        return;
    const QStringView region = text.mid(begin, end - begin);
    QList<ClauseMatch> found;
    for (const ClauseRule &rule : patterns.clauses()) {
        if (!rule.phrasing.mayMatchIn(region))
            continue;
        auto it = rule.phrasing.regex.globalMatch(region);
        while (it.hasNext()) {
            auto match = it.next();
            if (match.capturedLength() > 0)
                found.append({&rule, std::move(match)});
        }
    }
    std::sort(found.begin(), found.end(), [](const ClauseMatch &a, const ClauseMatch &b) {
        return a.match.capturedStart() < b.match.capturedStart();
    });
    // A clause inside brackets opened after the item ("…112.08万元（其中：
    // 公务用车运行维护费93.88万元，比上年减少1.79万元。）比上年减少19.89万元")
    // is about a part named there, not about the item.
    found.removeIf([&](const ClauseMatch &clause) {
        int depth = 0;
        for (qsizetype at = 0; at < clause.match.capturedStart(); ++at) {
            if (region[at] == u'（')
                ++depth;
            else if (region[at] == u'）' && depth > 0)
                --depth;
        }
        return depth > 0;
    });

    for (qsizetype i = 0; i < found.size(); ++i) {
        const ClauseMatch &clause = found[i];
        const Direction direction = directionOf(clause.match.capturedView(u"dir"));
        const Direction percentDirection = clause.match.capturedStart(u"pdir") >= 0
                                               ? directionOf(clause.match.capturedView(u"pdir"))
                                               : direction;
        // A reason runs from the clause to the next clause.
        const qsizetype reasonEnd =
            i + 1 < found.size() ? found[i + 1].match.capturedStart() : region.size();
        const qsizetype reasonBegin = clause.match.capturedEnd();
        QString reason;
        if (reasonEnd > reasonBegin) {
            const QStringView reasonText = region.mid(reasonBegin, reasonEnd - reasonBegin);
            if (patterns.reason().mayMatchIn(reasonText)) {
                const auto reasonMatch = patterns.reason().regex.match(reasonText);
                if (reasonMatch.hasMatch())
                    reason = reasonMatch.captured(u"reason").trimmed();
            }
        }
        for (auto g = clause.rule->groups.cbegin(); g != clause.rule->groups.cend(); ++g) {
            if (clause.match.capturedStart(g.key()) < 0)
                continue;
            const Facet facet = g->targets.front().facet;
            for (const QString &metric : metrics) {
                model::Figure *figure = maker.fromCapture(clause.match, g.key(), begin, g->kind,
                                                          metric, facet, subject, section);
                if (!figure)
                    continue;
                if (facet == Facet::BudgetDelta || facet == Facet::PreviousDelta)
                    figure->direction = direction;
                else if (facet == Facet::BudgetPercent || facet == Facet::PreviousPercent)
                    figure->direction = percentDirection;
                if (facet != Facet::Budget && facet != Facet::Share)
                    figure->reason = reason;
                figure->wording = clause.match.captured(u"dir");
            }
        }
    }
}

void readItemList(QStringView text, qsizetype begin, qsizetype end, const QString &metric,
                  const QString &subjectPrefix, const QString &section, FigureMaker &maker) {
    static const QString head = QStringLiteral("主要包括");
    const qsizetype headAt = text.mid(begin, std::min<qsizetype>(12, end - begin)).indexOf(head);
    if (headAt < 0)
        return;
    qsizetype listBegin = begin + headAt + head.size();
    if (listBegin < end && (text[listBegin] == u'：' || text[listBegin] == u'，'))
        ++listBegin;
    qsizetype listEnd = listBegin;
    while (listEnd < end && text[listEnd] != u'。' && text[listEnd] != u'\n')
        ++listEnd;
    static const QRegularExpression item(
        QStringLiteral("(?<name>[^、，。；：\\d\\n]+?)(?<value>[-+]?\\d+(?:\\.\\d+)?)"
                       "(?<value__unit>万元|亿元|元)"),
        QRegularExpression::UseUnicodePropertiesOption);
    auto it = item.globalMatch(text.mid(listBegin, listEnd - listBegin));
    while (it.hasNext()) {
        const auto match = it.next();
        const QString name = match.captured(u"name").trimmed();
        maker.fromCapture(match, QStringLiteral("value"), listBegin, model::QuantityKind::Money,
                          metric, Facet::Value, subjectPrefix + name, section);
    }
}

} // namespace juesuan::extract
