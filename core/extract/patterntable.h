#pragma once

#include "core/model/figure.h"
#include "core/model/report.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <optional>

namespace juesuan::extract {

// Where a captured number goes: the metric (possibly a template such as
// "{name}", resolved per match) and the facet.
struct CaptureTarget {
    QString metricTemplate;
    model::Facet facet = model::Facet::Value;
};

// How a number captured by a placeholder is typed: {AMOUNT:g} is money with
// its unit in group "g__unit", {PCT:g} a percentage, {COUNT:g} a count
// (digits or Chinese numerals), {SCORE:g} a score.
struct GroupInfo {
    model::QuantityKind kind = model::QuantityKind::Money;
    QList<CaptureTarget> targets;
};

// A "主要包括：…" list that follows a match: each "name amount" item becomes
// a figure of `metric` with subject prefix + name.
struct ListSpec {
    QString metric;
    QString subjectPrefix; // template, e.g. "{name}/"
};

// The numeric capture groups of a pattern by name. Ordered: the figures of
// one match are made group by group, and a QHash's order changes from one
// process to the next (its seed is random), which made `extract` print them
// in a different order each run.
using CaptureGroups = QMap<QString, GroupInfo>;

// A compiled phrasing and the literal text that every match of it contains
// (empty when it has none): most of the regions a phrasing is tried on lack
// that text, and looking for it costs less than setting up a match.
struct Phrasing {
    QRegularExpression regex;
    QString literal;

    // False only when the pattern cannot match in `subject`.
    bool mayMatchIn(QStringView subject) const {
        return literal.isEmpty() || subject.contains(literal);
    }
};

// The longest run of literal characters that stands in `pattern` outside
// every group, class and quantifier, and so in every match of it; empty when
// there is none or the pattern alternates at its top level.
QString requiredLiteral(QStringView pattern);

// One phrasing of one or more metrics (a row of resources/core/patterns*.json).
struct PatternRule {
    QString id;
    QStringList sections; // section keys it applies in; "*" for anywhere
    Phrasing phrasing;
    CaptureGroups groups;
    QStringList clauseMetrics; // templates; comparison clauses attach to these
    QString subjectTemplate;   // "{heading}/{kuan}/{xiang}"
    QString metricFrom;        // group whose text names the metric by catalogue label
    // Group whose text must name a 类 of the functional classification (the
    // table catalogue knows them): "科学技术" is one, "包括人员" is not.
    QString classFrom;
    // Group whose text is the member's code as printed in front of its name
    // ("2010301一般公共服务支出-…-行政运行"); with classFrom, the code must be
    // of that 类.
    QString codeFrom;
    // The id of a rule that must match in the same sentence: the items of an
    // enumeration belong to the total that opens it ("共有车辆15辆，其中，
    // 机要通信用车2辆…", not "拟新增配置公务用车6辆，其中…").
    QString within;
    // Only reports of this type are read by it (a budget's phrasings).
    std::optional<model::ReportType> reportType;
    std::optional<ListSpec> list;
};

// A comparison clause that may follow a figure (与年初预算相比…, 与上年…相比…,
// 完成…%, 占…%): numeric groups mapped to facets; "dir"/"pdir" groups give the
// worded direction.
struct ClauseRule {
    QString id;
    Phrasing phrasing;
    CaptureGroups groups; // targets hold the facet only
};

struct SectionKey {
    QString key;
    QStringList titleKeywords;
};

// The phrasing table: every pattern file compiled into the core
// (resources/core/patterns*.json), merged in file-name order.
class PatternTable {
public:
    static const PatternTable &builtin();
    // Parses and merges pattern documents; on error sets `error` (naming the
    // document and the rule) and returns what was valid so far. Regular
    // expressions are compiled when first used: see patternErrors().
    static PatternTable fromJson(const QList<QPair<QString, QByteArray>> &documents,
                                 QString *error);

    const QList<PatternRule> &rules() const { return m_rules; }
    const QList<ClauseRule> &clauses() const { return m_clauses; }
    const Phrasing &reason() const { return m_reason; }
    // Compiles every regular expression: one line per invalid one, naming
    // the rule or clause, the reason and the offset.
    QStringList patternErrors() const;
    // The key of the first section kind whose keyword the title contains.
    QString sectionKeyFor(QStringView title) const;

private:
    QString expandPlaceholders(const QString &pattern, CaptureGroups &groups, QString *error) const;

    QHash<QString, QString> m_placeholders; // "AMOUNT" → regex with {g}
    QList<SectionKey> m_sections;
    QList<PatternRule> m_rules;
    QList<ClauseRule> m_clauses;
    Phrasing m_reason;
};

} // namespace juesuan::extract
