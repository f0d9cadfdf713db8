#include "core/extract/narrativeextractor.h"

#include "core/extract/clauses.h"
#include "core/extract/figuremaker.h"
#include "core/extract/patterntable.h"
#include "core/extract/tablecatalogue.h"
#include "core/model/metriccatalogue.h"
#include "core/text/normalizer.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace juesuan::extract {
namespace {

using model::Facet;
using model::Figure;

// One match of one rule, with what it resolved to.
struct RuleMatch {
    const PatternRule *rule = nullptr;
    QRegularExpressionMatch match;
    qsizetype begin = 0; // normalised offsets
    qsizetype end = 0;
    QString subject;
    QString resolvedMetric; // metric named by the metricFrom group, if any
    bool hasClauses() const { return !rule->clauseMetrics.isEmpty(); }
};

// "1.提高劳模待遇" → "提高劳模待遇": list numbering is not part of a name
// ("1." / "1、" / "（1）" / "一、").
QString withoutListNumber(QStringView name) {
    name = name.trimmed();
    qsizetype i = name.startsWith(u'（') ? 1 : 0;
    const qsizetype digitsBegin = i;
    while (i < name.size() &&
           (name[i].isDigit() || QStringView(u"一二三四五六七八九十").contains(name[i])))
        ++i;
    if (i > digitsBegin && i < name.size()) {
        const QChar mark = name[i];
        const bool parenthesised = digitsBegin == 1;
        if ((parenthesised && mark == u'）') ||
            (!parenthesised && (mark == u'、' || (mark == u'.' && name[digitsBegin].isDigit()))))
            name = name.mid(i + 1);
    }
    return name.trimmed().toString();
}

// "一般公共服务（类）" → "一般公共服务".
QString classNameOf(const QString &heading) {
    QString name = heading;
    if (name.endsWith(u"（类）"))
        name.chop(3);
    else if (name.endsWith(u'类'))
        name.chop(1);
    return name.trimmed();
}

// Expands "{heading}/{kuan}/{xiang}"; empty parts drop out with their '/'.
QString expandTemplate(const QString &pattern, const QRegularExpressionMatch &match,
                       const QString &heading, const QString &resolvedMetric,
                       const QString &metricFrom) {
    if (!pattern.contains(u'{'))
        return pattern;
    // Templates are short and expanded per match: a plain scan, no regex.
    QString result;
    qsizetype last = 0;
    for (qsizetype open = pattern.indexOf(u'{'); open >= 0; open = pattern.indexOf(u'{', last)) {
        const qsizetype close = pattern.indexOf(u'}', open);
        if (close < 0)
            break;
        result += QStringView(pattern).mid(last, open - last);
        const QStringView name = QStringView(pattern).mid(open + 1, close - open - 1);
        if (name == u"heading")
            result += classNameOf(heading);
        else if (name == metricFrom && !resolvedMetric.isEmpty())
            result += resolvedMetric;
        else
            result += withoutListNumber(match.capturedView(name));
        last = close + 1;
    }
    result += QStringView(pattern).mid(last);
    if (result.startsWith(u'/') || result.endsWith(u'/') || result.contains(u"//"))
        return result.split(u'/', Qt::SkipEmptyParts).join(u'/');
    return result;
}

// The title of the level-2 heading that encloses `pos` within `section`.
QString enclosingHeading(const QList<SectionRange> &sections, const SectionRange &section,
                         qsizetype pos) {
    QString title;
    for (const SectionRange &s : sections)
        if (s.level == 2 && s.headingBegin >= section.headingBegin && s.end <= section.end &&
            s.headingBegin <= pos && pos < s.end)
            title = s.title;
    return title;
}

// Whether the 类 a match names is one of the functional classification
// ("科学技术" is one, "包括人员" is not), and its printed code one of that
// 类's: a name and code that disagree are no sure reading of either.
bool namesItsClass(const PatternRule &rule, const QRegularExpressionMatch &match) {
    if (rule.classFrom.isEmpty())
        return true;
    const QString code =
        TableCatalogue::builtin().classCode(CodeKind::Function, match.captured(rule.classFrom));
    if (code.isEmpty())
        return false;
    return rule.codeFrom.isEmpty() || match.capturedView(rule.codeFrom).startsWith(code);
}

bool appliesIn(const PatternRule &rule, const QString &key) {
    return rule.sections.contains(key) || rule.sections.contains(QStringLiteral("*"));
}

// Whether the text from `at` to the end of its clause names another amount
// without wording a change: the next member of a list ("项目支出1370.70万元").
bool startsListedAmount(QStringView all, qsizetype at, qsizetype end) {
    static const QRegularExpression member(
        QStringLiteral("^[^，。；、增减持下]*?\\d+(?:\\.\\d+)?\\s*(?:万元|亿元|元)"));
    return member.match(all.mid(at, std::min<qsizetype>(40, end - at))).hasMatch();
}

// Where the statement about a matched item ends: at the bracket that closes
// around it, or at a "；" that starts
// another item of a list ("…完成预算的15.63%；公务用车…") rather than another
// comparison of the same one ("…增长14.75%；与上年决算相比…"). A stated reason
// may list its causes with "；": they do not end it; a full stop ends the
// reason. A clause past the end would be attached to the wrong item.
qsizetype endOfStatement(QStringView all, qsizetype begin, qsizetype end) {
    static const QRegularExpression continuation(
        QStringLiteral("^\\s*(?:与|比|较|同比|完成|增加|减少|增长|下降|持平|主要|其中|变动|原因)"));
    bool inReason = false;
    int depth = 0;
    for (qsizetype at = begin; at < end; ++at) {
        const QChar c = all[at];
        // A bracket closing one opened before the item: the item was a part
        // named inside it ("（…运行维护费93.88万元，比上年减少1.79万元。）").
        if (c == u'（')
            ++depth;
        else if (c == u'）' && depth-- == 0)
            return at;
        if (c == u'因' && at > begin && all[at - 1] == u'原')
            inReason = true;
        if (c == u'。')
            inReason = false;
        // "、" starts the next member of an enumeration ("基本支出8974.01万元、
        // 项目支出1370.70万元。比上年减少…": the change is the total's, not
        // the first member's), not a part of one comparison ("减少32.61万元、
        // 下降0.31%", "收、支总计各增加11.31万元").
        if (c == u'、' && !inReason && startsListedAmount(all, at + 1, end))
            return at;
        if (c != u'；' || inReason)
            continue;
        if (!continuation.match(all.mid(at + 1, std::min<qsizetype>(8, end - at - 1))).hasMatch())
            return at;
    }
    return end;
}

// The sentence around a position: from after the previous "。" to the next.
std::pair<qsizetype, qsizetype> sentenceAround(QStringView all, qsizetype at) {
    const qsizetype begin = all.left(at).lastIndexOf(u'。') + 1;
    qsizetype end = all.indexOf(u'。', at);
    return {begin, end < 0 ? all.size() : end};
}

// Matches of a rule that must stand in one sentence with another rule's
// match (PatternRule::within) are dropped where it does not.
void dropOutsideTheirSentence(QStringView all, QList<RuleMatch> &matches) {
    QList<RuleMatch> kept;
    for (const RuleMatch &m : std::as_const(matches)) {
        if (!m.rule->within.isEmpty()) {
            // A pair, not a structured binding: clang before 16 (the fuzz
            // preset's) cannot capture those in a lambda.
            const std::pair<qsizetype, qsizetype> sentence = sentenceAround(all, m.begin);
            const bool opened =
                std::any_of(matches.cbegin(), matches.cend(), [&](const RuleMatch &other) {
                    return other.rule->id == m.rule->within && other.begin >= sentence.first &&
                           other.begin < m.begin && other.end <= sentence.second;
                });
            if (!opened)
                continue;
        }
        kept.append(m);
    }
    matches = std::move(kept);
}

} // namespace

