#include "core/ingest/xlsxparts.h"

#include "core/ingest/sheetvalues.h"
#include "core/ingest/xmlsafety.h"
#include "core/model/decimal.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <algorithm>

namespace juesuan::ingest {
namespace {

// The last column and row of a sheet (XFD1048576).
constexpr int maxColumn = 16384;
constexpr int maxRow = 1048576;

// "AB12" → (column 27, row 11), zero-based; nullopt when malformed. Reading
// stops past the largest column and row, before the number could overflow.
std::optional<QPoint> cellPosition(QStringView reference) {
    int column = 0, row = 0;
    qsizetype i = 0;
    for (; i < reference.size() && column <= maxColumn; ++i) {
        const char16_t c = QChar::toUpper(reference[i].unicode());
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
    }
    for (; i < reference.size() && row <= maxRow; ++i) {
        const char16_t c = reference[i].unicode();
        if (c < u'0' || c > u'9')
            break;
        row = row * 10 + (c - u'0');
    }
    if (i != reference.size() || column == 0 || row == 0 || column > maxColumn || row > maxRow)
        return std::nullopt;
    return QPoint(column - 1, row - 1);
}

// Decimals a number format prints: "#,##0.00" → 2, "0%" → 0 (percent).
XlsxNumberFormat formatOf(const QString &code) {
    XlsxNumberFormat format;
    // Only the positive section counts; quoted text and colours are not digits.
    QString section = code.section(u';', 0, 0);
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\."));
    section.remove(quoted);
    if (section.isEmpty() || section.compare(u"General", Qt::CaseInsensitive) == 0)
        return format;
    format.percent = section.contains(u'%');
    const qsizetype point = section.indexOf(u'.');
    format.decimals = 0;
    if (point >= 0)
        for (qsizetype i = point + 1;
             i < section.size() && (section[i] == u'0' || section[i] == u'#'); ++i)
            ++format.decimals;
    return format;
}

XlsxNumberFormat builtinFormat(int id) {
    switch (id) {
    case 1:
    case 3:
        return {0, false};
    case 2:
    case 4:
        return {2, false};
    case 9:
        return {0, true};
    case 10:
        return {2, true};
    default:
        return {};
    }
}

template <typename Handler>
bool readXml(const QByteArray &bytes, const QString &partName, QString *error, Handler handler) {
    if (!isSafeXml(bytes, partName, error))
        return false;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!checkXmlReader(xml, partName, error))
            return false;
        if (xml.isStartElement())
            handler(xml);
        if (!checkXmlReader(xml, partName, error))
            return false;
    }
    return true;
}

} // namespace

QString displayNumber(const QString &stored, int decimals, bool percent) {
    // Split the exponent off and apply it to the digits exactly.
    QString mantissa = stored.trimmed();
    qint64 exponent = 0; // in 64 bits: std::abs of the smallest int is undefined
    if (const qsizetype e = mantissa.indexOf(u'E', 0, Qt::CaseInsensitive); e >= 0) {
        exponent = mantissa.mid(e + 1).toLongLong();
        mantissa.truncate(e);
    }
    // Digits past the 12th decimal are the binary noise of a double
    // ("2940.0500000000002"), far below any printed precision.
    if (const qsizetype point = mantissa.indexOf(u'.'); point >= 0)
        mantissa.truncate(std::min(mantissa.size(), point + 1 + model::Decimal::maxScale));
    auto value = model::Decimal::parse(mantissa);
    if (!value || exponent < -20 || exponent > 20)
        return stored;
    model::Decimal number = value->shifted(int(exponent) + (percent ? 2 : 0));
    if (decimals >= 0) {
        number = number.withScale(decimals);
    } else {
        // General: at most 15 significant digits, as Excel shows, then no trailing zeros.
        number = number.withScale(std::min(number.scale(), 10));
        QString text = number.toString();
        if (text.contains(u'.')) {
            while (text.endsWith(u'0'))
                text.chop(1);
            if (text.endsWith(u'.'))
                text.chop(1);
        }
        return percent ? text + u'%' : text;
    }
    return percent ? number.toString() + u'%' : number.toString();
}

