#include "ui/windowgeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QStyle>
#include <QWidget>

namespace juesuan::ui {
namespace {

// Room left around a fitted window for its frame and title bar.
constexpr int frameMargin = 48;

QRect availableArea(const QWidget *window) {
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

} // namespace

QSize fittedSize(QSize preferred, const QWidget *window) {
    const QRect area = availableArea(window);
    if (area.isEmpty())
        return preferred;
    return preferred.boundedTo(area.size() - QSize(frameMargin, frameMargin));
}

void placeOnScreen(QWidget *window, QSize preferred) {
    window->resize(fittedSize(preferred, window));
    const QRect area = availableArea(window);
    if (!area.isEmpty())
        window->move(area.center() - window->rect().center());
}

void keepOnScreen(QWidget *window) {
    const QRect area = availableArea(window);
    if (area.isEmpty())
        return;
    if (window->width() > area.width() || window->height() > area.height())
        window->resize(fittedSize(window->size(), window));
    // Wholly on some screen: where the user put it.
    for (const QScreen *screen : QGuiApplication::screens())
        if (screen->availableGeometry().contains(window->frameGeometry()))
            return;
    window->move(area.center() - window->rect().center());
}

} // namespace juesuan::ui
