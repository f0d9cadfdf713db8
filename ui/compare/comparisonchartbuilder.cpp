#include "comparisonchartbuilder.h"

#include "charts/barvaluelabels.h"
#include "charts/chartfont.h"
#include "charts/metricpalette.h"
#include "comparisontext.h"
#include "figuretext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCoreApplication>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QLegend>
#include <QToolTip>
#include <QValueAxis>

namespace juesuan::ui {

using model::Decimal;
using Values = QList<std::optional<Decimal>>;

namespace {

struct BuilderText {
    Q_DECLARE_TR_FUNCTIONS(ComparisonChart)
};

constexpr qsizetype maxCategoryLabel = 12;
// Room beyond the longest bar for its label, as a share of the axis.
constexpr double labelRoom = 1.2;

QString shortLabel(const QString &label) {
    if (label.size() <= maxCategoryLabel)
        return label;
    return label.left(maxCategoryLabel - 1) + QChar(0x2026);
}

// The title in the chart's own text item: the chart's name, and under it in
// a smaller grey line which reports A and B are, so an exported image says
// what it compares.
QString titleHtml(const ComparisonChartData &data) {
    QString html = u"<b>" + data.title.toHtmlEscaped() + u"</b>";
    if (!data.subtitle.isEmpty()) {
        // Rich text collapses spaces; the gap between A and B must stay.
        QString subtitle = data.subtitle.toHtmlEscaped();
        subtitle.replace(QStringLiteral("  "), QStringLiteral("&nbsp;&nbsp;"));
        html += u"<br/><span style=\"font-size:9pt; font-weight:normal; color:#555555\">" +
                subtitle + u"</span>";
    }
    return html;
}

void styleChart(QChart *chart, const ComparisonChartData &data) {
    chart->setTitle(titleHtml(data));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(8, 6, 8, 6));
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void connectToolTips(QBarSet *set, const ComparisonChartData &data,
                     const ComparisonChartData::Series &series) {
    QStringList tips;
    for (qsizetype i = 0; i < data.categories.size(); ++i) {
        const std::optional<Decimal> value = series.values.value(i);
        tips.append(data.categories[i] + u'\n' + series.name + u": " +
                    (value ? formatValue(*value, data.unit)
                           : BuilderText::tr("not stated (%1)").arg(missingText())));
    }
    QObject::connect(set, &QBarSet::hovered, set, [tips](bool state, int index) {
        if (state)
            QToolTip::showText(QCursor::pos(), tips.value(index));
    });
}

// Value axis range: from 0 (or the most negative value) to the largest, with
// room for the labels beyond the bars' ends.
std::pair<double, double> valueRange(const ComparisonChartData &data) {
    double low = 0, high = 0;
    for (const auto &series : data.series)
        for (const auto &value : series.values)
            if (value) {
                low = qMin(low, value->toDouble());
                high = qMax(high, value->toDouble());
            }
    if (high <= 0 && low >= 0)
        high = 1;
    return {low * labelRoom, high * labelRoom};
}

std::unique_ptr<QChart> barChart(const ComparisonChartData &data) {
    auto chart = std::make_unique<QChart>();
    styleChart(chart.get(), data);
    const bool horizontal = data.shape == ComparisonChartData::Shape::HorizontalBars;
    QAbstractBarSeries *series = horizontal
                                     ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                     : static_cast<QAbstractBarSeries *>(new QBarSeries);
    // Horizontal sets are stacked bottom-up; reversing keeps A above B and
    // the first category at the top, as in the table.
    QList<ComparisonChartData::Series> ordered = data.series;
    QStringList categories = data.categories;
    if (horizontal) {
        std::reverse(categories.begin(), categories.end());
        for (auto &s : ordered)
            std::reverse(s.values.begin(), s.values.end());
        std::reverse(ordered.begin(), ordered.end());
    }
    ComparisonChartData drawn = data;
    drawn.categories = categories;
    QList<Values> labels;
    for (const ComparisonChartData::Series &values : ordered) {
        auto *set = new QBarSet(values.name);
        set->setColor(ComparisonPalette::side(values.side, values.facet));
        set->setBorderColor(set->color().darker(120));
        for (const auto &value : values.values)
            set->append(value ? value->toDouble() : 0);
        connectToolTips(set, drawn, values);
        series->append(set);
        labels.append(values.values);
    }
    // A lone category would otherwise get two bars as wide as the chart.
    const qreal groupWidth = data.series.size() > 2 ? 0.85 : 0.7;
    series->setBarWidth(qMin(groupWidth, 0.3 * qreal(categories.size())));
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    for (const QString &category : std::as_const(categories))
        categoryAxis->append(shortLabel(category));
    auto *valueAxis = new QValueAxis;
    const auto [low, high] = valueRange(data);
    valueAxis->setRange(low, high);
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(high >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    valueAxis->setTitleText(data.unit);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);

    // The legend lists A before B whatever the drawing order.
    chart->legend()->setReverseMarkers(horizontal);
    auto *valueLabels =
        new BarValueLabels(chart.get(), series, labels, BarValueLabels::Layout::Grouped);
    QObject::connect(chart.get(), &QChart::plotAreaChanged, chart.get(),
                     [valueLabels] { valueLabels->refresh(); });
    return chart;
}

std::unique_ptr<QChart> percentChart(const ComparisonChartData &data) {
    auto chart = std::make_unique<QChart>();
    styleChart(chart.get(), data);
    auto *series = new QHorizontalPercentBarSeries;
    QStringList categories = data.categories;
    std::reverse(categories.begin(), categories.end());
    ComparisonChartData drawn = data;
    drawn.categories = categories;
    QList<Values> labels;
    for (ComparisonChartData::Series part : data.series) {
        auto *set = new QBarSet(part.name);
        set->setColor(MetricPalette::color(part.metric));
        set->setBorderColor(Qt::white);
        std::reverse(part.values.begin(), part.values.end());
        for (const auto &value : std::as_const(part.values))
            set->append(value ? value->toDouble() : 0);
        connectToolTips(set, drawn, part);
        series->append(set);
        labels.append(part.values);
    }
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, 100);
    valueAxis->setLabelFormat(QStringLiteral("%.0f%%"));
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    auto *valueLabels = new BarValueLabels(chart.get(), series, labels,
                                           BarValueLabels::Layout::Stacked, QStringLiteral("%"));
    QObject::connect(chart.get(), &QChart::plotAreaChanged, chart.get(),
                     [valueLabels] { valueLabels->refresh(); });
    return chart;
}

} // namespace

std::unique_ptr<QChart> buildComparisonChart(const ComparisonChartData &data) {
    if (data.isEmpty())
        return nullptr;
    std::unique_ptr<QChart> chart =
        data.shape == ComparisonChartData::Shape::PercentBars ? percentChart(data) : barChart(data);
    applyChartFonts(chart.get());
    return chart;
}

std::unique_ptr<QChart> buildComparisonChart(ComparisonChartKind kind,
                                             const compare::Comparison &comparison) {
    return buildComparisonChart(comparisonChartData(kind, comparison));
}

} // namespace juesuan::ui
