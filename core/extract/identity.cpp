#include "identity.h"

#include "text/normalizer.h"

#include <QHash>

namespace juesuan::extract {
namespace {

// The cover and table of contents come first; a report names its kind there.
constexpr qsizetype coverLength = 600;
constexpr qsizetype minimumNameLength = 4;
constexpr qsizetype maximumNameLength = 40;

bool isNameChar(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || u == u'（' || u == u'）';
}

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

    // One pass over every "20xx年度": the year is the most frequent one (a
    // mention of another year is just that), and the unit is the subject
    // written before it ("乌海市总工会（差额）2024年度收入…") or the title
    // after it ("2024年度乌海市总工会（差额）部门决算").
    QHash<int, int> years;
    QHash<QString, int> names;
    QHash<QString, qsizetype> firstAt;
    auto countName = [&](qsizetype begin, qsizetype end, int weight) {
        if (end - begin < minimumNameLength)
            return;
        const QString name = all.mid(begin, end - begin);
        names[name] += weight;
        if (!firstAt.contains(name))
            firstAt.insert(name, begin);
    };
    for (qsizetype at = all.indexOf(u"年度"); at >= 0; at = all.indexOf(u"年度", at + 2)) {
        if (at < 4 || all[at - 4] != u'2' || all[at - 3] != u'0' || !all[at - 2].isDigit() ||
            !all[at - 1].isDigit())
            continue;
        const qsizetype yearBegin = at - 4;
        ++years[QStringView(all).mid(yearBegin, 4).toInt()];

        // The subject: a run of name characters that starts a line or a clause.
        qsizetype nameEnd = yearBegin;
        if (QStringView(all).left(nameEnd).endsWith(u"截至"))
            nameEnd -= 2;
        qsizetype nameBegin = nameEnd;
        while (nameBegin > 0 && nameEnd - nameBegin < maximumNameLength &&
               isNameChar(all[nameBegin - 1]))
            --nameBegin;
        qsizetype before = nameBegin; // the name may follow markdown bold marks
        while (before > 0 && all[before - 1] == u'*')
            --before;
        if (before == 0 || QStringView(u"\n。：").contains(all[before - 1]))
            countName(nameBegin, nameEnd, 1);

        // The cover title: the name after the year, then 部门决算 / 单位决算.
        qsizetype titleEnd = at + 2;
        while (titleEnd < all.size() && titleEnd - at - 2 < maximumNameLength &&
               isNameChar(all[titleEnd]))
            ++titleEnd;
        qsizetype kindAt = titleEnd;
        if (kindAt < all.size() && all[kindAt] == u'\n')
            ++kindAt;
        const QStringView rest = QStringView(all).mid(kindAt, 4);
        if (rest == u"部门决算" || rest == u"单位决算")
            countName(at + 2, titleEnd, 3); // the cover title names the report itself
    }
    report.year = mostFrequent(years);
    report.unitName = mostFrequent(names);
    if (!report.unitName.isEmpty()) {
        const qsizetype at = firstAt.value(report.unitName);
        const auto [begin, end] = text.toOriginal(at, at + report.unitName.size());
        report.unitSpan = {begin, end, -1};
    }

    // The kind, as the report names itself in its cover and headings.
    qsizetype department = 0;
    qsizetype unit = 0;
    auto countKind = [&](QStringView where) {
        department += where.count(u"部门决算");
        unit += where.count(u"单位决算");
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
