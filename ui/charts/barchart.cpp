#include "ui/charts/barchart.h"

#include "core/wording/comparisontext.h"
#include "core/wording/figuretext.h"
#include "ui/charts/barvaluelabels.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/metricpalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QLegend>
#include <QValueAxis>
#include <algorithm>

namespace juesuan::ui {

using model::Decimal;
using Values = QList<std::optional<Decimal>>;

namespace {

struct BarChartText {
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)
};

constexpr qsizetype maxCategoryLabel = 14;
// Room beyond the longest bar for its value label, as a share of the axis.
constexpr double labelRoom = 1.2;

// Long names (projects, income sources) would squeeze the plot; the tooltip
// keeps the full name.
QString shortLabel(const QString &label) {
    if (label.size() <= maxCategoryLabel)
        return label;
    return label.left(maxCategoryLabel - 1) + QChar(0x2026);
}

// A side of a comparison is one colour whatever it shows; anything else
// takes the colour of its metric.
QColor seriesColour(const ChartData::Series &series) {
    return series.side ? ComparisonPalette::side(*series.side, series.facet)
                       : MetricPalette::color(series.metric, series.facet);
}

QAbstractBarSeries *newBarSeries(ChartData::Shape shape) {
    switch (shape) {
    case ChartData::Shape::HorizontalBars:
        return new QHorizontalBarSeries;
    case ChartData::Shape::PercentBars:
        return new QHorizontalPercentBarSeries;
    case ChartData::Shape::Pie:
    case ChartData::Shape::Bars:
        break;
    }
    return new QBarSeries;
}

// Qt Charts draws horizontal categories from the bottom up, and the sets of a
// group bottom-up too. Reversing both keeps the first category on top and,
// inside a group, the first series (A, the budget) above the next, as in the
// tables. The segments of a 100% bar run left to right in series order.
ChartData topDown(ChartData data) {
    std::reverse(data.categories.begin(), data.categories.end());
    for (ChartData::Series &series : data.series)
        std::reverse(series.values.begin(), series.values.end());
    if (data.shape == ChartData::Shape::HorizontalBars)
        std::reverse(data.series.begin(), data.series.end());
    return data;
}

void connectToolTips(QBarSet *set, const ChartData &data, const ChartData::Series &series) {
    QStringList tips;
    for (qsizetype i = 0; i < data.categories.size(); ++i) {
        const std::optional<Decimal> value = series.values.value(i);
        tips.append(data.categories[i] + u'\n' + series.name + u": " +
                    (value ? wording::formatValue(*value, data.unit)
                           : BarChartText::tr("not stated (%1)").arg(wording::missingText())));
    }
    QObject::connect(set, &QBarSet::hovered, set, [tips](bool state, int index) {
        if (state)
            showChartToolTip(tips.value(index));
    });
}

// From 0 (or the most negative value) to the largest, with room for the
// value labels beyond the bars' ends.
std::pair<double, double> valueRange(const ChartData &data) {
    double low = 0, high = 0;
    for (const ChartData::Series &series : data.series)
        for (const auto &value : series.values)
            if (value) {
                low = qMin(low, value->toDouble());
                high = qMax(high, value->toDouble());
            }
    // Every value is 0: the bars lie on the base line, under an axis from 0 to 1.
    if (high <= 0 && low >= 0)
        return {0, 1};
    return {low * labelRoom, high * labelRoom};
}

QValueAxis *valueAxis(const ChartData &data) {
    auto *axis = new QValueAxis;
    if (data.shape == ChartData::Shape::PercentBars) {
        axis->setRange(0, 100);
        axis->setLabelFormat(QStringLiteral("%.0f%%"));
        return axis;
    }
    const auto [low, high] = valueRange(data);
    axis->setRange(low, high);
    axis->applyNiceNumbers();
    axis->setLabelFormat(high >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    axis->setTitleText(data.unit);
    return axis;
}

qreal barWidth(const ChartData &data) {
    if (data.shape == ChartData::Shape::PercentBars)
        return 0.6;
    // Wide groups leave room for the value labels side by side; a lone
    // category would otherwise get bars as wide as the chart.
    const qreal group = data.series.size() > 2 ? 0.85 : 0.8;
    return qMin(group, 0.3 * qreal(data.categories.size()));
}

} // namespace

std::unique_ptr<QChart> barChart(const ChartData &data) {
    auto chart = std::make_unique<QChart>();
    const bool horizontal = data.shape != ChartData::Shape::Bars;
    const bool percent = data.shape == ChartData::Shape::PercentBars;
    const ChartData drawn = horizontal ? topDown(data) : data;
    QAbstractBarSeries *series = newBarSeries(data.shape);
    QList<Values> labels;
    for (const ChartData::Series &values : drawn.series) {
        auto *set = new QBarSet(values.name);
        set->setColor(seriesColour(values));
        // White edges part the segments of a 100% bar.
        set->setBorderColor(percent ? QColor(Qt::white) : set->color().darker(120));
        for (const auto &value : values.values)
            set->append(value ? value->toDouble() : 0);
        connectToolTips(set, drawn, values);
        series->append(set);
        labels.append(values.values);
    }
    series->setBarWidth(barWidth(data));
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    for (const QString &category : drawn.categories)
        categoryAxis->append(shortLabel(category));
    QValueAxis *amountAxis = valueAxis(data);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(amountAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(amountAxis);

    // The title names a lone series; the parts of 100% bars have no other name.
    chart->legend()->setVisible(percent || data.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // The legend lists the series in their own order whatever the drawing order.
    chart->legend()->setReverseMarkers(data.shape == ChartData::Shape::HorizontalBars);
    styleChart(chart.get(), data);

    // Amounts take their unit from the axis title; scores and shares say it
    // on every bar.
    const QString suffix = data.quantity == model::QuantityKind::Money ? QString() : data.unit;
    auto *valueLabels = new BarValueLabels(
        chart.get(), series, labels,
        percent ? BarValueLabels::Layout::Stacked : BarValueLabels::Layout::Grouped, suffix);
    QObject::connect(chart.get(), &QChart::plotAreaChanged, chart.get(),
                     [valueLabels] { valueLabels->refresh(); });
    return chart;
}

} // namespace juesuan::ui
