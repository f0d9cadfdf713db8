#pragma once

#include "ui/charts/chartdata.h"

class QChart;

namespace juesuan::ui {

// The frame every chart shares, pie or bars, report or comparison: the
// title (with the subtitle under it), no animation, square corners, the
// margins, and the chart fonts. Call once the axes exist, so they get the
// fonts too.
void styleChart(QChart *chart, const ChartData &data);

// A slice's or a bar's tooltip, at the mouse.
void showChartToolTip(const QString &text);

} // namespace juesuan::ui
