#include "core/ingest/pdfengine.h"

#include <QCoreApplication>
#include <algorithm>
#include <iterator>
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

thread_local ContentDamageCapture *t_capture = nullptr;

// The beginnings of the messages Poppler 22's content-stream parser (Gfx,
// Parser, Lexer) and stream decoders give for bytes that are not what a page
// drew: seen on pages with damaged content streams, never on the real
// reports of the corpus.
bool isContentDamage(ErrorCategory category, const char *message) {
    if (category != errSyntaxError)
        return false;
    static const char *const prefixes[] = {"Unknown operator",
                                           "Too few (",
                                           "Too many args",
                                           "Arg #",
                                           "Illegal character",
                                           "Unterminated string",
                                           "End of file inside",
                                           "Unexpected end of file in flate stream",
                                           "Bad block header in flate stream",
                                           "Unknown block type in flate stream",
                                           "Bad uncompressed block length in flate stream",
                                           "Bad literal code in flate stream",
                                           "Bad distance code in flate stream",
                                           "Bad LZW stream"};
    const QByteArrayView text(message);
    return std::any_of(std::begin(prefixes), std::end(prefixes),
                       [&](const char *prefix) { return text.startsWith(prefix); });
}

void setUpOnce() {
    static std::once_flag once;
    std::call_once(once, [] {
        globalParams = std::make_unique<GlobalParams>();
        // Poppler prints font warnings for almost every real report; they
        // are not the user's concern. Damaged content is (see the capture).
        setErrorCallback([](ErrorCategory category, Goffset, const char *message) {
            if (t_capture && isContentDamage(category, message))
                t_capture->record(message);
        });
    });
}

} // namespace

std::unique_ptr<PDFDoc> open(const QByteArray &bytes, QString *error,
                             const std::function<void()> &onRebuilt) {
    setUpOnce();
    if (!bytes.right(eofWindow).contains("%%EOF")) {
        *error = QCoreApplication::translate("PdfReader",
                                             "truncated PDF: the file ends before its end marker");
        return nullptr;
    }
    auto *stream = new MemStream(bytes.constData(), 0, bytes.size(), Object(objNull));
    // The document owns the stream.
    auto document =
        std::make_unique<PDFDoc>(stream, std::nullopt, std::nullopt, nullptr, onRebuilt);
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

ContentDamageCapture::ContentDamageCapture()
    : m_outer(t_capture) {
    t_capture = this;
}

ContentDamageCapture::~ContentDamageCapture() {
    t_capture = m_outer;
}

void ContentDamageCapture::record(const char *message) {
    if (m_count++ == 0)
        m_first = QString::fromUtf8(message);
}

QString version() {
    return QStringLiteral(POPPLER_VERSION);
}

} // namespace juesuan::ingest::pdfengine
