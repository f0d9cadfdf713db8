// One palette: a metric has the same colour in a report's chart and in a
// comparison's chart, read back from the charts as built, and no metric
// colour can be taken for a side (A or B) of a comparison.
#include "tests/core/catchqtstrings.h"
#include "tests/ui/test_compare_support.h"
#include "ui/charts/chartbuilder.h"
#include "ui/charts/chartdata.h"
#include "ui/charts/metricpalette.h"
#include "ui/compare/comparisonchartbuilder.h"
#include "ui/language.h"

#include <QBarLegendMarker>
#include <QBarSet>
#include <QHash>
#include <QLegend>
#include <QPieLegendMarker>
#include <QPieSlice>
#include <array>
#include <cmath>

using namespace juesuan;
using ui::Side;

namespace {

// CIE L*a*b* of an sRGB colour (D65), for telling how far apart two colours
// look: a distance (ΔE*ab) above about 30 is a different colour at a glance.
std::array<double, 3> lab(const QColor &colour) {
    auto linear = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double r = linear(colour.redF());
    const double g = linear(colour.greenF());
    const double b = linear(colour.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double distance(const QColor &first, const QColor &second) {
    const auto a = lab(first);
    const auto b = lab(second);
    return std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

// What a chart's legend names, with the colour of the slice or bar set each
// name stands for.
QHash<QString, QColor> coloursByName(const std::unique_ptr<QChart> &chart) {
    REQUIRE(chart);
    QHash<QString, QColor> colours;
    const QList<QLegendMarker *> markers = chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        if (auto *slice = qobject_cast<QPieLegendMarker *>(marker))
            colours.insert(marker->label(), slice->slice()->color());
        else if (auto *bars = qobject_cast<QBarLegendMarker *>(marker))
            colours.insert(marker->label(), bars->barset()->color());
    }
    return colours;
}

} // namespace

TEST_CASE("A metric has one colour in a report chart and in a comparison chart",
          "[ui][charts][compare]") {
    ui::applyLanguage(i18n::Language::Chinese);
    const comparetest::LoadedPair pair = comparetest::samples();
    const QHash<QString, QColor> structure = coloursByName(ui::buildComparisonChart(
        ui::ComparisonChartKind::Structure, pair.comparison->comparison()));
    QStringList compared;
    for (const ui::ReportDocument *document : {pair.first.get(), pair.second.get()}) {
        for (const ui::ChartKind kind :
             {ui::ChartKind::IncomeBySource, ui::ChartKind::ExpenditureByKind}) {
            const QHash<QString, QColor> pie =
                coloursByName(ui::buildChart(kind, document->report()));
            REQUIRE(!pie.isEmpty());
            for (auto it = pie.cbegin(); it != pie.cend(); ++it) {
                INFO(it.key().toStdString());
                REQUIRE(structure.contains(it.key()));
                CHECK(it.value() == structure.value(it.key()));
                compared.append(it.key());
            }
        }
    }
    // 一般公共预算 and both expenditure kinds stood in both charts.
    CHECK(compared.contains(QStringLiteral("一般公共预算财政拨款收入")));
    CHECK(compared.contains(QStringLiteral("基本支出")));
    CHECK(compared.contains(QStringLiteral("项目支出")));
}

TEST_CASE("No metric colour can be taken for a side of a comparison", "[ui][charts][compare]") {
    // Nothing stated: every metric of the groups, wholes and parts.
    const auto none = [](const QString &) { return false; };
    QStringList parts =
        ui::groupMetrics(u"income_sources", none) + ui::groupMetrics(u"expenditure_kinds", none);
    REQUIRE(parts.size() > 10);
    QStringList metrics = parts;
    metrics << QStringLiteral("basic.personnel") << QStringLiteral("basic.public")
            << QStringLiteral("func.expenditure") << QStringLiteral("threepublic.total")
            << QStringLiteral("perf.project.score");
    // Ids without a colour of their own take one from the hash.
    for (int i = 0; i < 40; ++i)
        metrics << QStringLiteral("unknown.metric.%1").arg(i);
    for (const QString &metric : std::as_const(metrics)) {
        for (const Side side : {Side::A, Side::B}) {
            for (const model::Facet facet : {model::Facet::Value, model::Facet::Budget}) {
                INFO(metric.toStdString());
                CHECK(distance(ui::MetricPalette::color(metric),
                               ui::ComparisonPalette::side(side, facet)) > 30);
            }
        }
    }
    // The parts of income and expenditure share the structure chart's
    // legend: each is told apart from every other.
    for (qsizetype i = 0; i < parts.size(); ++i)
        for (qsizetype j = i + 1; j < parts.size(); ++j) {
            INFO(parts[i].toStdString() + " / " + parts[j].toStdString());
            CHECK(distance(ui::MetricPalette::color(parts[i]), ui::MetricPalette::color(parts[j])) >
                  15);
        }
}
