#include "pdfwords.h"

#include <QCoreApplication>
#include <algorithm>
#include <memory>
#include <mutex>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

namespace juesuan::ingest {
namespace {

// Where the baseline sits inside Poppler's box, and the glyph extent around it.
constexpr double baselineRatio = 0.8;
constexpr double ascentRatio = 0.88;
constexpr double descentRatio = 0.12;
// A file without "%%EOF" near its end was cut short; Poppler would silently
// rebuild what it can and lose the rest of the report.
constexpr qsizetype eofWindow = 2048;
// More pages than this is not one report (a city's are 20-60); reading stops
// there instead of taking minutes.
constexpr int maxPages = 2000;

void silencePoppler() {
    // Poppler prints font warnings for almost every real report; they are
    // not the user's concern. Set once: the hook is process-wide.
    static std::once_flag once;
    std::call_once(once, [] {
        poppler::set_debug_error_function([](const std::string &, void *) {}, nullptr);
    });
}

QString fromUstring(const poppler::ustring &text) {
    const poppler::byte_array utf8 = text.to_utf8();
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// Poppler gives boxes in the frame the page is displayed in (a /Rotate page
// turned), and says which way each word's text runs there. A page is read in
// the frame where most of its text runs left to right: a portrait page turned
// a quarter shows its lines running down, and is turned back.
QRectF readingBox(const poppler::rectf &r, int rotation, double width, double height) {
    switch (rotation) {
    case 1: // running down
        return QRectF(r.top(), width - r.right(), r.height(), r.width());
    case 2: // upside down
        return QRectF(width - r.right(), height - r.bottom(), r.width(), r.height());
    case 3: // running up
        return QRectF(height - r.bottom(), r.left(), r.height(), r.width());
    default:
        return QRectF(r.left(), r.top(), r.width(), r.height());
    }
}

PdfWord makeWord(const poppler::text_box &box, int rotation, double width, double height) {
    PdfWord word;
    word.text = fromUstring(box.text()).trimmed();
    const QRectF r = readingBox(box.bbox(), rotation, width, height);
    const double reportedSize = box.has_font_info() ? box.get_font_size() : 0;
    word.fontSize = reportedSize > 0 ? reportedSize : std::max(r.height(), 1.0);
    word.baseline = r.y() + baselineRatio * r.height();
    word.box = QRectF(r.x(), word.baseline - ascentRatio * word.fontSize, r.width(),
                      (ascentRatio + descentRatio) * word.fontSize);
    word.spaceAfter = box.has_space_after();
    return word;
}

} // namespace

bool loadPdfPages(const QByteArray &bytes, QList<PdfPage> *pages, QString *error) {
    silencePoppler();
    if (!bytes.right(eofWindow).contains("%%EOF")) {
        *error = QCoreApplication::translate("PdfReader",
                                             "truncated PDF: the file ends before its end marker");
        return false;
    }
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.constData(), int(bytes.size())));
    if (!document) {
        // Poppler gives no reason; the usual ones are a password or damage.
        *error = QCoreApplication::translate(
            "PdfReader", "damaged PDF or one encrypted with a password: it cannot be opened");
        return false;
    }
    if (document->is_locked()) {
        *error = QCoreApplication::translate("PdfReader",
                                             "encrypted PDF: it needs a password to be opened");
        return false;
    }
    const int count = document->pages();
    if (count <= 0) {
        *error = QCoreApplication::translate("PdfReader", "the PDF has no pages");
        return false;
    }
    if (count > maxPages) {
        *error = QCoreApplication::translate("PdfReader",
                                             "the PDF has %1 pages; a report has at most %2")
                     .arg(count)
                     .arg(maxPages);
        return false;
    }
    qsizetype wordCount = 0;
    pages->reserve(count);
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<poppler::page> page(document->create_page(i));
        PdfPage result;
        if (page) {
            const poppler::rectf size = page->page_rect(poppler::crop_box);
            const bool turned = page->orientation() == poppler::page::landscape ||
                                page->orientation() == poppler::page::seascape;
            // The displayed frame: a page turned a quarter is as wide as it is high.
            const double width = turned ? size.height() : size.width();
            const double height = turned ? size.width() : size.height();
            const std::vector<poppler::text_box> boxes =
                page->text_list(poppler::page::text_list_include_font);
            int counts[4] = {0, 0, 0, 0};
            for (const poppler::text_box &box : boxes)
                ++counts[box.rotation() & 3];
            const int rotation = int(std::max_element(counts, counts + 4) - counts);
            result.width = rotation % 2 ? height : width;
            result.height = rotation % 2 ? width : height;
            for (const poppler::text_box &box : boxes) {
                PdfWord word = makeWord(box, rotation, width, height);
                if (!word.text.isEmpty())
                    result.words.append(std::move(word));
            }
        }
        wordCount += result.words.size();
        pages->append(std::move(result));
    }
    if (wordCount == 0) {
        *error = QCoreApplication::translate(
            "PdfReader", "the PDF has no text layer (scanned images only); it needs OCR first");
        return false;
    }
    return true;
}

} // namespace juesuan::ingest
