#include "core/ingest/pdfengine.h"

#include <QCoreApplication>
#include <mutex>
#include <poppler/Error.h>
#include <poppler/ErrorCodes.h>
#include <poppler/GlobalParams.h>
#include <poppler/Object.h>
#include <poppler/PDFDoc.h>
#include <poppler/Stream.h>
#include <poppler/poppler-config.h>

namespace juesuan::ingest::pdfengine {
namespace {

// A file without "%%EOF" near its end was cut short; Poppler would silently
// rebuild what it can and lose the rest of the report.
constexpr qsizetype eofWindow = 2048;

void setUpOnce() {
    static std::once_flag once;
    std::call_once(once, [] {
        globalParams = std::make_unique<GlobalParams>();
        // Poppler prints font warnings for almost every real report; they
        // are not the user's concern.
        setErrorCallback([](ErrorCategory, Goffset, const char *) {});
    });
}

} // namespace

std::unique_ptr<PDFDoc> open(const QByteArray &bytes, QString *error) {
    setUpOnce();
    if (!bytes.right(eofWindow).contains("%%EOF")) {
        *error = QCoreApplication::translate("PdfReader",
                                             "truncated PDF: the file ends before its end marker");
        return nullptr;
    }
    auto *stream = new MemStream(bytes.constData(), 0, bytes.size(), Object(objNull));
    auto document = std::make_unique<PDFDoc>(stream); // owns the stream
    if (!document->isOk()) {
        *error = document->getErrorCode() == errEncrypted
                     ? QCoreApplication::translate(
                           "PdfReader", "encrypted PDF: it needs a password to be opened")
                     : QCoreApplication::translate("PdfReader", "damaged PDF: it cannot be opened");
        return nullptr;
    }
    if (document->getNumPages() <= 0) {
        *error = QCoreApplication::translate("PdfReader", "the PDF has no pages");
        return nullptr;
    }
    return document;
}

QString version() {
    return QStringLiteral(POPPLER_VERSION);
}

} // namespace juesuan::ingest::pdfengine