void extractNarrativeFigures(const text::NormalizedText &text, const QList<SectionRange> &sections,
                             const PatternTable &patterns, const model::MetricCatalogue &catalogue,
                             model::Report &report) {
    const QStringView all(text.text());
    FigureMaker maker(text, report);
    for (const SectionRange &section : sections) {
        if (section.level > 2 || section.level < 1 || section.key.isEmpty())
            continue;
        const QStringView body = all.mid(section.headingEnd, section.end - section.headingEnd);
        const qsizetype base = section.headingEnd;
        const QRegularExpression::MatchOptions options =
            text.isValidUtf16(body) ? QRegularExpression::DontCheckSubjectStringMatchOption
                                    : QRegularExpression::NoMatchOption;

        // Collect matches rule by rule; a number already taken by an earlier
        // (more specific) row is not read again by a later one.
        QList<RuleMatch> matches;
        QSet<qsizetype> takenNumbers;
        for (const PatternRule &rule : patterns.rules()) {
            if (!appliesIn(rule, section.key) ||
                (rule.reportType && *rule.reportType != report.type) ||
                !rule.phrasing.mayMatchIn(body))
                continue;
            auto it =
                rule.phrasing.regex.globalMatch(body, 0, QRegularExpression::NormalMatch, options);
            while (it.hasNext()) {
                RuleMatch m{&rule, it.next(), 0, 0, {}, {}};
                m.begin = base + m.match.capturedStart();
                m.end = base + m.match.capturedEnd();
                bool taken = false;
                for (auto g = rule.groups.cbegin(); g != rule.groups.cend(); ++g)
                    if (m.match.capturedStart(g.key()) >= 0 &&
                        takenNumbers.contains(base + m.match.capturedStart(g.key())))
                        taken = true;
                if (taken)
                    continue;
                if (!namesItsClass(rule, m.match))
                    continue;
                if (!rule.metricFrom.isEmpty()) {
                    const auto *info = catalogue.findByLabel(m.match.captured(rule.metricFrom));
                    if (!info)
                        continue; // a wording the catalogue does not know names no metric
                    m.resolvedMetric = info->id;
                }
                for (auto g = rule.groups.cbegin(); g != rule.groups.cend(); ++g)
                    if (m.match.capturedStart(g.key()) >= 0)
                        takenNumbers.insert(base + m.match.capturedStart(g.key()));
                matches.append(std::move(m));
            }
        }
        std::sort(matches.begin(), matches.end(),
                  [](const RuleMatch &a, const RuleMatch &b) { return a.begin < b.begin; });
        dropOutsideTheirSentence(all, matches);

        for (qsizetype i = 0; i < matches.size(); ++i) {
            RuleMatch &m = matches[i];
            const PatternRule &rule = *m.rule;
            const QString heading = enclosingHeading(sections, section, m.begin);
            m.subject = rule.subjectTemplate.isEmpty()
                            ? QString()
                            : expandTemplate(rule.subjectTemplate, m.match, heading,
                                             m.resolvedMetric, rule.metricFrom);
            const QString wording = m.match.captured(u"wording");
            for (auto g = rule.groups.cbegin(); g != rule.groups.cend(); ++g) {
                if (m.match.capturedStart(g.key()) < 0)
                    continue;
                for (const CaptureTarget &target : g->targets) {
                    const QString metric = expandTemplate(target.metricTemplate, m.match, heading,
                                                          m.resolvedMetric, rule.metricFrom);
                    Figure *figure = maker.fromCapture(m.match, g.key(), base, g->kind, metric,
                                                       target.facet, m.subject, section.id);
                    if (figure && !rule.codeFrom.isEmpty())
                        figure->code = m.match.captured(rule.codeFrom);
                    if (figure && target.facet == Facet::Value)
                        figure->wording = wording;
                }
            }

            // Clauses run to the next clause-bearing match or the end of the line.
            if (m.hasClauses()) {
                qsizetype clauseEnd = all.indexOf(u'\n', m.end);
                if (clauseEnd < 0 || clauseEnd > section.end)
                    clauseEnd = section.end;
                for (qsizetype j = i + 1; j < matches.size(); ++j)
                    if (matches[j].hasClauses() && matches[j].begin >= m.end) {
                        clauseEnd = std::min(clauseEnd, matches[j].begin);
                        break;
                    }
                clauseEnd = std::min(clauseEnd, endOfStatement(all, m.end, clauseEnd));
                QStringList metrics;
                for (const QString &t : rule.clauseMetrics)
                    metrics.append(
                        expandTemplate(t, m.match, heading, m.resolvedMetric, rule.metricFrom));
                readClauses(all, m.end, clauseEnd, patterns, metrics, m.subject, section.id, maker);
            }
            if (rule.list) {
                const QString prefix = expandTemplate(rule.list->subjectPrefix, m.match, heading,
                                                      m.resolvedMetric, rule.metricFrom);
                readItemList(all, m.end, section.end, rule.list->metric,
                             prefix.isEmpty() ? prefix : prefix + u'/', section.id, maker);
            }
        }
    }
}

} // namespace juesuan::extract
