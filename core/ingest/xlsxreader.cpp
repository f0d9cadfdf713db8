#include "core/ingest/docxcharts.h"
#include "core/ingest/officereader.h"
#include "core/ingest/sourcewriter.h"
#include "core/ingest/timelimit.h"
#include "core/ingest/xlsxparts.h"

#include <QCoreApplication>

namespace juesuan::ingest {
ReadResult readXlsxSource(const QString &path, ZipArchive &archive, const ReadOptions &) {
    QString error;
    const auto workbook = archive.read(QStringLiteral("xl/workbook.xml"), &error);
    const auto rels = archive.readIfPresent(QStringLiteral("xl/_rels/workbook.xml.rels"), &error);
    const auto strings = archive.readIfPresent(QStringLiteral("xl/sharedStrings.xml"), &error);
    const auto styles = archive.readIfPresent(QStringLiteral("xl/styles.xml"), &error);
    if (!workbook || !rels || !strings || !styles)
        return ReadResult::failure(error);
    QHash<QString, QString> relationships;
    if (!rels->isEmpty()) {
        relationships = parseRelationships(*rels, QStringLiteral("xl/"), &error);
        if (!error.isEmpty())
            return ReadResult::failure(error);
    }
    const auto sheets = parseXlsxWorkbook(*workbook, relationships, &error);
    const auto shared = strings->isEmpty() ? QStringList() : parseSharedStrings(*strings, &error);
    const auto formats =
        styles->isEmpty() ? QList<XlsxNumberFormat>() : parseCellFormats(*styles, &error);
    if (!sheets || !shared || !formats)
        return ReadResult::failure(error);

    SourceDocument document;
    document.path = path;
    document.format = QStringLiteral("xlsx");
    SourceWriter writer(document);
    // A sheet that cannot be read (damaged, or past a bound) costs that sheet
    // alone: the others are read, and the warning says which one was not.
    QString firstSheetError;
    for (const XlsxSheetRef &sheet : *sheets) {
        if (sheet.part.isEmpty() || !archive.contains(sheet.part))
            continue; // chart sheets and dangling references hold no table
        const auto bytes = archive.read(sheet.part, &error);
        const auto table =
            bytes ? parseWorksheet(*bytes, sheet.part, sheet.name, *shared, *formats, &error)
                  : std::nullopt;
        if (!table && FileDeadline::passed())
            return ReadResult::failure(error); // the file's time is up, not the sheet's
        if (!table) {
            document.warnings.append(
                QCoreApplication::translate("Reader", "sheet \u201c%1\u201d was not read: %2")
                    .arg(sheet.name, error));
            if (firstSheetError.isEmpty())
                firstSheetError = error;
            continue;
        }
        appendSheet(writer, document, *table, sheet.name);
    }
    if (document.text.trimmed().isEmpty())
        return ReadResult::failure(
            firstSheetError.isEmpty()
                ? QCoreApplication::translate("Reader", "the workbook has no sheet with text")
                : firstSheetError);
    return {std::move(document), {}};
}

} // namespace juesuan::ingest
