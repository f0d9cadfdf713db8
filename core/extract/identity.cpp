#include "core/extract/identity.h"

#include "core/text/normalizer.h"

#include <QHash>
#include <QRegularExpression>
#include <bitset>

namespace juesuan::extract {
namespace {

// The cover ends at the table of contents, the first part, the first page
// or this many characters, whichever comes first.
constexpr qsizetype maxCoverLength = 400;
constexpr qsizetype minimumNameLength = 2;
constexpr qsizetype maximumNameLength = 40;
// Where a report without a cover names its kind in its opening text.
constexpr qsizetype openingLength = 600;

// Characters of a unit's name: Han, brackets, and Latin letters for the
// placeholders of a template ("上海市XX局").
const QString nameChars = QStringLiteral("[\\x{4e00}-\\x{9fff}（）()·A-Za-z]");

template <typename Key> Key mostFrequent(const QHash<Key, int> &counts) {
    Key best{};
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    return best;
}

// What the cover title says: "国家信访局2024年度部门决算",
// "2026年度福州市公安局文职人员管理中心单位预算", "2026年深圳市人民政府办公厅部门预算".
struct CoverTitle {
    QString name;
    int year = 0;
    model::ReportType type = model::ReportType::Unknown;
    model::ReportScope scope = model::ReportScope::Unknown;
};

model::ReportType typeOf(QStringView word) {
    if (word == u"决算")
        return model::ReportType::FinalAccount;
    if (word == u"预算")
        return model::ReportType::Budget;
    return model::ReportType::Unknown;
}

model::ReportScope scopeOf(QStringView word) {
    if (word == u"部门")
        return model::ReportScope::Department;
    if (word == u"单位")
        return model::ReportScope::Unit;
    return model::ReportScope::Unknown;
}

CoverTitle readCoverTitle(const QString &cover) {
    // Static: compiling (and JIT-compiling) a pattern costs more than
    // reading a whole cover with it.
    static const QRegularExpression layout(QStringLiteral("[\\s*#]"));
    QString joined = cover;
    joined.remove(layout);
    static const QRegularExpression title(
        QStringLiteral(
            "(?<pre>%1{0,40}?)(?<year>20\\d\\d)年度?(?<post>%1{0,40}?)(?<scope>部门|单位)?"
            "(?<type>决算|预算)")
            .arg(nameChars));
    CoverTitle result;
    const QRegularExpressionMatch match = title.match(joined);
    if (!match.hasMatch())
        return result;
    result.year = match.capturedView(u"year").toInt();
    result.type = typeOf(match.capturedView(u"type"));
    result.scope = scopeOf(match.capturedView(u"scope"));
    // The name stands after the year ("2026年烟台市水利局部门预算") or before it
    // ("国家信访局2024年度部门决算"); a level such as "市级" is not a name.
    const QString post = match.captured(u"post");
    const QString pre = match.captured(u"pre");
    if (post.size() > minimumNameLength)
        result.name = post;
    else if (pre.size() > minimumNameLength)
        result.name = pre;
    return result;
}

bool isMoneyUnit(QStringView name) {
    static const QRegularExpression pattern(QStringLiteral("^(人民币)?(万元|千元|亿元|元)"));
    return pattern.match(name).hasMatch();
}

// Names printed after a label: "部门：国家信访局", "单位名称：长沙市公安局",
// "编制单位：上海市信访办公室", "部门名称<tab>北京市生态环境局".
// `validUtf16`: whether the text is known to be valid UTF-16 (then PCRE2
// need not check it on every try).
void countLabelledNames(const QString &text, bool validUtf16, QHash<QString, int> &names) {
    static const QStringList labels = {QStringLiteral("编制单位"),
                                       QStringLiteral("预算单位"),
                                       QStringLiteral("填报单位"),
                                       QStringLiteral("预算主管部门"),
                                       QStringLiteral("主管部门"),
                                       QStringLiteral("部门（单位）"),
                                       QStringLiteral("部门\\(单位\\)"),
                                       QStringLiteral("单位名称"),
                                       QStringLiteral("部门名称"),
                                       QStringLiteral("部门"),
                                       QStringLiteral("单位")};
    static const QRegularExpression colon(
        QStringLiteral(
            "(?<=^|\\s)(?:%1)\\s*[：:]\\s*(%2{%3,%4}?)(?=\\s|$|单位\\s*[：:]|金额单位|[，。；,;])")
            .arg(labels.join(u'|'), nameChars)
            .arg(minimumNameLength)
            .arg(maximumNameLength),
        QRegularExpression::MultilineOption);
    static const QRegularExpression cell(
        QStringLiteral("^\\s*(?:单位名称|部门名称)\\t+(%1{%2,%3})\\s*$")
            .arg(nameChars)
            .arg(minimumNameLength)
            .arg(maximumNameLength),
        QRegularExpression::MultilineOption);
    const auto count = [&names](const QRegularExpressionMatch &match) {
        const QString name = match.captured(1);
        if (!isMoneyUnit(name))
            ++names[name];
    };

    // A match starts with a label's first character at the start of the text
    // or after white space (the lookbehind; PCRE2's \s also takes U+180E, a
    // format character). PCRE2 itself cannot skip to those places (first
    // characters above U+00FF give it no start table) and would try the
    // pattern at every character: it is tried, anchored, only there, in text
    // order and from the end of the previous match, which gives the global
    // match's matches.
    static const std::bitset<0x10000> labelStarts = [] {
        std::bitset<0x10000> starts;
        for (const QString &label : labels)
            starts[label.front().unicode()] = true;
        return starts;
    }();
    const QRegularExpression::MatchOptions unchecked =
        validUtf16 ? QRegularExpression::DontCheckSubjectStringMatchOption
                   : QRegularExpression::NoMatchOption;
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (!labelStarts[text[at].unicode()] ||
            (at > 0 && !text[at - 1].isSpace() && text[at - 1].category() != QChar::Other_Format))
            continue;
        const QRegularExpressionMatch match =
            colon.match(text, at, QRegularExpression::NormalMatch,
                        unchecked | QRegularExpression::AnchorAtOffsetMatchOption);
        if (match.hasMatch()) {
            count(match);
            at = match.capturedEnd() - 1;
        }
    }
    // The cell pattern needs one of its two labels.
    if (text.contains(u"单位名称") || text.contains(u"部门名称"))
        for (auto it = cell.globalMatch(text, 0, QRegularExpression::NormalMatch, unchecked);
             it.hasNext();)
            count(it.next());
}

// The subject sections open with: "乌海市总工会（差额）2024年度收入…", for
// a report whose cover was not kept (a narrative extracted to text).
QString openingSubject(const QString &all) {
    QHash<QString, int> names;
    static const QRegularExpression subject(
        QStringLiteral("(?:^|[。：])\\**(%1{4,40}?)(?:截至)?20\\d\\d年度").arg(nameChars),
        QRegularExpression::MultilineOption);
    // No part of the pattern matches a line break: matching the lines that
    // hold "年度" one by one gives the matches of the whole text, without
    // PCRE2 trying every position of it (a start that may be any line start
    // gives it nothing to skip to).
    for (const QStringView line : QStringView(all).tokenize(u'\n'))
        if (line.contains(u"年度"))
            for (auto it = subject.globalMatch(line); it.hasNext();)
                ++names[it.next().captured(1)];
    return mostFrequent(names);
}

int mostFrequentYear(const QStringList &texts) {
    static const QRegularExpression year(QStringLiteral("(20\\d\\d)\\s*年"));
    QHash<int, int> years;
    for (const QString &text : texts)
        for (auto it = year.globalMatch(text); it.hasNext();)
            ++years[it.next().capturedView(1).toInt()];
    return mostFrequent(years);
}

} // namespace

