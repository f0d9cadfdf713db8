#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace juesuan::ingest {

// What a file really is, judged by its first bytes, then by its name.
enum class SourceFormat {
    Text,
    Pdf,
    Zip, // a zip archive: DOCX, XLSX or something else (see classifyZip)
    Docx,
    Xlsx,
    Ole,         // an OLE compound file: .xls, or a .doc / .ppt that is refused
    Html,        // a web page (also when web systems save one under a .xls name)
    Unsupported, // named like a binary format but carrying none of its signatures
};

struct SniffResult {
    SourceFormat format = SourceFormat::Text;
    QString expected; // for Unsupported: the format the name promised ("PDF", "DOCX" …)
};

// Reads the signature first (%PDF, PK zip, the OLE header, an HTML start tag)
// so that a mislabelled file is still read; the extension decides only when
// the content has no signature, so that a damaged .pdf is refused as a PDF
// instead of being decoded as text, and a .html page is parsed as HTML.
SniffResult sniffFormat(const QByteArray &bytes, const QString &fileName);

// The file name suffixes of the formats above, lower case: what a folder is
// scanned for and what the open dialog offers.
const QStringList &reportSuffixes();

// A zip is a DOCX when it holds word/document.xml, an XLSX when it holds
// xl/workbook.xml; anything else stays Zip.
SourceFormat classifyZip(const QStringList &entryNames);

} // namespace juesuan::ingest
