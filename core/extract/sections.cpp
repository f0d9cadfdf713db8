#include "core/extract/sections.h"

#include "core/extract/patterntable.h"
#include "core/text/chinesenumerals.h"

#include <QRegularExpression>

namespace juesuan::extract {
namespace {

constexpr qsizetype maxHeadingLength = 48;
constexpr QStringView chineseDigits = u"零〇一二两三四五六七八九十百";

bool isNumeralChar(QChar c) {
    return chineseDigits.contains(c) || (c >= u'0' && c <= u'9');
}

// A line of the table of contents: its title, dot leaders, a page number
// ("四、财政拨款收入支出决算总表......8"). It names a section; it is not one.
bool isContentsEntry(QStringView line) {
    static const QRegularExpression pattern(QStringLiteral("[.．·…]{3,}\\s*\\d+\\s*$"));
    return pattern.match(line).hasMatch();
}

// Reads "第二部分 title", "五、title" or "（一）title" from a trimmed line.
bool parseHeading(QStringView line, SectionRange &heading) {
    if (line.isEmpty() || line.size() > maxHeadingLength || line.contains(u'。') ||
        line.contains(u'\t') || isContentsEntry(line))
        return false;
    qsizetype i = 0;
    int level = 1;
    if (line.startsWith(u"第")) {
        level = 0;
        i = 1;
    } else if (line.startsWith(u"（")) {
        level = 2;
        i = 1;
    }
    const qsizetype numberBegin = i;
    while (i < line.size() && isNumeralChar(line[i]))
        ++i;
    if (i == numberBegin || i >= line.size())
        return false;
    const QStringView number = line.mid(numberBegin, i - numberBegin);
    QStringView rest;
    if (level == 0 && line.mid(i).startsWith(u"部分"))
        rest = line.mid(i + 2);
    else if (level == 1 && line[i] == u'、' && !number.front().isDigit())
        rest = line.mid(i + 1);
    else if (level == 2 && line[i] == u'）')
        rest = line.mid(i + 1);
    else
        return false;
    heading.level = level;
    heading.number = number.toString();
    heading.value = text::parseChineseNumeral(number).value_or(0);
    heading.title = rest.trimmed().toString();
    return true;
}

// Reads a numbered item "1. …" / "1、…" (level 3): a paragraph that starts
// with an ASCII number, titled by its text up to the first 。 or ：.
bool parseItem(QStringView line, SectionRange &item) {
    qsizetype i = 0;
    while (i < line.size() && line[i].isDigit() && line[i].unicode() < 0x80)
        ++i;
    if (i == 0 || i > 2 || i + 1 >= line.size())
        return false;
    if (line[i] != u'.' && line[i] != u'、')
        return false;
    if (line[i + 1].isDigit())
        return false; // a decimal such as 22.81
    QStringView rest = line.mid(i + 1);
    const qsizetype stop = std::min(rest.indexOf(u'。') < 0 ? rest.size() : rest.indexOf(u'。'),
                                    rest.indexOf(u'：') < 0 ? rest.size() : rest.indexOf(u'：'));
    item.level = 3;
    item.number = line.left(i).toString();
    item.value = item.number.toInt();
    item.title = rest.left(std::min<qsizetype>(stop, maxHeadingLength)).trimmed().toString();
    return !item.title.isEmpty();
}

void titleFromNextLine(QStringView text, qsizetype lineEnd, SectionRange &heading) {
    qsizetype begin = lineEnd + 1;
    while (begin < text.size() && text[begin].isSpace())
        ++begin;
    qsizetype end = text.indexOf(u'\n', begin);
    if (end < 0)
        end = text.size();
    const QStringView next = text.mid(begin, end - begin).trimmed();
    SectionRange nested;
    if (next.isEmpty() || next.size() > maxHeadingLength || next.contains(u'。') ||
        parseHeading(next, nested))
        return;
    heading.title = next.toString();
    heading.headingEnd = begin + next.size();
}

} // namespace

QList<SectionRange> findSections(QStringView text, const PatternTable &patterns) {
    QList<SectionRange> headings;
    qsizetype lineBegin = 0;
    while (lineBegin < text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineBegin);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView raw = text.mid(lineBegin, lineEnd - lineBegin);
        const QStringView line = raw.trimmed();
        const QChar first = line.isEmpty() ? QChar() : line.front();
        SectionRange heading;
        const bool found = ((first == u'第' || first == u'（' || chineseDigits.contains(first)) &&
                            parseHeading(line, heading)) ||
                           (first.isDigit() && !line.contains(u'\t') && parseItem(line, heading));
        if (found) {
            heading.headingBegin = lineBegin + (line.data() - raw.data());
            heading.headingEnd = heading.headingBegin + line.size();
            // A part number alone on its line ("第三部分") is titled by the next line.
            if (heading.level == 0 && heading.title.isEmpty())
                titleFromNextLine(text, lineEnd, heading);
            if (heading.level == 1)
                heading.key = patterns.sectionKeyFor(heading.title);
            headings.append(std::move(heading));
        }
        lineBegin = lineEnd + 1;
    }
    // Each heading governs the text up to the next heading of its level or above.
    for (qsizetype i = 0; i < headings.size(); ++i) {
        headings[i].end = text.size();
        for (qsizetype j = i + 1; j < headings.size(); ++j) {
            if (headings[j].level <= headings[i].level) {
                headings[i].end = headings[j].headingBegin;
                break;
            }
        }
    }
    // A section that names no kind may hold its kinds one level down
    // ("三、决算报表说明" / "（三）高等学校支出决算表说明"): they are keyed then.
    bool parentKeyed = false;
    for (SectionRange &heading : headings) {
        if (heading.level <= 1)
            parentKeyed = heading.level == 1 && !heading.key.isEmpty();
        else if (heading.level == 2 && !parentKeyed)
            heading.key = patterns.sectionKeyFor(heading.title);
    }
    // Ids are paths of numbers through the enclosing headings.
    // (an item outside any （一） heading has 0 in that place: "2/1/0/3").
    int path[4] = {0, 0, 0, 0};
    for (SectionRange &heading : headings) {
        path[heading.level] = heading.value;
        for (int deeper = heading.level + 1; deeper < 4; ++deeper)
            path[deeper] = 0;
        QStringList parts;
        for (int level = 0; level <= heading.level; ++level)
            parts.append(QString::number(path[level]));
        heading.id = parts.join(u'/');
    }
    return headings;
}

QList<SectionRange> narrativeSections(const QList<SectionRange> &all) {
    // The longest part whose title announces the narrative (决算情况说明).
    const SectionRange *narrative = nullptr;
    for (const SectionRange &heading : all) {
        if (heading.level == 0 && heading.title.contains(u"情况说明") &&
            (!narrative ||
             heading.end - heading.headingBegin > narrative->end - narrative->headingBegin))
            narrative = &heading;
    }
    QList<SectionRange> result;
    for (const SectionRange &heading : all) {
        if (heading.level == 0)
            continue;
        if (narrative &&
            (heading.headingBegin < narrative->headingBegin || heading.end > narrative->end))
            continue;
        result.append(heading);
    }
    return result;
}

} // namespace juesuan::extract
