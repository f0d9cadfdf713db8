// Comparison charts: the figures each one shows (read by hand from the two
// sample texts), A and B in the same colours everywhere, Chinese drawn with
// a CJK font that really resolved, and PNG/SVG export at the asked size.
#include "tests/core/catchqtstrings.h"
#include "tests/ui/test_compare_support.h"
#include "ui/charts/chartfont.h"
#include "ui/compare/comparisonchartbuilder.h"
#include "ui/compare/comparisonchartdata.h"
#include "ui/compare/comparisonexportrequest.h"
#include "ui/compare/comparisonimage.h"
#include "ui/language.h"

#include <QAbstractAxis>
#include <QBarSet>
#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QHorizontalBarSeries>
#include <QTemporaryDir>

using namespace juesuan;
using ui::ComparisonChartKind;
using ui::Side;

namespace {

// A series value at a category as exact text; "missing" when not stated.
QString valueAt(const ui::ChartData &data, qsizetype series, const QString &category) {
    const qsizetype i = data.categories.indexOf(category);
    REQUIRE(i >= 0);
    const auto &value = data.series.value(series).values.value(i);
    return value ? value->toString() : QStringLiteral("missing");
}

bool writesChinese(const QString &family) {
    return QFontDatabase::writingSystems(family).contains(QFontDatabase::SimplifiedChinese);
}

} // namespace

TEST_CASE("Comparison charts show each side's figures", "[ui][compare][charts]") {
    ui::applyLanguage(i18n::Language::Chinese);
    const comparetest::LoadedPair pair = comparetest::samples();
    const compare::Comparison &comparison = pair.comparison->comparison();

    SECTION("income sources: the sources either side states as non-zero") {
        const auto data = ui::comparisonChartData(ComparisonChartKind::IncomeSources, comparison);
        CHECK(data.categories == QStringList{QStringLiteral("一般公共预算财政拨款收入")});
        REQUIRE(data.series.size() == 2);
        CHECK(data.series[0].side == Side::A);
        // The legend names the reports, not only A and B.
        CHECK(data.series[0].name == u"A · 乌海市总工会（差额） 2024年");
        CHECK(data.series[1].name.startsWith(u"B · 内蒙古自治区鄂尔多斯市总工会"));
        CHECK(valueAt(data, 0, QStringLiteral("一般公共预算财政拨款收入")) == u"199.32");
        CHECK(valueAt(data, 1, QStringLiteral("一般公共预算财政拨款收入")) == u"1336.82");
        CHECK(data.unit == u"万元");
        CHECK(data.subtitle.contains(u"乌海市总工会"));
        CHECK(data.subtitle.contains(u"鄂尔多斯市总工会"));
    }
    SECTION("expenditure kinds") {
        const auto data =
            ui::comparisonChartData(ComparisonChartKind::ExpenditureKinds, comparison);
        CHECK(data.categories ==
              QStringList{QStringLiteral("基本支出"), QStringLiteral("项目支出")});
        CHECK(valueAt(data, 0, QStringLiteral("基本支出")) == u"102.26");
        CHECK(valueAt(data, 1, QStringLiteral("基本支出")) == u"173.15");
        CHECK(valueAt(data, 0, QStringLiteral("项目支出")) == u"97.06");
        CHECK(valueAt(data, 1, QStringLiteral("项目支出")) == u"1163.67");
    }
    SECTION("functional classes, aligned by name") {
        const auto data =
            ui::comparisonChartData(ComparisonChartKind::FunctionalClasses, comparison);
        CHECK(data.categories.size() == 4);
        CHECK(valueAt(data, 0, QStringLiteral("一般公共服务")) == u"97.20");
        CHECK(valueAt(data, 1, QStringLiteral("一般公共服务")) == u"1102.09");
        CHECK(valueAt(data, 0, QStringLiteral("卫生健康支出")) == u"17.20");
        CHECK(valueAt(data, 1, QStringLiteral("卫生健康支出")) == u"13.84");
    }
    SECTION("budget against actual for both, the total first") {
        const auto data = ui::comparisonChartData(ComparisonChartKind::BudgetVsActual, comparison);
        REQUIRE(data.series.size() == 4); // A budget, A actual, B budget, B actual
        CHECK(data.series[0].facet == model::Facet::Budget);
        CHECK(data.series[3].side == Side::B);
        CHECK(data.categories.first() == u"一般公共预算财政拨款支出");
        CHECK(valueAt(data, 0, data.categories.first()) == u"188.01");
        CHECK(valueAt(data, 1, data.categories.first()) == u"199.32");
        CHECK(valueAt(data, 2, data.categories.first()) == u"1164.97");
        // Ordos: 一般公共服务 1102.09, "与年初预算相比增加43.91万元" → budget 1058.18.
        CHECK(valueAt(data, 2, QStringLiteral("一般公共服务")) == u"1058.18");
        CHECK(valueAt(data, 3, QStringLiteral("一般公共服务")) == u"1102.09");
        CHECK_FALSE(data.notes.isEmpty()); // says that budget was derived
    }
    SECTION("structure: shares computed from the amounts") {
        const auto data = ui::comparisonChartData(ComparisonChartKind::Structure, comparison);
        CHECK(data.unit == u"%");
        // 102.26 / 199.32 = 51.30%; 173.15 / 1336.82 = 12.95% → 13.0.
        const qsizetype basic =
            std::find_if(data.series.cbegin(), data.series.cend(),
                         [](const auto &s) { return s.metric == u"expenditure.basic"; }) -
            data.series.cbegin();
        REQUIRE(basic < data.series.size());
        CHECK(valueAt(data, basic, QStringLiteral("A 支出")) == u"51.3");
        CHECK(valueAt(data, basic, QStringLiteral("B 支出")) == u"13.0");
        CHECK(valueAt(data, basic, QStringLiteral("A 收入")) == u"missing");
    }
}

