#include "core/ingest/pdfreader.h"

#include "core/ingest/pdfalignedtables.h"
#include "core/ingest/pdfruledtables.h"
#include "core/ingest/pdftextbuilder.h"
#include "core/ingest/pdfwords.h"

#include <algorithm>

namespace juesuan::ingest {

ReadResult readPdfSource(const QString &path, const QByteArray &bytes, const ReadOptions &options) {
    QList<PdfPage> pages;
    QStringList warnings;
    QString error;
    if (!loadPdfPages(bytes, &pages, &warnings, &error, options.maxReadTime))
        return ReadResult::failure(error);
    PdfPageLines lines;
    for (int p = 0; p < pages.size(); ++p)
        lines.append(buildLines(pages[p], p));
    markRunningLines(pages, lines);

    // Ruling lines say where cells are when a page draws them; word
    // alignment rebuilds the tables printed without them.
    QList<PdfTable> tables = findRuledTables(pages, lines);
    tables.append(findAlignedTables(pages, lines, tables));
    std::stable_sort(tables.begin(), tables.end(), [](const PdfTable &a, const PdfTable &b) {
        return a.rowPages.value(0) < b.rowPages.value(0);
    });

    SourceDocument document;
    document.path = path;
    document.format = QStringLiteral("pdf");
    document.bytes = bytes; // shared, not copied
    PdfTextBuilder(pages, lines, tables, document).build();
    document.warnings = std::move(warnings);
    return {std::move(document), {}};
}

} // namespace juesuan::ingest
