#include "core/extract/tablerules.h"

#include "core/extract/tablelabels.h"

#include <QRegularExpression>

namespace juesuan::extract {
namespace {

bool labelMatches(const TableRowRule &rule, const QString &label) {
    const QString plain = labelWithoutNotes(label);
    for (const QString &candidate : rule.labels) {
        const QString wanted = normalizedLabel(candidate);
        if (wanted == label || wanted == plain)
            return true;
    }
    return false;
}

// Which labels of a header path may name a column: its own, and the groups
// above it only when its own label just says "the amount" (小计, 合计,
// 金额, 预算数 …). A column headed "人员经费" or "其中：教育收费" under
// "基本支出" is a part of that group, never the group itself.
qsizetype firstNaming(const QStringList &headerPath) {
    if (headerPath.isEmpty())
        return 0;
    static const QRegularExpression amount(
        QStringLiteral("^(小计|合计|总计|金额|数额|预算|决算|[\\x{4e00}-\\x{9fff}]{0,4}数)$"));
    const QString own = headerPath.last().trimmed();
    if (own.startsWith(u"其中") || !amount.match(normalizedLabel(own)).hasMatch())
        return headerPath.size() - 1;
    return 0;
}

} // namespace

bool isTotalLabel(const QString &normalizedLabel) {
    return normalizedLabel == u"合计" || normalizedLabel == u"总计";
}

const TableRowRule *matchRowRule(const QList<TableRowRule> &rules, const QString &label,
                                 const QString &side, const QStringList &labelsAbove) {
    for (const TableRowRule &rule : rules) {
        if (!rule.side.isEmpty() && !side.isEmpty() && rule.side != side)
            continue;
        if (!labelMatches(rule, label))
            continue;
        if (!rule.after.isEmpty()) {
            bool found = false;
            for (const QString &above : labelsAbove)
                for (const QString &wanted : rule.after)
                    found = found || labelWithoutNotes(above) == normalizedLabel(wanted);
            if (!found)
                continue;
        }
        return &rule;
    }
    return nullptr;
}

QString metricForHeader(const QList<std::pair<QString, QString>> &columns,
                        const QStringList &headerPath) {
    for (const auto &[keyword, metric] : columns)
        for (qsizetype i = firstNaming(headerPath); i < headerPath.size(); ++i)
            if (normalizedLabel(headerPath[i]).contains(keyword))
                return metric;
    return {};
}

namespace {

const TableColumnRule *matchColumnLabel(const QList<TableColumnRule> &rules,
                                        const QString &header) {
    const QString label = normalizedLabel(header);
    // Exact labels first ("合计" is not "本年支出合计"), then containment.
    for (const TableColumnRule &rule : rules)
        for (const QString &wanted : rule.headers)
            if (label == normalizedLabel(wanted))
                return &rule;
    for (const TableColumnRule &rule : rules)
        for (const QString &wanted : rule.headers)
            if (label.contains(normalizedLabel(wanted)))
                return &rule;
    return nullptr;
}

} // namespace

const TableColumnRule *matchColumnRule(const QList<TableColumnRule> &rules,
                                       const QStringList &headerPath) {
    const qsizetype first = firstNaming(headerPath);
    // A column whose own label only says "the amount" (基本支出 / 小计) is
    // named by the group above it first; its own label decides only when
    // no group does (一般公共预算支出 / 小计).
    const qsizetype last = headerPath.size() - 1;
    for (qsizetype i = first < last ? last - 1 : last; i >= first; --i)
        if (const TableColumnRule *rule = matchColumnLabel(rules, headerPath[i]))
            return rule;
    return first < last ? matchColumnLabel(rules, headerPath[last]) : nullptr;
}

const TableKeywordRule *matchKeywordRule(const QList<TableKeywordRule> &rules,
                                         const QStringList &path) {
    for (qsizetype i = path.size() - 1; i >= 0; --i) {
        const QString label = normalizedLabel(path[i]);
        for (const TableKeywordRule &rule : rules)
            for (const QString &keyword : rule.keywords)
                if (label.contains(normalizedLabel(keyword)))
                    return &rule;
    }
    return nullptr;
}

} // namespace juesuan::extract