TEST_CASE("Comparison charts of parts show one level: never a whole beside its part",
          "[ui][compare][charts]") {
    ui::applyLanguage(i18n::Language::Chinese);
    const comparetest::LoadedPair pair = comparetest::loadPair(
        uitest::wuhaiPath(),
        uitest::samplePath(QStringLiteral("shanghai-putuo-caizhengju-2024-final.pdf")));
    const compare::Comparison &comparison = pair.comparison->comparison();
    const QString fiscal = QStringLiteral("财政拨款收入");
    // Putuo states 财政拨款收入 2,940.05 and its part 一般公共预算财政拨款收入 2,940.05.
    const auto sources = ui::comparisonChartData(ComparisonChartKind::IncomeSources, comparison);
    CHECK(sources.categories ==
          QStringList{QStringLiteral("一般公共预算财政拨款收入"), QStringLiteral("其他收入")});
    const auto structure = ui::comparisonChartData(ComparisonChartKind::Structure, comparison);
    for (const ui::ChartData::Series &series : structure.series)
        CHECK(series.name != fiscal);
    // Putuo's income shares add up to 100: 2,940.05 / 2,946.25 = 99.79 % → 99.8, 0.2.
    const qsizetype general =
        std::find_if(structure.series.cbegin(), structure.series.cend(),
                     [](const auto &s) { return s.metric == u"income.general_budget"; }) -
        structure.series.cbegin();
    REQUIRE(general < structure.series.size());
    // Two units: A and B as given, so B is Putuo.
    CHECK(valueAt(structure, general, QStringLiteral("B 收入")) == u"99.8");
}

