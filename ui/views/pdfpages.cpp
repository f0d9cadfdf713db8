#include "ui/views/pdfpages.h"

#include "core/ingest/pdfrenderer.h"

#include <QCoreApplication>

namespace juesuan::ui {

PdfPages::~PdfPages() = default;

std::unique_ptr<PdfPages> PdfPages::open(const QByteArray &bytes, QString *error) {
    std::unique_ptr<PdfPages> pages(new PdfPages);
    QString reason;
    pages->m_renderer = ingest::PdfRenderer::open(bytes, &reason);
    if (!pages->m_renderer) {
        *error = QCoreApplication::translate("PdfPages", "the PDF cannot be opened for display");
        return nullptr;
    }
    return pages;
}

int PdfPages::count() const {
    return m_renderer->pageCount();
}

QSizeF PdfPages::pageSize(int page) const {
    return m_renderer->pageSize(page);
}

QImage PdfPages::render(int page, double dpi) const {
    ingest::PdfRaster raster = m_renderer->render(page, dpi);
    if (raster.isNull())
        return {};
    // The image keeps the raster's pixels alive: no copy.
    auto *pixels = new QByteArray(std::move(raster.pixels));
    return QImage(
        reinterpret_cast<const uchar *>(pixels->constData()), raster.width, raster.height,
        raster.stride, QImage::Format_RGB32,
        [](void *data) { delete static_cast<QByteArray *>(data); }, pixels);
}

} // namespace juesuan::ui
