#include "core/ingest/pdfrenderer.h"

#include "core/ingest/pdfengine.h"

#include <cstring>
#include <poppler/PDFDoc.h>
#include <poppler/SplashOutputDev.h>
#include <poppler/splash/SplashBitmap.h>

namespace juesuan::ingest {

PdfRenderer::~PdfRenderer() = default;

std::unique_ptr<PdfRenderer> PdfRenderer::open(QByteArray bytes, QString *error) {
    std::unique_ptr<PdfRenderer> renderer(new PdfRenderer);
    renderer->m_bytes = std::move(bytes);
    renderer->m_document = pdfengine::open(renderer->m_bytes, error);
    if (!renderer->m_document)
        return nullptr;
    return renderer;
}

int PdfRenderer::pageCount() const {
    return m_document->getNumPages();
}

QSizeF PdfRenderer::pageSize(int page) const {
    if (page < 0 || page >= pageCount())
        return {};
    const int number = page + 1;
    const double width = m_document->getPageCropWidth(number);
    const double height = m_document->getPageCropHeight(number);
    return m_document->getPageRotate(number) % 180 != 0 ? QSizeF(height, width)
                                                        : QSizeF(width, height);
}

PdfRaster PdfRenderer::render(int page, double dpi) const {
    if (page < 0 || page >= pageCount() || dpi <= 0)
        return {};
    SplashColor paper;
    paper[0] = paper[1] = paper[2] = 0xff;
    SplashOutputDev device(splashModeXBGR8, 4, false, paper, true, splashThinLineDefault);
    device.setFontAntialias(true);
    device.setVectorAntialias(true);
    device.setFreeTypeHinting(false, false);
    device.startDoc(m_document.get());
    m_document->displayPageSlice(&device, page + 1, dpi, dpi, 0, false, true, false, -1, -1, -1, -1,
                                 nullptr, nullptr, nullptr, nullptr, true);
    SplashBitmap *bitmap = device.getBitmap();
    if (!bitmap || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0)
        return {};
    PdfRaster raster;
    raster.width = bitmap->getWidth();
    raster.height = bitmap->getHeight();
    raster.stride = bitmap->getRowSize();
    raster.pixels = QByteArray(reinterpret_cast<const char *>(bitmap->getDataPtr()),
                               qsizetype(raster.stride) * raster.height);
    return raster;
}

} // namespace juesuan::ingest