TEST_CASE("A and B keep their colours and Chinese resolves to a CJK font",
          "[ui][compare][charts]") {
    ui::applyLanguage(i18n::Language::Chinese);
    const comparetest::LoadedPair pair = comparetest::samples();
    const compare::Comparison &comparison = pair.comparison->comparison();
    for (const ComparisonChartKind kind :
         {ComparisonChartKind::IncomeSources, ComparisonChartKind::FunctionalClasses,
          ComparisonChartKind::BudgetVsActual}) {
        INFO(ui::comparisonChartId(kind).toStdString());
        const std::unique_ptr<QChart> chart = ui::buildComparisonChart(kind, comparison);
        REQUIRE(chart);
        const auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().first());
        REQUIRE(series);
        for (QBarSet *set : series->barSets()) {
            INFO(set->label().toStdString());
            const Side side = set->label().startsWith(u'A') ? Side::A : Side::B;
            const model::Facet facet =
                set->label().contains(u"预算") ? model::Facet::Budget : model::Facet::Value;
            CHECK(set->color() == ui::ComparisonPalette::side(side, facet));
        }
        // The fonts the chart asks for resolve to a family that writes
        // Simplified Chinese, not to a Latin font with per-glyph fallback.
        for (const QFont &font : {chart->titleFont(), chart->legend()->font(),
                                  chart->axes(Qt::Horizontal).first()->labelsFont(),
                                  chart->axes(Qt::Vertical).first()->labelsFont()}) {
            const QString family = QFontInfo(font).family();
            INFO(family.toStdString());
            CHECK(writesChinese(family));
            CHECK(family == ui::cjkFontFamily());
        }
    }
    // The structure chart's parts stand in bars labelled A and B: none of
    // them may take A's or B's colour.
    const std::unique_ptr<QChart> structure =
        ui::buildComparisonChart(ComparisonChartKind::Structure, comparison);
    REQUIRE(structure);
    const auto *parts = qobject_cast<QAbstractBarSeries *>(structure->series().first());
    REQUIRE(parts);
    for (QBarSet *set : parts->barSets()) {
        INFO(set->label().toStdString());
        for (const Side side : {Side::A, Side::B})
            for (const model::Facet facet : {model::Facet::Value, model::Facet::Budget})
                CHECK(set->color() != ui::ComparisonPalette::side(side, facet));
    }
    CHECK(ui::ComparisonPalette::side(Side::A) != ui::ComparisonPalette::side(Side::B));
    CHECK(ui::ComparisonPalette::side(Side::A, model::Facet::Budget) !=
          ui::ComparisonPalette::side(Side::A));
}

TEST_CASE("A comparison chart exports as PNG at the asked size and scale, and as SVG",
          "[ui][compare][charts][export]") {
    ui::applyLanguage(i18n::Language::Chinese);
    const comparetest::LoadedPair pair = comparetest::samples();
    const compare::Comparison &comparison = pair.comparison->comparison();
    QTemporaryDir dir;
    using Format = ui::ComparisonExportRequest::Format;

    const auto kind =
        GENERATE(ComparisonChartKind::ExpenditureKinds, ComparisonChartKind::FunctionalClasses,
                 ComparisonChartKind::Structure);
    INFO(ui::comparisonChartId(kind).toStdString());
    const QString png = dir.filePath(ui::comparisonChartId(kind) + u".png");
    REQUIRE(ui::exportComparisonCharts(comparison, {kind}, Format::Png, png, QSize(800, 500), 2)
                .isEmpty());
    const QImage image(png);
    REQUIRE(!image.isNull());
    CHECK(image.size() == QSize(1600, 1000)); // 800×500 at 2×
    const auto [colours, ink] = comparetest::inkOf(image);
    CHECK(colours > 64); // anti-aliased text, axes and coloured bars
    CHECK(ink > 0.04);   // not a white page
    if (kind != ComparisonChartKind::Structure) {
        CHECK(comparetest::hasColour(image, ui::ComparisonPalette::side(Side::A)));
        CHECK(comparetest::hasColour(image, ui::ComparisonPalette::side(Side::B)));
    }

    const QString svg = dir.filePath(ui::comparisonChartId(kind) + u".svg");
    REQUIRE(ui::exportComparisonCharts(comparison, {kind}, Format::Svg, svg, QSize(800, 500), 2)
                .isEmpty());
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.startsWith(u"<?xml"));
    CHECK(text.contains(u"viewBox=\"0 0 800 500\""));
    CHECK(text.contains(ui::comparisonChartTitle(kind))); // the Chinese title, as text
    CHECK(text.contains(u"<text"));
}

TEST_CASE("All comparison charts share one image under a heading", "[ui][compare][export]") {
    ui::applyLanguage(i18n::Language::Chinese);
    const comparetest::LoadedPair pair = comparetest::samples();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("all.png"));
    REQUIRE(ui::exportComparisonCharts(pair.comparison->comparison(), ui::comparisonChartKinds(),
                                       ui::ComparisonExportRequest::Format::Png, path,
                                       ui::defaultImageSize, ui::defaultImageScale)
                .isEmpty());
    const QImage image(path);
    CHECK(image.size() == QSize(3200, 2000)); // the default: 1600×1000 at 2×
}

