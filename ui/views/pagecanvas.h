#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QWidget>

namespace juesuan::ui {

// One rendered page with coloured boxes drawn over it. Boxes are in PDF
// points from the page's top-left corner; the canvas scales them to the image.
class PageCanvas : public QWidget {
    Q_OBJECT
public:
    struct Box {
        QRectF rect; // points
        QColor fill;
        QColor outline; // invalid: no outline
    };

    explicit PageCanvas(QWidget *parent = nullptr);

    // `pointsToPixels`: how many image pixels one point is.
    void setPage(const QImage &image, double pointsToPixels);
    void setBoxes(QList<Box> boxes);
    // Where a box in points lands on the widget, for scrolling to it.
    QRect widgetRect(const QRectF &points) const;

    QSize sizeHint() const override;

signals:
    // The user clicked at this place of the page, in points.
    void clicked(const QPointF &points);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QImage m_image;
    double m_scale = 1; // pixels per point, in device-independent pixels
    QList<Box> m_boxes;
};

} // namespace juesuan::ui
