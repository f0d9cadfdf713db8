#include "chartbuilder.h"

#include "barvaluelabels.h"
#include "chartfont.h"
#include "figuretext.h"
#include "metricpalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCoreApplication>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QValueAxis>

namespace juesuan::ui {

using model::Decimal;

namespace {

constexpr qsizetype maxCategoryLabel = 14;

// Long project names would squeeze the plot; the tooltip keeps the full name.
QString shortLabel(const QString &label) {
    if (label.size() <= maxCategoryLabel)
        return label;
    return label.left(maxCategoryLabel - 1) + QChar(0x2026);
}

void showToolTip(const QString &text) {
    QToolTip::showText(QCursor::pos(), text);
}

// Title, frame and fonts shared by every chart; call once the axes exist.
void styleChart(QChart *chart, const ChartData &data) {
    chart->setTitle(chartTitle(data.kind));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 6, 6));
    applyChartFonts(chart);
}

std::unique_ptr<QChart> pieChart(const ChartData &data) {
    auto chart = std::make_unique<QChart>();
    auto *series = new QPieSeries;
    const ChartData::Series &values = data.series.value(0);
    QStringList names;
    double total = 0;
    for (const auto &value : values.values)
        total += value ? value->toDouble() : 0;
    for (qsizetype i = 0; i < data.categories.size(); ++i) {
        const std::optional<Decimal> value = values.values.value(i);
        if (!value)
            continue;
        const double share = total > 0 ? value->toDouble() * 100 / total : 0;
        const QString shareText = QLocale().toString(share, 'f', 1) + u'%';
        const QString valueText = formatValue(*value, data.unit);
        auto *slice = series->append(data.categories[i], value->toDouble());
        names.append(data.categories[i]);
        slice->setColor(MetricPalette::color(data.categoryMetrics.value(i)));
        // A white edge separates slices; a whole pie needs none (it would
        // draw a stray radius).
        slice->setBorderColor(values.values.size() > 1 ? QColor(Qt::white) : slice->color());
        slice->setLabel(valueText + u"  " + shareText);
        slice->setLabelVisible(true);
        slice->setLabelArmLengthFactor(0.12);
        const QString tip = data.categories[i] + u'\n' + valueText + u"  (" + shareText + u')';
        QObject::connect(slice, &QPieSlice::hovered, slice, [slice, tip](bool state) {
            slice->setExploded(state);
            if (state)
                showToolTip(tip);
        });
    }
    series->setPieSize(0.62);
    chart->addSeries(series);
    // Slice labels carry the values; the legend names the slices.
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (qsizetype i = 0; i < markers.size() && i < names.size(); ++i)
        markers[i]->setLabel(names[i]);
    chart->legend()->setAlignment(Qt::AlignBottom);
    styleChart(chart.get(), data);
    return chart;
}

std::unique_ptr<QChart> barChart(const ChartData &data) {
    auto chart = std::make_unique<QChart>();
    const bool horizontal = data.shape == ChartData::Shape::HorizontalBars;
    QAbstractBarSeries *series = horizontal
                                     ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                     : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double maximum = 0;
    QStringList labels;
    for (const QString &category : data.categories)
        labels.append(shortLabel(category));
    QList<QList<std::optional<Decimal>>> labelValues;
    for (const ChartData::Series &values : data.series) {
        labelValues.append(values.values);
        auto *set = new QBarSet(values.name);
        set->setColor(MetricPalette::color(values.metric, values.facet));
        set->setBorderColor(set->color().darker(115));
        QStringList tips;
        for (qsizetype i = 0; i < data.categories.size(); ++i) {
            const std::optional<Decimal> value = values.values.value(i);
            const double number = value ? value->toDouble() : 0;
            maximum = qMax(maximum, number);
            set->append(number);
            tips.append(data.categories[i] + u'\n' + values.name + u": " +
                        (value ? formatValue(*value, data.unit)
                               : QCoreApplication::translate("ChartBuilder", "not stated")));
        }
        QObject::connect(set, &QBarSet::hovered, set, [tips](bool state, int index) {
            if (state)
                showToolTip(tips.value(index));
        });
        series->append(set);
    }
    // Wide bars leave room for the value labels of a budget/actual pair.
    series->setBarWidth(0.8);
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(labels);
    auto *valueAxis = new QValueAxis;
    // Room above the tallest bar for its label.
    valueAxis->setRange(0, maximum > 0 ? maximum * 1.18 : 1);
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(maximum >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    valueAxis->setTitleText(data.unit);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(data.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    styleChart(chart.get(), data);
    // Exact values over the bars ("—" where the report states none); amounts
    // take their unit from the axis title, scores say "分" on every bar.
    const QString suffix = data.kind == ChartKind::PerformanceScores ? data.unit : QString();
    auto *valueLabels = new BarValueLabels(chart.get(), series, labelValues,
                                           BarValueLabels::Layout::Grouped, suffix);
    QObject::connect(chart.get(), &QChart::plotAreaChanged, chart.get(),
                     [valueLabels] { valueLabels->refresh(); });
    return chart;
}

} // namespace

std::unique_ptr<QChart> buildChart(const ChartData &data) {
    if (data.isEmpty())
        return nullptr;
    return data.shape == ChartData::Shape::Pie ? pieChart(data) : barChart(data);
}

std::unique_ptr<QChart> buildChart(ChartKind kind, const model::Report &report) {
    return buildChart(chartData(kind, report));
}

} // namespace juesuan::ui
