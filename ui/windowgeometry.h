#pragma once

#include <QSize>

class QWidget;

namespace juesuan::ui {

// Windows fit the screen they open on: a default size larger than a laptop's
// screen, or a geometry restored from a larger or detached monitor, would
// leave parts of the window, its title bar among them, out of reach.

// `preferred`, made no larger than the available area (without panels and
// docks) of the screen `window` is on, less a margin for the window frame.
QSize fittedSize(QSize preferred, const QWidget *window);

// Resizes to fittedSize(preferred) and centres the window on its screen.
void placeOnScreen(QWidget *window, QSize preferred);

// After restoreGeometry(): shrinks a window larger than its screen's available
// area and moves one that is not wholly on a screen back onto it.
void keepOnScreen(QWidget *window);

} // namespace juesuan::ui
