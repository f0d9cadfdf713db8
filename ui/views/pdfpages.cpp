#include "pdfpages.h"

#include <QCoreApplication>
#include <QFile>
#include <limits>
#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

namespace juesuan::ui {

PdfPages::~PdfPages() = default;

bool PdfPages::looksLikePdf(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

std::unique_ptr<PdfPages> PdfPages::open(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return nullptr;
    }
    std::unique_ptr<PdfPages> pages(new PdfPages);
    pages->m_data = file.readAll();
    if (pages->m_data.size() > std::numeric_limits<int>::max()) {
        *error = QCoreApplication::translate("PdfPages", "the PDF is too large to show");
        return nullptr;
    }
    pages->m_document.reset(poppler::document::load_from_raw_data(
        pages->m_data.constData(), static_cast<int>(pages->m_data.size())));
    if (!pages->m_document || pages->m_document->is_locked()) {
        *error = QCoreApplication::translate("PdfPages", "the PDF cannot be opened for display");
        return nullptr;
    }
    return pages;
}

int PdfPages::count() const {
    return m_document->pages();
}

QSizeF PdfPages::pageSize(int page) const {
    if (page < 0 || page >= count())
        return {};
    const std::unique_ptr<poppler::page> p(m_document->create_page(page));
    if (!p)
        return {};
    const poppler::rectf box = p->page_rect();
    return {box.width(), box.height()};
}

QImage PdfPages::render(int page, double dpi) const {
    if (page < 0 || page >= count())
        return {};
    const std::unique_ptr<poppler::page> p(m_document->create_page(page));
    if (!p)
        return {};
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing);
    renderer.set_image_format(poppler::image::format_argb32);
    const poppler::image image = renderer.render_page(p.get(), dpi, dpi);
    if (!image.is_valid())
        return {};
    // Poppler owns the pixels: copy them into a QImage of our own.
    return QImage(reinterpret_cast<const uchar *>(image.const_data()), image.width(),
                  image.height(), image.bytes_per_row(), QImage::Format_ARGB32)
        .copy();
}

} // namespace juesuan::ui