std::optional<QList<XlsxSheetRef>> parseXlsxWorkbook(const QByteArray &workbook,
                                                     const QHash<QString, QString> &relationships,
                                                     QString *error) {
    QList<XlsxSheetRef> sheets;
    const bool ok =
        readXml(workbook, QStringLiteral("xl/workbook.xml"), error, [&](QXmlStreamReader &xml) {
            if (xml.name() == u"sheet")
                sheets.append(
                    {xmlAttribute(xml, u"name"), relationships.value(xmlAttribute(xml, u"id"))});
        });
    if (!ok)
        return std::nullopt;
    return sheets;
}

std::optional<QStringList> parseSharedStrings(const QByteArray &bytes, QString *error) {
    QStringList strings;
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    if (!isSafeXml(bytes, part, error))
        return std::nullopt;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!checkXmlReader(xml, part, error))
            return std::nullopt;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"si") {
            strings.append(QString());
        } else if (xml.name() == u"rPh") {
            xml.skipCurrentElement(); // phonetic guides are not cell text
        } else if (xml.name() == u"t" && !strings.isEmpty()) {
            strings.last() += xml.readElementText();
        }
    }
    return strings;
}

std::optional<QList<XlsxNumberFormat>> parseCellFormats(const QByteArray &bytes, QString *error) {
    QHash<int, XlsxNumberFormat> custom;
    QList<XlsxNumberFormat> formats;
    bool inCellXfs = false;
    const bool ok =
        readXml(bytes, QStringLiteral("xl/styles.xml"), error, [&](QXmlStreamReader &xml) {
            const QStringView name = xml.name();
            if (name == u"numFmt")
                custom.insert(xmlAttribute(xml, u"numFmtId").toInt(),
                              formatOf(xmlAttribute(xml, u"formatCode")));
            else if (name == u"cellXfs")
                inCellXfs = true;
            else if (name == u"cellStyleXfs" || name == u"dxfs")
                inCellXfs = false;
            else if (name == u"xf" && inCellXfs) {
                const int id = xmlAttribute(xml, u"numFmtId").toInt();
                formats.append(custom.value(id, builtinFormat(id)));
            }
        });
    if (!ok)
        return std::nullopt;
    return formats;
}

std::optional<OfficeTable> parseWorksheet(const QByteArray &bytes, const QString &partName,
                                          const QString &sheetName,
                                          const QStringList &sharedStrings,
                                          const QList<XlsxNumberFormat> &formats, QString *error) {
    SheetValues values(sheetName);
    QPoint current(-1, -1);
    QString type;
    int style = 0;
    int nextColumn = 0, row = -1;
    bool full = false;
    const bool ok = readXml(bytes, partName, error, [&](QXmlStreamReader &xml) {
        const QStringView name = xml.name();
        if (name == u"row") {
            // Clamped to the sheet: counting on from a huge r would overflow.
            const QString r = xmlAttribute(xml, u"r");
            row = int(std::clamp<qint64>(r.isEmpty() ? row + 1 : r.toLongLong() - 1, -1, maxRow));
            nextColumn = 0;
        } else if (name == u"c") {
            const auto at = cellPosition(xmlAttribute(xml, u"r"));
            current = at ? *at : QPoint(nextColumn, row);
            nextColumn = current.x() + 1;
            type = xmlAttribute(xml, u"t");
            style = xmlAttribute(xml, u"s").toInt();
        } else if ((name == u"v" || name == u"t") && current.x() >= 0 && !full) {
            const QString raw = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            QString text = raw;
            if (type == u"s")
                text = sharedStrings.value(raw.toInt());
            else if (type == u"b")
                text = raw == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            else if (type.isEmpty() || type == u"n") {
                const XlsxNumberFormat format = formats.value(style);
                text = displayNumber(raw, format.decimals, format.percent);
            }
            full = !values.add(current.y(), current.x(), text, error);
        } else if (name == u"mergeCell") {
            const QStringList corners = xmlAttribute(xml, u"ref").split(u':');
            const auto from = cellPosition(corners.value(0));
            const auto to = cellPosition(corners.value(1, corners.value(0)));
            if (from && to)
                values.addMerge(QRect(*from, *to).normalized());
        }
    });
    if (!ok || full)
        return std::nullopt;
    return values.table(true, error);
}

} // namespace juesuan::ingest
