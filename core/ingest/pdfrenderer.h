#pragma once

#include <QByteArray>
#include <QSizeF>
#include <QString>
#include <memory>

class PDFDoc;

namespace juesuan::ingest {

// A page drawn into memory: 32-bit pixels, 0xffRRGGBB in native byte order
// (what QImage::Format_RGB32 reads), rows `stride` bytes apart.
struct PdfRaster {
    int width = 0;
    int height = 0;
    int stride = 0;
    QByteArray pixels;

    bool isNull() const { return pixels.isEmpty(); }
};

// A PDF opened for drawing its pages, through Poppler's Splash renderer.
// Drawing is not reading: the readers read the text; this only turns pages
// into pixels for a page view. The core stays free of GUI types: the UI
// wraps a raster in a QImage. Not thread-safe: one user at a time.
class PdfRenderer {
public:
    ~PdfRenderer();

    // Opens the PDF held in `bytes`; nullptr with `error` set when it cannot
    // be opened.
    static std::unique_ptr<PdfRenderer> open(QByteArray bytes, QString *error);

    int pageCount() const;
    // The page's size in points as displayed (a /Rotate page turned).
    QSizeF pageSize(int page) const;
    // The page at `dpi`; a null raster when the page does not exist or
    // cannot be drawn.
    PdfRaster render(int page, double dpi) const;

private:
    PdfRenderer() = default;

    QByteArray m_bytes; // Poppler reads the bytes in place: they live as long as it
    std::unique_ptr<PDFDoc> m_document;
};

} // namespace juesuan::ingest
