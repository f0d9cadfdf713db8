#include "core/ingest/pdfwords.h"

#include "core/ingest/pdfengine.h"
#include "core/ingest/timelimit.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <algorithm>
#include <cmath>
#include <memory>
#include <poppler/GfxState.h>
#include <poppler/PDFDoc.h>
#include <poppler/Page.h>
#include <poppler/TextOutputDev.h>
#include <poppler/goo/GooString.h>

namespace juesuan::ingest {
namespace {

// Where the baseline sits inside Poppler's box, and the glyph extent around it.
constexpr double baselineRatio = 0.8;
constexpr double ascentRatio = 0.88;
constexpr double descentRatio = 0.12;
// More pages than this is not one report (a city's are 20-60); reading stops
// there instead of taking minutes.
constexpr int maxPages = 2000;
// Words, likewise: a 60-page report has some 30 000; each costs about 150
// bytes here and more in the tables built from them.
constexpr qsizetype maxWords = 2'000'000;
// Tables are found by pairing every horizontal ruling of a page with every
// vertical one. A page with more rulings than this draws a hatching or a
// vector image, not tables (a dense statistical table has a few hundred):
// its rulings are dropped and its tables read by word alignment.
constexpr qsizetype maxRulingsPerPage = 10'000;
// A filled rectangle thinner than this (points) is a line, not a shaded cell.
constexpr double maxRuleThickness = 2.5;
// A segment shorter than this (points) is a tick or a glyph part, not a rule.
constexpr double minRuleLength = 4.0;
// Segments whose ends differ by less than this across their run are straight.
constexpr double straightTolerance = 0.8;
// Rules drawn lighter than this (each of R, G, B in 0..1) are invisible on paper.
constexpr double whiteLevel = 0.92;

// Poppler's text device, also keeping the straight lines and thin filled
// rectangles the page draws: words and rulings come from one pass.
class WordsAndRulesDevice : public TextOutputDev {
public:
    WordsAndRulesDevice()
        : TextOutputDev(nullptr, false, 0, false, false) {}

    QList<PdfRuling> rulings; // in device space: the displayed page, points

    void stroke(GfxState *state) override {
        if (visible(state, false))
            collectSegments(state);
        TextOutputDev::stroke(state);
    }
    void fill(GfxState *state) override {
        if (visible(state, true))
            collectThinRectangles(state);
        TextOutputDev::fill(state);
    }
    void eoFill(GfxState *state) override {
        if (visible(state, true))
            collectThinRectangles(state);
        TextOutputDev::eoFill(state);
    }

private:
    static bool visible(GfxState *state, bool filled) {
        GfxRGB rgb;
        if (filled)
            state->getFillRGB(&rgb);
        else
            state->getStrokeRGB(&rgb);
        const auto level = [](GfxColorComp c) { return colToDbl(c); };
        const double opacity = filled ? state->getFillOpacity() : state->getStrokeOpacity();
        return opacity > 0.1 && !(level(rgb.r) > whiteLevel && level(rgb.g) > whiteLevel &&
                                  level(rgb.b) > whiteLevel);
    }

    void addSegment(double x0, double y0, double x1, double y1) {
        if (std::abs(y1 - y0) <= straightTolerance && std::abs(x1 - x0) >= minRuleLength)
            rulings.append({true, (y0 + y1) / 2, std::min(x0, x1), std::max(x0, x1)});
        else if (std::abs(x1 - x0) <= straightTolerance && std::abs(y1 - y0) >= minRuleLength)
            rulings.append({false, (x0 + x1) / 2, std::min(y0, y1), std::max(y0, y1)});
    }

    void collectSegments(GfxState *state) {
        const GfxPath *path = state->getPath();
        for (int s = 0; s < path->getNumSubpaths(); ++s) {
            const GfxSubpath *subpath = path->getSubpath(s);
            for (int i = 1; i < subpath->getNumPoints(); ++i) {
                if (subpath->getCurve(i))
                    continue;
                double x0, y0, x1, y1;
                state->transform(subpath->getX(i - 1), subpath->getY(i - 1), &x0, &y0);
                state->transform(subpath->getX(i), subpath->getY(i), &x1, &y1);
                addSegment(x0, y0, x1, y1);
            }
        }
    }

