#include "core/ingest/docxcharts.h"
#include "core/ingest/officereader.h"
#include "core/ingest/sourcewriter.h"
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
    for (const XlsxSheetRef &sheet : *sheets) {
        if (sheet.part.isEmpty() || !archive.contains(sheet.part))
            continue; // chart sheets and dangling references hold no table
        const auto bytes = archive.read(sheet.part, &error);
        if (!bytes)
            return ReadResult::failure(error);
        const auto table =
            parseWorksheet(*bytes, sheet.part, sheet.name, *shared, *formats, &error);
        if (!table)
            return ReadResult::failure(error);
        appendSheet(writer, document, *table, sheet.name);
    }
    if (document.text.trimmed().isEmpty())
        return ReadResult::failure(
            QCoreApplication::translate("Reader", "the workbook has no sheet with text"));
    return {std::move(document), {}};
}

} // namespace juesuan::ingest
