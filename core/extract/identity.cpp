#include "identity.h"

#include "text/normalizer.h"

#include <QHash>
#include <QRegularExpression>

namespace juesuan::extract {
namespace {

// The cover and table of contents come first; a report names its kind there.
constexpr qsizetype coverLength = 600;

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

} // namespace

void identifyReport(const text::NormalizedText &text, model::Report &report) {
    const QString &all = text.text();

    // The year: "2024年度" counted; a mention of another year is just that.
    static const QRegularExpression yearPattern(QStringLiteral("(20\\d\\d)年度"));
    QHash<int, int> years;
    for (auto it = yearPattern.globalMatch(all); it.hasNext();)
        ++years[it.next().captured(1).toInt()];
    report.year = mostFrequent(years);

    // The unit: the subject of sentences such as "乌海市总工会（差额）2024年度收入…",
    // or the cover title "2024年度乌海市总工会（差额）部门决算".
    static const QRegularExpression subjectPattern(
        QStringLiteral("(?:^|[\\n。：])\\**(?<name>[\\p{Han}（）()]{4,40}?)(?:截至)?20\\d\\d年度"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression titlePattern(
        QStringLiteral("20\\d\\d年度(?<name>[\\p{Han}（）]{4,40}?)\\n?(?:部门|单位)决算"),
        QRegularExpression::UseUnicodePropertiesOption);
    QHash<QString, int> names;
    QHash<QString, qsizetype> firstAt;
    auto count = [&](const QRegularExpression &pattern, int weight) {
        for (auto it = pattern.globalMatch(all); it.hasNext();) {
            const auto match = it.next();
            const QString name = match.captured(u"name");
            names[name] += weight;
            if (!firstAt.contains(name))
                firstAt.insert(name, match.capturedStart(u"name"));
        }
    };
    count(subjectPattern, 1);
    count(titlePattern, 3); // the cover title names the report itself
    report.unitName = mostFrequent(names);
    if (!report.unitName.isEmpty()) {
        const qsizetype at = firstAt.value(report.unitName);
        const auto [begin, end] = text.toOriginal(at, at + report.unitName.size());
        report.unitSpan = {begin, end, -1};
    }

    // The kind, as the report names itself in its cover and headings.
    qsizetype department = 0;
    qsizetype unit = 0;
    auto countKind = [&](QStringView text) {
        department += text.count(u"部门决算");
        unit += text.count(u"单位决算");
    };
    for (const model::Section &section : std::as_const(report.sections))
        countKind(section.title);
    countKind(QStringView(all).left(coverLength));
    if (department > 0 || unit > 0)
        report.kind = unit > department ? model::ReportKind::Unit : model::ReportKind::Department;

    // The money unit most amounts are printed in.
    QHash<int, int> units;
    for (const model::Figure &figure : std::as_const(report.figures))
        if (figure.quantity.kind() == model::QuantityKind::Money)
            ++units[int(figure.quantity.unit())];
    if (!units.isEmpty())
        report.moneyUnit = model::MoneyUnit(mostFrequent(units));
}

} // namespace juesuan::extract
