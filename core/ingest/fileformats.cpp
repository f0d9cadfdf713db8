#include "core/ingest/fileformats.h"

#include "core/ingest/htmlreader.h"
#include "core/ingest/officereader.h"
#include "core/ingest/pdfreader.h"
#include "core/ingest/textreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

namespace juesuan::ingest {
namespace {

// The PDF specification lets a file start with up to 1024 bytes of junk.
constexpr qsizetype pdfSignatureWindow = 1024;
constexpr qsizetype htmlSniffWindow = 2048;

bool startsWith(const QByteArray &bytes, const char *signature, qsizetype length) {
    return bytes.size() >= length && std::equal(signature, signature + length, bytes.constData());
}

bool isPdf(const QByteArray &head) {
    return head.left(pdfSignatureWindow).contains("%PDF-");
}

// DOCX and XLSX are both zip archives; the office reader tells them apart
// by the parts inside.
bool isZip(const QByteArray &head) {
    return startsWith(head, "PK\x03\x04", 4) || startsWith(head, "PK\x05\x06", 4);
}

// The OLE compound file of Office 97-2003 (.xls, and .doc which the XLS
// reader recognises and refuses).
bool isOle(const QByteArray &head) {
    return startsWith(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

// Web systems export "Excel" files that are HTML tables; they may start with
// a BOM, blank lines, an XML declaration or comments before the first tag.
bool isHtml(const QByteArray &bytes) {
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

const FileFormat &textFormat() {
    return fileFormats().last();
}

} // namespace

const QList<FileFormat> &fileFormats() {
    static const QList<FileFormat> formats{
        {QStringLiteral("pdf"), "PDF", {QStringLiteral("pdf")}, isPdf, true, readPdfSource},
        {QStringLiteral("docx"),
         "DOCX",
         {QStringLiteral("docx")},
         isZip,
         true,
         readOfficeZipSource},
        {QStringLiteral("xlsx"),
         "XLSX",
         {QStringLiteral("xlsx")},
         isZip,
         true,
         readOfficeZipSource},
        {QStringLiteral("xls"), "XLS", {QStringLiteral("xls")}, isOle, true, readXlsSource},
        {QStringLiteral("doc"),
         "DOC",
         {QStringLiteral("doc")},
         nullptr,
         true,
         nullptr,
         QT_TRANSLATE_NOOP("juesuan::ingest",
                           "a Word 97-2003 .doc file is not supported: save it as .docx")},
        {QStringLiteral("html"),
         "HTML",
         {QStringLiteral("html"), QStringLiteral("htm")},
         isHtml,
         false,
         readHtmlSource},
        // Last: any bytes without a signature are decoded as text.
        {QStringLiteral("text"),
         QT_TRANSLATE_NOOP("juesuan::ingest", "text"),
         {QStringLiteral("txt")},
         nullptr,
         false,
         readTextSource},
    };
    return formats;
}

QString FileFormat::displayName() const {
    return QCoreApplication::translate("juesuan::ingest", name);
}

Recognition recognise(const QByteArray &bytes, const QString &fileName) {
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    // Of formats that share a signature (DOCX and XLSX are both zips), the
    // one the name says.
    const FileFormat *bySignature = nullptr;
    for (const FileFormat &format : fileFormats()) {
        if (!format.signature || !format.signature(bytes))
            continue;
        if (format.suffixes.contains(suffix))
            return {&format, false};
        if (!bySignature)
            bySignature = &format;
    }
    if (bySignature)
        return {bySignature, false};
    for (const FileFormat &format : fileFormats())
        if (format.suffixes.contains(suffix))
            return {&format, format.binary};
    return {&textFormat(), false};
}

const QStringList &reportSuffixes() {
    static const QStringList suffixes = [] {
        QStringList all;
        for (const FileFormat &format : fileFormats())
            if (format.read)
                all.append(format.suffixes);
        return all;
    }();
    return suffixes;
}

bool isReportFileName(const QString &fileName) {
    return reportSuffixes().contains(QFileInfo(fileName).suffix(), Qt::CaseInsensitive);
}

} // namespace juesuan::ingest
