#include "ui/severitystyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace juesuan::ui {

QColor severityColor(check::Severity severity) {
    return QColor(QRgb(check::severityRgb(severity)));
}

QIcon severityIcon(check::Severity severity) {
    // A filled dot in the severity's colour: readable at any size, no assets.
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(severityColor(severity));
    painter.drawEllipse(QRectF(5, 5, 22, 22));
    return QIcon(pixmap);
}

} // namespace juesuan::ui
