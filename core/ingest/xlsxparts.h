#pragma once

#include "core/ingest/officegrid.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace juesuan::ingest {

struct XlsxSheetRef {
    QString name;
    QString part; // "xl/worksheets/sheet1.xml"
};

// The sheets of xl/workbook.xml in workbook order, with their parts.
std::optional<QList<XlsxSheetRef>> parseXlsxWorkbook(const QByteArray &workbook,
                                                     const QHash<QString, QString> &relationships,
                                                     QString *error);
// xl/sharedStrings.xml: each string item, rich runs joined.
std::optional<QStringList> parseSharedStrings(const QByteArray &xml, QString *error);
// xl/styles.xml: for each cell style (cellXfs index), how many decimals its
// number format prints (-1: General, print as stored) and whether it is a percentage.
struct XlsxNumberFormat {
    int decimals = -1;
    bool percent = false;
};
std::optional<QList<XlsxNumberFormat>> parseCellFormats(const QByteArray &xml, QString *error);

// A worksheet as a table: values as the sheet displays them (numbers to the
// decimals of their format, exactly, from the stored digits), merged cells
// recorded as origins, trimmed to the cells that hold values (see SheetValues).
std::optional<OfficeTable> parseWorksheet(const QByteArray &xml, const QString &partName,
                                          const QString &sheetName,
                                          const QStringList &sharedStrings,
                                          const QList<XlsxNumberFormat> &formats, QString *error);

// The stored digits of a number ("2940.0500000000002", "1.5E-2") printed with
// `decimals` digits after the point, rounded half away from zero without
// passing through binary floating point; -1 keeps the shortest form.
QString displayNumber(const QString &stored, int decimals, bool percent);

} // namespace juesuan::ingest
