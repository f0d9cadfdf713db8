#pragma once

#include <QFont>
#include <QString>

class QChart;

namespace juesuan::ui {

// The family charts draw their Chinese labels with: an installed font that
// writes Simplified Chinese, the well-known CJK sans families first. Asking
// for it by name matters: the default family (often DejaVu Sans) would draw
// every Chinese character through per-glyph fallback, which differs between
// machines and, offscreen, may find no CJK font at all. Empty when no
// installed font writes Simplified Chinese.
QString cjkFontFamily();

// A font of that family (or the default one) at `pointSize`.
QFont chartFont(qreal pointSize, bool bold = false);

// Sets the title, legend and axis fonts of `chart` to chartFont sizes.
void applyChartFonts(QChart *chart);

} // namespace juesuan::ui
