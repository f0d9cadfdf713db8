#include "ui/charts/chartstyle.h"

#include "ui/charts/chartfont.h"

#include <QChart>
#include <QCursor>
#include <QToolTip>

namespace juesuan::ui {
namespace {

// The title in the chart's own text item. A subtitle (which reports A and B
// are, so that an exported image says what it compares) goes under it in a
// smaller grey line.
QString titleText(const ChartData &data) {
    if (data.subtitle.isEmpty())
        return data.title;
    // Rich text collapses spaces; the gap between A and B must stay.
    QString subtitle = data.subtitle.toHtmlEscaped();
    subtitle.replace(QStringLiteral("  "), QStringLiteral("&nbsp;&nbsp;"));
    return u"<b>" + data.title.toHtmlEscaped() +
           u"</b><br/><span style=\"font-size:9pt; font-weight:normal; color:#555555\">" +
           subtitle + u"</span>";
}

} // namespace

void styleChart(QChart *chart, const ChartData &data) {
    chart->setTitle(titleText(data));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(8, 6, 8, 6));
    applyChartFonts(chart);
}

void showChartToolTip(const QString &text) {
    QToolTip::showText(QCursor::pos(), text);
}

} // namespace juesuan::ui
