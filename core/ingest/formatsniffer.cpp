#include "formatsniffer.h"

#include <QFileInfo>

namespace juesuan::ingest {
namespace {

// The PDF specification lets a file start with up to 1024 bytes of junk.
constexpr qsizetype pdfSignatureWindow = 1024;
constexpr qsizetype htmlSniffWindow = 2048;

bool startsWith(const QByteArray &bytes, const char *signature, qsizetype length) {
    return bytes.size() >= length && std::equal(signature, signature + length, bytes.constData());
}

// Web systems export "Excel" files that are HTML tables; they may start with
// a BOM, blank lines, an XML declaration or comments before the first tag.
bool looksLikeHtml(const QByteArray &bytes) {
    const QByteArray head = bytes.left(htmlSniffWindow).toLower();
    for (const char *tag :
         {"<html", "<!doctype html", "<table", "<head", "<body", "<meta", "<title", "<div"}) {
        const qsizetype at = head.indexOf(tag);
        if (at < 0)
            continue;
        // Only markup may come before the tag: no prose that merely mentions it.
        const QByteArray before = head.left(at).trimmed();
        if (before.isEmpty() || before.startsWith("\xef\xbb\xbf") || before.startsWith('<'))
            return true;
    }
    return false;
}

// A page may open with text before its first tag; its name still says HTML.
bool isHtmlName(const QString &fileName) {
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"html" || suffix == u"htm";
}

QString expectedFromExtension(const QString &fileName) {
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"pdf")
        return QStringLiteral("PDF");
    if (suffix == u"docx")
        return QStringLiteral("DOCX");
    if (suffix == u"xlsx")
        return QStringLiteral("XLSX");
    if (suffix == u"xls")
        return QStringLiteral("XLS");
    if (suffix == u"doc")
        return QStringLiteral("DOC");
    return {};
}

} // namespace

SniffResult sniffFormat(const QByteArray &bytes, const QString &fileName) {
    if (bytes.left(pdfSignatureWindow).contains("%PDF-"))
        return {SourceFormat::Pdf, {}};
    if (startsWith(bytes, "PK\x03\x04", 4) || startsWith(bytes, "PK\x05\x06", 4))
        return {SourceFormat::Zip, {}};
    if (startsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return {SourceFormat::Ole, {}};
    if (looksLikeHtml(bytes) || isHtmlName(fileName))
        return {SourceFormat::Html, {}};
    const QString expected = expectedFromExtension(fileName);
    if (!expected.isEmpty())
        return {SourceFormat::Unsupported, expected};
    return {SourceFormat::Text, {}};
}

const QStringList &reportSuffixes() {
    static const QStringList suffixes{QStringLiteral("pdf"),  QStringLiteral("docx"),
                                      QStringLiteral("xlsx"), QStringLiteral("xls"),
                                      QStringLiteral("html"), QStringLiteral("htm"),
                                      QStringLiteral("txt")};
    return suffixes;
}

SourceFormat classifyZip(const QStringList &entryNames) {
    if (entryNames.contains(u"word/document.xml"))
        return SourceFormat::Docx;
    if (entryNames.contains(u"xl/workbook.xml"))
        return SourceFormat::Xlsx;
    return SourceFormat::Zip;
}

} // namespace juesuan::ingest
