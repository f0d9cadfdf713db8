#include "pdfreader.h"

#include "pdftextbuilder.h"
#include "pdfwords.h"

namespace juesuan::ingest {

ReadResult readPdfSource(const QString &path, const QByteArray &bytes, const ReadOptions &) {
    QList<PdfPage> pages;
    QString error;
    if (!loadPdfPages(bytes, &pages, &error))
        return ReadResult::failure(error);
    PdfPageLines lines;
    for (int p = 0; p < pages.size(); ++p)
        lines.append(buildLines(pages[p], p));

    QList<PdfTable> tables;
    for (const PdfTableRegion &region : findTableRegions(pages, lines)) {
        PdfTable table{region, PdfColumnModel::build(pages, lines, region), {}};
        table.rows = buildTableRows(pages, lines, region, table.columns);
        tables.append(std::move(table));
    }

    SourceDocument document;
    document.path = path;
    document.format = QStringLiteral("pdf");
    PdfTextBuilder(pages, lines, tables, document).build();
    return {std::move(document), {}};
}

} // namespace juesuan::ingest
