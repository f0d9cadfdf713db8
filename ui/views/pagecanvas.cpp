#include "ui/views/pagecanvas.h"

#include <QMouseEvent>
#include <QPainter>

namespace juesuan::ui {

PageCanvas::PageCanvas(QWidget *parent)
    : QWidget(parent) {
    setCursor(Qt::PointingHandCursor);
}

void PageCanvas::setPage(const QImage &image, double pointsToPixels) {
    m_image = image;
    m_scale = pointsToPixels / (image.isNull() ? 1.0 : image.devicePixelRatio());
    resize(sizeHint());
    updateGeometry();
    update();
}

void PageCanvas::setBoxes(QList<Box> boxes) {
    m_boxes = std::move(boxes);
    update();
}

QRect PageCanvas::widgetRect(const QRectF &points) const {
    return QRectF(points.x() * m_scale, points.y() * m_scale, points.width() * m_scale,
                  points.height() * m_scale)
        .toAlignedRect();
}

QSize PageCanvas::sizeHint() const {
    return m_image.isNull() ? QSize(400, 560) : m_image.deviceIndependentSize().toSize();
}

void PageCanvas::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (m_image.isNull())
        return;
    painter.drawImage(QPointF(0, 0), m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Box &box : std::as_const(m_boxes)) {
        const QRectF area(box.rect.x() * m_scale - 1, box.rect.y() * m_scale - 1,
                          box.rect.width() * m_scale + 2, box.rect.height() * m_scale + 2);
        painter.fillRect(area, box.fill);
        if (box.outline.isValid()) {
            painter.setPen(QPen(box.outline, 1.5));
            painter.drawRect(area);
        }
    }
}

void PageCanvas::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton && m_scale > 0)
        emit clicked(event->position() / m_scale);
    QWidget::mouseReleaseEvent(event);
}

} // namespace juesuan::ui
