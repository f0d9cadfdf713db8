#include "ui/severitystyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace juesuan::ui {

QColor severityColor(check::Severity severity) {
    switch (severity) {
    case check::Severity::Error:
        return QColor(0xd6, 0x27, 0x28);
    case check::Severity::Warning:
        return QColor(0xe8, 0x8a, 0x00);
    case check::Severity::Info:
        break;
    }
    return QColor(0x1f, 0x77, 0xb4);
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
