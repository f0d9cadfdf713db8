#include "ui/views/pageview.h"

#include "ui/document/reportdocument.h"
#include "ui/severitystyle.h"
#include "ui/views/pagecanvas.h"
#include "ui/views/pdfpages.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace juesuan::ui {
namespace {

// Pages are drawn to the width of the view, within readable bounds.
constexpr double minimumDpi = 48;
constexpr double maximumDpi = 220;

QColor tint(const QColor &colour, int alpha) {
    QColor result = colour;
    result.setAlpha(alpha);
    return result;
}

} // namespace

PageView::PageView(QWidget *parent)
    : QWidget(parent)
    , m_previous(new QToolButton)
    , m_next(new QToolButton)
    , m_status(new QLabel)
    , m_scroll(new QScrollArea)
    , m_canvas(new PageCanvas) {
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_scroll->setWidget(m_canvas);
    m_scroll->setAlignment(Qt::AlignHCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    connect(m_previous, &QToolButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_canvas, &PageCanvas::clicked, this, &PageView::onCanvasClicked);
    updateStatus();
}

PageView::~PageView() = default;

void PageView::setDocument(ReportDocument *document) {
    m_document = document;
    m_source = document && document->isLoaded() ? document->source() : nullptr;
    m_available = m_source && !m_source->bytes.isEmpty();
    m_requested = false;
    m_error.clear();
    m_pdf.reset();
    m_marks.clear();
    m_focus.clear();
    m_page = 0;
    m_renderedWidth = 0;
    m_canvas->setPage({}, 1);
    m_canvas->setBoxes({});
    if (isVisible())
        ensureLoaded();
    updateStatus();
}

ReportDocument *PageView::document() const {
    return m_document;
}

int PageView::pageCount() const {
    return m_pdf ? m_pdf->count() : 0;
}

void PageView::ensureLoaded() {
    if (!m_available || m_requested || !m_document)
        return;
    m_requested = true;
    m_pdf = PdfPages::open(m_source->bytes, &m_error);
    if (!m_pdf) {
        updateStatus();
        return;
    }
    // A focus set before the page view was shown may be on another page.
    if (!m_focus.isEmpty())
        focusSpans(m_focus);
    else
        render();
}

void PageView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    ensureLoaded();
}

void PageView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    // Re-draw only when the width changed enough to blur or waste pixels.
    if (m_pdf && qAbs(m_scroll->viewport()->width() - m_renderedWidth) > 40)
        render();
}

void PageView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        updateStatus();
    QWidget::changeEvent(event);
}

void PageView::render() {
    if (!m_pdf || m_pdf->count() == 0)
        return;
    m_page = qBound(0, m_page, m_pdf->count() - 1);
    const QSizeF size = m_pdf->pageSize(m_page);
    m_renderedWidth = m_scroll->viewport()->width();
    const double ratio = devicePixelRatioF();
    const double dpi =
        size.width() > 0
            ? qBound(minimumDpi, 72.0 * (m_renderedWidth - 24) / size.width(), maximumDpi)
            : 96.0;
    QImage image = m_pdf->render(m_page, dpi * ratio);
    image.setDevicePixelRatio(ratio);
    m_canvas->setPage(image, dpi * ratio / 72.0);
    updateBoxes();
    updateStatus();
}

QList<QRectF> PageView::boxesOf(const model::Span &span) const {
    return m_source ? ingest::wordBoxes(*m_source, span, m_page) : QList<QRectF>();
}

void PageView::updateBoxes() {
    QList<PageCanvas::Box> boxes;
    int focused = 0;
    if (m_source && m_page < m_source->pages.size()) {
        const ingest::PageInfo &page = m_source->pages[m_page];
        for (const SourceMark &mark : std::as_const(m_marks)) {
            if (mark.span.end <= page.textBegin || mark.span.begin >= page.textEnd)
                continue;
            const QColor fill = mark.severity ? tint(severityColor(*mark.severity), 70)
                                              : QColor(0xf2, 0xd4, 0x6b, 90);
            for (const QRectF &box : boxesOf(mark.span))
                boxes.append({box, fill, {}});
        }
        for (const model::Span &span : std::as_const(m_focus))
            for (const QRectF &box : boxesOf(span)) {
                boxes.append({box, QColor(0x3d, 0x7e, 0xd6, 60), QColor(0x3d, 0x7e, 0xd6)});
                ++focused;
            }
    }
    m_focusBoxes = focused;
    m_canvas->setBoxes(boxes);
}

void PageView::setMarks(const QList<SourceMark> &marks) {
    m_marks = marks;
    updateBoxes();
}

int PageView::pageOf(const model::Span &span) const {
    if (span.page >= 0 || !m_source)
        return span.page;
    return ingest::pageAt(*m_source, span);
}

void PageView::focusSpans(const QList<model::Span> &spans) {
    m_focus = spans;
    const int page = spans.isEmpty() ? -1 : pageOf(spans.first());
    if (page >= 0 && page != m_page) {
        m_page = page;
        render();
    } else {
        updateBoxes();
    }
    scrollToFocus();
}

void PageView::scrollToFocus() {
    if (m_focus.isEmpty())
        return;
    const QList<QRectF> boxes = boxesOf(m_focus.first());
    if (boxes.isEmpty())
        return;
    const QRect area = m_canvas->widgetRect(boxes.first());
    m_scroll->ensureVisible(area.center().x(), area.center().y(), 80,
                            m_scroll->viewport()->height() / 3);
}

void PageView::showPage(int page) {
    if (!m_pdf || page < 0 || page >= m_pdf->count() || page == m_page)
        return;
    m_page = page;
    render();
    m_scroll->verticalScrollBar()->setValue(0);
}

void PageView::onCanvasClicked(const QPointF &points) {
    if (!m_source)
        return;
    for (const ingest::PositionedWord &word : m_source->words)
        if (word.span.page == m_page && word.box.contains(points)) {
            emit positionClicked(word.span.begin);
            return;
        }
}

void PageView::updateStatus() {
    m_previous->setEnabled(m_pdf && m_page > 0);
    m_next->setEnabled(m_pdf && m_page + 1 < pageCount());
    if (!m_available) {
        m_status->setText(tr("Pages are shown for PDF reports."));
    } else if (!m_error.isEmpty()) {
        m_status->setText(tr("The pages cannot be shown: %1").arg(m_error));
    } else if (!m_pdf) {
        m_status->clear();
    } else {
        m_status->setText(tr("Page %1 of %2").arg(m_page + 1).arg(pageCount()));
    }
}

} // namespace juesuan::ui
