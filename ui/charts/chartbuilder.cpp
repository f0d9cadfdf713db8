#include "ui/charts/chartbuilder.h"

#include "core/wording/figuretext.h"
#include "ui/charts/barchart.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/metricpalette.h"

#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>

namespace juesuan::ui {

using model::Decimal;

namespace {

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
        const QString valueText = wording::formatValue(*value, data.unit);
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
                showChartToolTip(tip);
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