    void collectThinRectangles(GfxState *state) {
        const GfxPath *path = state->getPath();
        for (int s = 0; s < path->getNumSubpaths(); ++s) {
            const GfxSubpath *subpath = path->getSubpath(s);
            double left = 1e12, top = 1e12, right = -1e12, bottom = -1e12;
            for (int i = 0; i < subpath->getNumPoints(); ++i) {
                double x, y;
                state->transform(subpath->getX(i), subpath->getY(i), &x, &y);
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
            if (bottom - top <= maxRuleThickness && right - left >= minRuleLength)
                rulings.append({true, (top + bottom) / 2, left, right});
            else if (right - left <= maxRuleThickness && bottom - top >= minRuleLength)
                rulings.append({false, (left + right) / 2, top, bottom});
        }
    }
};

// Poppler gives boxes in the frame the page is displayed in (a /Rotate page
// turned), and says which way each word's text runs there. A page is read in
// the frame where most of its text runs left to right: a portrait page turned
// a quarter shows its lines running down, and is turned back.
QRectF readingBox(const QRectF &r, int rotation, double width, double height) {
    switch (rotation) {
    case 1: // running down
        return QRectF(r.top(), width - r.right(), r.height(), r.width());
    case 2: // upside down
        return QRectF(width - r.right(), height - r.bottom(), r.width(), r.height());
    case 3: // running up
        return QRectF(height - r.bottom(), r.left(), r.height(), r.width());
    default:
        return r;
    }
}

PdfRuling readingRuling(const PdfRuling &ruling, int rotation, double width, double height) {
    const QRectF box = ruling.horizontal
                           ? QRectF(ruling.from, ruling.at, ruling.to - ruling.from, 0)
                           : QRectF(ruling.at, ruling.from, 0, ruling.to - ruling.from);
    const QRectF turned = readingBox(box, rotation, width, height);
    if (turned.height() == 0)
        return {true, turned.top(), turned.left(), turned.right()};
    return {false, turned.left(), turned.top(), turned.bottom()};
}

PdfWord makeWord(const TextWord &source, int rotation, double width, double height) {
    PdfWord word;
    const std::unique_ptr<GooString> text(source.getText());
    word.text = QString::fromUtf8(text->c_str(), qsizetype(text->getLength())).trimmed();
    double xMin, yMin, xMax, yMax;
    source.getBBox(&xMin, &yMin, &xMax, &yMax);
    const QRectF r =
        readingBox(QRectF(xMin, yMin, xMax - xMin, yMax - yMin), rotation, width, height);
    const double reportedSize = source.getFontSize();
    word.fontSize = reportedSize > 0 ? reportedSize : std::max(r.height(), 1.0);
    // Poppler knows the baseline from the text matrix: exact whatever the
    // font's metrics say. A word running another way than the page keeps
    // the estimate.
    if ((source.getRotation() & 3) == rotation) {
        const double base = source.getBaseline();
        const QRectF line = rotation % 2 == 0 ? QRectF(xMin, base, xMax - xMin, 0)
                                              : QRectF(base, yMin, 0, yMax - yMin);
        word.baseline = readingBox(line, rotation, width, height).y();
    } else {
        word.baseline = r.y() + baselineRatio * r.height();
    }
    word.box = QRectF(r.x(), word.baseline - ascentRatio * word.fontSize, r.width(),
                      (ascentRatio + descentRatio) * word.fontSize);
    word.spaceAfter = source.hasSpaceAfter();
    return word;
}

// Poppler asks this between the operators of a page's content: reading
// stops when the time for the file is up.
bool deadlinePassed(void *deadline) {
    return static_cast<const QDeadlineTimer *>(deadline)->hasExpired();
}

PdfPage readPage(PDFDoc &document, int number, QDeadlineTimer &deadline, QStringList *warnings) {
    PdfPage result;
    Page *page = document.getPage(number);
    if (!page)
        return result;
    // The displayed frame: a page turned a quarter is as wide as it is high.
    const bool turned = page->getRotate() % 180 != 0;
    const double width = turned ? page->getCropHeight() : page->getCropWidth();
    const double height = turned ? page->getCropWidth() : page->getCropHeight();

    WordsAndRulesDevice device;
    {
        const pdfengine::ContentDamageCapture damage;
        document.displayPageSlice(&device, number, 72, 72, 0, false, false, false, -1, -1, -1, -1,
                                  deadlinePassed, &deadline, nullptr, nullptr, true);
        if (damage.count() > 0)
            warnings->append(
                QCoreApplication::translate("PdfReader",
                                            "page %1 is damaged: part of its text may be "
                                            "missing (%n problem(s), first: %2)",
                                            nullptr, damage.count())
                    .arg(number)
                    .arg(damage.first()));
    }
    const std::unique_ptr<TextWordList> words = device.makeWordList();
    const int wordCount = words ? words->getLength() : 0;
    int counts[4] = {0, 0, 0, 0};
    for (int i = 0; i < wordCount; ++i)
        ++counts[words->get(i)->getRotation() & 3];
    const int rotation = int(std::max_element(counts, counts + 4) - counts);
    result.width = rotation % 2 ? height : width;
    result.height = rotation % 2 ? width : height;
    result.words.reserve(wordCount);
    for (int i = 0; i < wordCount; ++i) {
        PdfWord word = makeWord(*words->get(i), rotation, width, height);
        if (!word.text.isEmpty())
            result.words.append(std::move(word));
    }
    if (device.rulings.size() > maxRulingsPerPage)
        return result;
    result.rulings.reserve(device.rulings.size());
    for (const PdfRuling &ruling : device.rulings)
        result.rulings.append(readingRuling(ruling, rotation, width, height));
    return result;
}

} // namespace

bool loadPdfPages(const QByteArray &bytes, QList<PdfPage> *pages, QStringList *warnings,
                  QString *error, std::chrono::milliseconds maxTime) {
    QDeadlineTimer deadline = timeLimit(maxTime);
    bool rebuilt = false;
    const std::unique_ptr<PDFDoc> document =
        pdfengine::open(bytes, error, [&rebuilt] { rebuilt = true; });
    if (!document)
        return false;
    const int count = document->getNumPages();
    if (count > maxPages) {
        *error = QCoreApplication::translate("PdfReader",
                                             "the PDF has %1 pages; a report has at most %2")
                     .arg(count)
                     .arg(maxPages);
        return false;
    }
    qsizetype wordCount = 0;
    pages->reserve(count);
    for (int number = 1; number <= count; ++number) {
        pages->append(readPage(*document, number, deadline, warnings));
        wordCount += pages->last().words.size();
        if (deadline.hasExpired()) {
            *error = QCoreApplication::translate(
                         "PdfReader", "reading stopped at page %1 of %2: the limit of %3 s "
                                      "for one file was reached")
                         .arg(number)
                         .arg(count)
                         .arg(seconds(maxTime));
            return false;
        }
        if (wordCount > maxWords) {
            *error = QCoreApplication::translate(
                         "PdfReader", "the PDF has more than %1 words; a report has far fewer")
                         .arg(maxWords);
            return false;
        }
    }
    if (rebuilt)
        warnings->prepend(QCoreApplication::translate(
            "PdfReader", "the PDF's table of objects is damaged and was rebuilt: check that no "
                         "page is missing"));
    if (wordCount == 0) {
        *error = QCoreApplication::translate(
            "PdfReader", "the PDF has no text layer (scanned images only); it needs OCR first");
        return false;
    }
    return true;
}

} // namespace juesuan::ingest