void identifyReport(const ingest::SourceDocument &source, const text::NormalizedText &text,
                    model::Report &report) {
    const QString &all = text.text();
    qsizetype coverEnd = std::min(all.size(), maxCoverLength);
    if (!source.pages.isEmpty())
        coverEnd = std::min(coverEnd, text.fromOriginal(source.pages.first().textEnd));
    // Only a marker that starts before the end found so far can move it.
    for (const QStringView marker : {u"目录", u"目 录", u"第一部分"})
        if (const qsizetype at =
                QStringView(all).left(coverEnd + marker.size() - 1).indexOf(marker);
            at >= 0)
            coverEnd = std::min(coverEnd, at);
    const QString cover = all.left(coverEnd);
    const CoverTitle title = readCoverTitle(cover);

    QStringList captions;
    for (const ingest::CellGrid &grid : source.tables)
        captions.append(grid.title);
    QStringList headings;
    for (const model::Section &section : std::as_const(report.sections))
        headings.append(section.title);

    // The unit: labelled on the cover, else the cover title, else labelled
    // anywhere (table captions repeat it), else the sections' subject.
    QHash<QString, int> coverLabels, labels;
    countLabelledNames(cover, text.isValidUtf16(cover), coverLabels);
    countLabelledNames(all, text.isValidUtf16(all), labels);
    if (!coverLabels.isEmpty())
        report.unitName = mostFrequent(coverLabels);
    else if (!title.name.isEmpty())
        report.unitName = title.name;
    else if (!labels.isEmpty())
        report.unitName = mostFrequent(labels);
    else
        report.unitName = openingSubject(all);
    if (!report.unitName.isEmpty()) {
        if (const qsizetype at = all.indexOf(report.unitName); at >= 0) {
            const auto [begin, end] = text.toOriginal(at, at + report.unitName.size());
            report.unitSpan = {begin, end, -1};
        }
    }
    static const QRegularExpression placeholder(QStringLiteral("[XxＸｘ×]{2}"));
    report.isTemplate = placeholder.match(report.unitName).hasMatch();

    report.year = title.year;
    if (report.year == 0)
        report.year = mostFrequentYear(captions);
    if (report.year == 0) {
        static const QRegularExpression fiscalYear(QStringLiteral("(20\\d\\d)年度"));
        QHash<int, int> years;
        for (auto it = fiscalYear.globalMatch(all); it.hasNext();)
            ++years[it.next().capturedView(1).toInt()];
        report.year = mostFrequent(years);
    }

    // Type and scope as the report names itself: the cover, else its headings
    // and tables' titles, else its opening text.
    report.type = title.type;
    report.scope = title.scope;
    const QStringList named = headings + captions + QStringList{all.left(openingLength)};
    if (report.type == model::ReportType::Unknown) {
        qsizetype finals = 0, budgets = 0;
        static const QRegularExpression numberedBudgetTable(QStringLiteral("预算\\d+表"));
        for (const QString &place : named) {
            finals += place.count(u"决算");
            budgets += place.count(u"预算表") + place.count(u"部门预算") +
                       place.count(u"单位预算") + place.count(numberedBudgetTable);
        }
        if (finals > 0 || budgets > 0)
            report.type =
                finals >= budgets ? model::ReportType::FinalAccount : model::ReportType::Budget;
    }
    if (report.scope == model::ReportScope::Unknown) {
        qsizetype department = 0, unit = 0;
        static const QRegularExpression departmentWords(
            QStringLiteral("部门(?:决算|预算|整体|名称)"));
        static const QRegularExpression unitWords(QStringLiteral("单位(?:决算|预算|名称)"));
        for (const QString &place : named) {
            department += place.count(departmentWords);
            unit += place.count(unitWords);
        }
        if (department > 0 || unit > 0)
            report.scope =
                unit > department ? model::ReportScope::Unit : model::ReportScope::Department;
    }
}

void identifyMoneyUnit(model::Report &report) {
    QHash<int, int> units;
    for (const model::Figure &figure : std::as_const(report.figures))
        if (figure.quantity.kind() == model::QuantityKind::Money &&
            figure.quantity.unit() != model::MoneyUnit::None)
            ++units[int(figure.quantity.unit())];
    // A report without amounts (a blank template) by what its tables say.
    if (units.isEmpty())
        for (const model::ReportTable &table : std::as_const(report.tables))
            if (table.unit != model::MoneyUnit::None)
                ++units[int(table.unit)];
    if (!units.isEmpty())
        report.moneyUnit = model::MoneyUnit(mostFrequent(units));
}

} // namespace juesuan::extract
