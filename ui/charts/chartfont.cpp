#include "ui/charts/chartfont.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontDatabase>
#include <QLegend>

namespace juesuan::ui {
namespace {

constexpr qreal titlePointSize = 12;
constexpr qreal legendPointSize = 9;
constexpr qreal axisPointSize = 9;
constexpr qreal axisTitlePointSize = 9;

QString findCjkFamily() {
    const QStringList preferred{
        QStringLiteral("Noto Sans CJK SC"),    QStringLiteral("Source Han Sans SC"),
        QStringLiteral("Source Han Sans CN"),  QStringLiteral("Microsoft YaHei"),
        QStringLiteral("PingFang SC"),         QStringLiteral("WenQuanYi Micro Hei"),
        QStringLiteral("WenQuanYi Zen Hei"),   QStringLiteral("Noto Sans SC"),
        QStringLiteral("Droid Sans Fallback"), QStringLiteral("SimHei"),
    };
    const QStringList chinese = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString &family : preferred)
        if (chinese.contains(family))
            return family;
    // Any other sans family that writes Chinese; monospaced ones look odd in charts.
    for (const QString &family : chinese)
        if (!QFontDatabase::isFixedPitch(family) && !family.contains(u"Mono"))
            return family;
    return chinese.value(0);
}

} // namespace

QString cjkFontFamily() {
    // The font database does not change while the application runs.
    static const QString family = findCjkFamily();
    return family;
}

QFont chartFont(qreal pointSize, bool bold) {
    QFont font;
    if (const QString family = cjkFontFamily(); !family.isEmpty())
        font.setFamilies({family});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

void applyChartFonts(QChart *chart) {
    chart->setTitleFont(chartFont(titlePointSize, true));
    chart->legend()->setFont(chartFont(legendPointSize));
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(chartFont(axisPointSize));
        axis->setTitleFont(chartFont(axisTitlePointSize));
    }
}

} // namespace juesuan::ui