TEST_CASE("Comparison image export says what went wrong", "[ui][compare][export]") {
    ui::applyLanguage(i18n::Language::Chinese);
    const comparetest::LoadedPair pair = comparetest::samples();
    const std::unique_ptr<QChart> chart =
        ui::buildComparisonChart(ComparisonChartKind::IncomeSources, pair.comparison->comparison());
    REQUIRE(chart);
    QTemporaryDir dir;
    CHECK_FALSE(ui::renderCharts({chart.get()}, QSize(800, 500), 40).ok()); // absurd scale
    CHECK_FALSE(ui::renderCharts({chart.get()}, QSize(0, 500), 1).ok());
    CHECK_FALSE(ui::renderCharts({}, QSize(800, 500), 1).ok());
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    CHECK(ui::writeChartsPng({chart.get()}, missing, QSize(800, 500), 1).contains(u"chart.png"));
    CHECK_FALSE(QFile::exists(missing));
    const QString svg = dir.filePath(QStringLiteral("no/such/folder/chart.svg"));
    CHECK(ui::writeChartsSvg({chart.get()}, svg, QSize(800, 500)).contains(u"chart.svg"));

    // Two empty reports: nothing to draw is said, not drawn as an empty frame.
    const model::Report empty;
    const compare::Comparison nothing = compare::compareReports(empty, empty);
    CHECK(ui::comparisonChartData(ComparisonChartKind::IncomeSources, nothing).isEmpty());
    CHECK(ui::buildComparisonChart(ComparisonChartKind::IncomeSources, nothing) == nullptr);
    CHECK_FALSE(ui::exportComparisonCharts(
                    nothing, ui::comparisonChartKinds(), ui::ComparisonExportRequest::Format::Png,
                    dir.filePath(QStringLiteral("x.png")), QSize(800, 500), 1)
                    .isEmpty());
}

TEST_CASE("Plan against actual: the execution rate of each planned amount",
          "[ui][compare][charts]") {
    ui::applyLanguage(i18n::Language::Chinese);
    const comparetest::LoadedPair pair = comparetest::loadPair(
        uitest::wuhaiPath(), comparetest::fixturePath(QStringLiteral("wuhai-2024-budget.txt")));
    const compare::Comparison &comparison = pair.comparison->comparison();
    REQUIRE(comparison.mode == compare::Mode::PlanVsActual);

    // Bars of amounts: A is the plan, B what was spent, named so in the legend.
    const auto kinds = ui::comparisonChartData(ComparisonChartKind::ExpenditureKinds, comparison);
    REQUIRE(kinds.series.size() == 2);
    CHECK(kinds.series[0].name == u"A · 预算");
    CHECK(kinds.series[1].name == u"B · 决算");
    CHECK(valueAt(kinds, 0, QStringLiteral("基本支出")) == u"104.01");
    CHECK(valueAt(kinds, 1, QStringLiteral("基本支出")) == u"102.26");

    // Execution: actual ÷ plan, by hand: 199.32 ÷ 188.01, 102.26 ÷ 104.01,
    // 97.06 ÷ 84.00; the 三公 plan of 0 has no rate and is not drawn.
    const auto rates = ui::comparisonChartData(ComparisonChartKind::ExecutionRate, comparison);
    CHECK(rates.quantity == model::QuantityKind::Percent);
    REQUIRE(rates.series.size() == 1);
    CHECK(valueAt(rates, 0, QStringLiteral("支出总计")) == u"106.02");
    CHECK(valueAt(rates, 0, QStringLiteral("基本支出")) == u"98.32");
    CHECK(valueAt(rates, 0, QStringLiteral("项目支出")) == u"115.55");
    CHECK(!rates.categories.contains(QStringLiteral("“三公”经费")));

    // Between two finals there is no plan: the chart stays empty.
    const comparetest::LoadedPair finals = comparetest::samples();
    CHECK(
        ui::comparisonChartData(ComparisonChartKind::ExecutionRate, finals.comparison->comparison())
            .isEmpty());
}
