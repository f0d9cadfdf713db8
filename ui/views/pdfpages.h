#pragma once

#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <QString>
#include <memory>

namespace juesuan::ingest {
class PdfRenderer;
}

namespace juesuan::ui {

// A PDF opened for drawing its pages as images for the page view, through
// the core's renderer (the one owner of Poppler). Not thread-safe: one user
// at a time.
class PdfPages {
public:
    ~PdfPages();

    // Opens the PDF held in `bytes` (as the analysis read it); nullptr with
    // `error` set when it cannot be opened.
    static std::unique_ptr<PdfPages> open(const QByteArray &bytes, QString *error);

    int count() const;
    QSizeF pageSize(int page) const; // in points
    // The page at `dpi`; a null image when the page does not exist or
    // Poppler cannot draw it.
    QImage render(int page, double dpi) const;

private:
    PdfPages() = default;

    std::unique_ptr<ingest::PdfRenderer> m_renderer;
};

} // namespace juesuan::ui
