#include "core/ingest/docxnumbering.h"

#include "core/ingest/xmlsafety.h"

#include <QXmlStreamReader>
#include <algorithm>
#include <memory>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

namespace juesuan::ingest {
namespace {

int intAttribute(const QXmlStreamReader &xml, QStringView name, int fallback = 0) {
    for (const QXmlStreamAttribute &attribute : xml.attributes()) {
        bool ok = false;
        const int value = attribute.value().toInt(&ok);
        if (attribute.name() == name && ok)
            return value;
    }
    return fallback;
}

// Word lets a list start at 0 to 32767. A label is as long as its number
// (a letter label repeats its letter once per 26: a list starting at two
// billion made labels of 77 million letters, gigabytes in all), and a
// counter counting on from a huge start overflows; so the start is clamped.
constexpr int maxListStart = 32767;

int startValue(const QXmlStreamReader &xml) {
    return std::clamp(intAttribute(xml, u"val", 1), 0, maxListStart);
}

QString chineseNumber(int value) {
    // ICU's Chinese spell-out: 10 → 十, 13 → 十三, 21 → 二十一.
    thread_local std::unique_ptr<icu::RuleBasedNumberFormat> format = [] {
        UErrorCode status = U_ZERO_ERROR;
        auto created = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT,
                                                                    icu::Locale("zh"), status);
        return U_SUCCESS(status) ? std::move(created) : nullptr;
    }();
    if (!format)
        return QString::number(value);
    icu::UnicodeString text;
    format->format(int32_t(value), text);
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

QString roman(int value) {
    static const std::pair<int, const char16_t *> parts[] = {
        {1000, u"M"}, {900, u"CM"}, {500, u"D"}, {400, u"CD"}, {100, u"C"}, {90, u"XC"}, {50, u"L"},
        {40, u"XL"},  {10, u"X"},   {9, u"IX"},  {5, u"V"},    {4, u"IV"},  {1, u"I"}};
    QString text;
    for (const auto &[unit, letters] : parts)
        for (; value >= unit; value -= unit)
            text += QString::fromUtf16(letters);
    return text;
}

} // namespace

QString formatListNumber(int value, const QString &format) {
    if (format == u"chineseCounting" || format == u"chineseCountingThousand" ||
        format == u"chineseLegalSimplified" || format == u"ideographTraditional" ||
        format == u"japaneseCounting" || format == u"taiwaneseCounting")
        return chineseNumber(value);
    if (format == u"upperLetter" || format == u"lowerLetter") {
        const QChar letter(char16_t((format == u"upperLetter" ? u'A' : u'a') + (value - 1) % 26));
        return QString(1 + (value - 1) / 26, letter);
    }
    if (format == u"upperRoman")
        return roman(value);
    if (format == u"lowerRoman")
        return roman(value).toLower();
    if (format == u"decimalEnclosedCircle" || format == u"decimalEnclosedCircleChinese")
        return value >= 1 && value <= 20 ? QString(QChar(char16_t(0x2460 + value - 1)))
                                         : QString::number(value);
    if (format == u"decimalZero")
        return QString::number(value).rightJustified(2, u'0');
    return QString::number(value);
}

bool DocxNumbering::load(const QByteArray &numberingXml, const QByteArray &stylesXml,
                         QString *error) {
    if (!numberingXml.isEmpty()) {
        if (!isSafeXml(numberingXml, QStringLiteral("word/numbering.xml"), error))
            return false;
        QXmlStreamReader xml(numberingXml);
        int abstractId = -1, numId = -1, levelIndex = -1, overrideLevel = -1;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!checkXmlReader(xml, QStringLiteral("word/numbering.xml"), error))
                return false;
            if (!xml.isStartElement())
                continue;
            const QStringView name = xml.name();
            if (name == u"abstractNum") {
                abstractId = intAttribute(xml, u"abstractNumId", -1);
                numId = -1;
            } else if (name == u"num") {
                numId = intAttribute(xml, u"numId", -1);
                abstractId = -1;
            } else if (name == u"abstractNumId" && numId >= 0) {
                m_numToAbstract.insert(numId, intAttribute(xml, u"val", -1));
            } else if (name == u"lvl" && abstractId >= 0) {
                levelIndex = intAttribute(xml, u"ilvl");
                m_abstract[abstractId][levelIndex] = Level();
            } else if (name == u"lvlOverride" && numId >= 0) {
                overrideLevel = intAttribute(xml, u"ilvl");
            } else if (name == u"startOverride" && numId >= 0 && overrideLevel >= 0) {
                m_startOverrides[numId][overrideLevel] = startValue(xml);
            } else if (abstractId >= 0 && levelIndex >= 0) {
                Level &level = m_abstract[abstractId][levelIndex];
                if (name == u"start")
                    level.start = startValue(xml);
                else if (name == u"numFmt")
                    level.format = xmlAttribute(xml, u"val");
                else if (name == u"lvlText")
                    level.text = xmlAttribute(xml, u"val");
            }
        }
    }
    if (!stylesXml.isEmpty()) {
        if (!isSafeXml(stylesXml, QStringLiteral("word/styles.xml"), error))
            return false;
        QXmlStreamReader xml(stylesXml);
        QString styleId;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!checkXmlReader(xml, QStringLiteral("word/styles.xml"), error))
                return false;
            if (!xml.isStartElement())
                continue;
            const QStringView name = xml.name();
            if (name == u"style")
                styleId = xmlAttribute(xml, u"styleId");
            else if (styleId.isEmpty())
                continue;
            else if (name == u"basedOn")
                m_styles[styleId].basedOn = xmlAttribute(xml, u"val");
            else if (name == u"numId")
                m_styles[styleId].numId = intAttribute(xml, u"val");
            else if (name == u"ilvl")
                m_styles[styleId].level = intAttribute(xml, u"val");
        }
    }
    return true;
}

std::pair<int, int> DocxNumbering::styleNumbering(const QString &styleId) const {
    QString id = styleId;
    for (int depth = 0; depth < 16 && !id.isEmpty(); ++depth) {
        const auto it = m_styles.constFind(id);
        if (it == m_styles.cend())
            break;
        if (it->numId != 0)
            return {it->numId, it->level};
        id = it->basedOn;
    }
    return {0, 0};
}

QString DocxNumbering::next(int numId, int level) {
    const auto abstract = m_abstract.constFind(m_numToAbstract.value(numId, -1));
    if (numId == 0 || abstract == m_abstract.cend() || level < 0 || level > 8)
        return {};
    const auto startOf = [&](int l) {
        return m_startOverrides.value(numId).value(l, abstract->value(l).start);
    };
    QList<int> &counters = m_counters[numId];
    if (counters.isEmpty())
        for (int l = 0; l < 9; ++l)
            counters.append(startOf(l) - 1);
    ++counters[level];
    for (int l = level + 1; l < 9; ++l)
        counters[l] = startOf(l) - 1;
    const Level format = abstract->value(level);
    if (format.format == u"bullet" || format.format == u"none")
        return {};
    QString label = format.text;
    for (int l = 0; l <= level; ++l)
        label.replace(
            u'%' + QString::number(l + 1),
            formatListNumber(std::max(counters[l], startOf(l)), abstract->value(l).format));
    return label;
}

} // namespace juesuan::ingest
