#include "core/wording/comparisontable.h"

#include "core/wording/comparisontext.h"
#include "core/wording/comparisontree.h"
#include "core/wording/figuretext.h"
#include "core/wording/findingtext.h"

#include <QCoreApplication>
#include <QDir>

namespace juesuan::wording {
namespace {

struct TableText {
    Q_DECLARE_TR_FUNCTIONS(ComparisonTable)
};

// Beyond this an item name is not padded: one long name must not push every
// number of the table to the right.
constexpr int maxItemWidth = 44;

bool isWide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString padRight(const QString &text, int width) {
    return text + QString(qMax(0, width - displayWidth(text)), u' ');
}

QString padLeft(const QString &text, int width) {
    return QString(qMax(0, width - displayWidth(text)), u' ') + text;
}

struct Line {
    QString item, a, b, delta, percent;
    bool group = false;
};

QList<Line> tableLines(const compare::Comparison &comparison) {
    const ComparisonTree tree = buildComparisonTree(comparison);
    QList<Line> lines;
    for (const int id : tree.depthFirst()) {
        const ComparisonTree::Node &node = tree.nodes[id];
        const QString indent(node.level * 2, u' ');
        if (node.row < 0) {
            lines.append({indent + node.label, {}, {}, {}, {}, true});
            continue;
        }
        const compare::ComparisonRow &row = comparison.rows[node.row];
        // A plan is read against its execution rate, not its growth.
        const QString percent = comparison.mode == compare::Mode::PlanVsActual
                                    ? executionText(row)
                                    : deltaPercentText(row);
        lines.append({indent + node.label, sideValueText(row.a), sideValueText(row.b),
                      deltaText(row), percent, false});
    }
    return lines;
}

} // namespace

int displayWidth(QStringView text) {
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString comparisonToText(const compare::Comparison &comparison) {
    if (!comparison.a || !comparison.b)
        return {};
    QString out;
    out += comparisonTitle(comparison) + u"  (" + modeText(comparison.mode) + u")\n";
    out += u"A: " + reportName(*comparison.a) + u"  " +
           QDir::toNativeSeparators(comparison.a->sourcePath) + u'\n';
    out += u"B: " + reportName(*comparison.b) + u"  " +
           QDir::toNativeSeparators(comparison.b->sourcePath) + u"\n\n";

    const Line header{TableText::tr("Item"),
                      sideTag(comparison, compare::Side::A),
                      sideTag(comparison, compare::Side::B),
                      TableText::tr("Δ (B − A)"),
                      comparison.mode == compare::Mode::PlanVsActual
                          ? TableText::tr("Execution", "决算 ÷ 预算, 执行率")
                          : TableText::tr("Δ%"),
                      false};
    QList<Line> lines = tableLines(comparison);
    int item = displayWidth(header.item), a = displayWidth(header.a), b = displayWidth(header.b);
    int delta = displayWidth(header.delta), percent = displayWidth(header.percent);
    for (const Line &line : std::as_const(lines)) {
        if (!line.group)
            item = qMax(item, qMin(maxItemWidth, displayWidth(line.item)));
        a = qMax(a, displayWidth(line.a));
        b = qMax(b, displayWidth(line.b));
        delta = qMax(delta, displayWidth(line.delta));
        percent = qMax(percent, displayWidth(line.percent));
    }
    lines.prepend(header);
    for (const Line &line : std::as_const(lines)) {
        if (line.group) {
            out += line.item + u'\n';
            continue;
        }
        out += padRight(line.item, item) + u"  " + padLeft(line.a, a) + u"  " + padLeft(line.b, b) +
               u"  " + padLeft(line.delta, delta) + u"  " + padLeft(line.percent, percent);
        out += u'\n';
    }

    if (comparison.mode != compare::Mode::UnitVsUnit) {
        out += u'\n' +
               (comparison.mode == compare::Mode::YearOverYear
                    ? TableText::tr("Cross-report checks (B's claims about A): %n finding(s)",
                                    nullptr, int(comparison.crossFindings.size()))
                    : TableText::tr("Cross-report checks (the final's budget figures against "
                                    "the budget report): %n finding(s)",
                                    nullptr, int(comparison.crossFindings.size()))) +
               u'\n';
        for (const check::Finding &finding : comparison.crossFindings)
            out +=
                u"  " + severityLabel(finding.severity) + u": " + findingMessage(finding) + u'\n';
    }
    return out;
}

} // namespace juesuan::wording
