// Charts: the figures each chart shows (checked against the sample text by
// hand), colours that follow the metric, labels with units, and PNG export
// of a chart as shown in the report view.
#include "tests/core/catchqtstrings.h"
#include "tests/ui/uitestapp.h"
#include "ui/charts/chartbuilder.h"
#include "ui/charts/chartdata.h"
#include "ui/charts/chartexport.h"
#include "ui/charts/chartspanel.h"
#include "ui/charts/chartview.h"
#include "ui/charts/metricpalette.h"
#include "ui/document/reportdocument.h"
#include "ui/document/reportlibrary.h"
#include "ui/exportfolder.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/views/reportview.h"

#include <QBarSet>
#include <QPieSeries>
#include <QPieSlice>
#include <QSet>
#include <QTemporaryDir>
#include <memory>

using namespace juesuan;

namespace {

// Value of a chart category, as the exact decimal text; empty when absent.
QString valueOf(const ui::ChartData &data, const QString &category, int series = 0) {
    const qsizetype index = data.categories.indexOf(category);
    if (index < 0 || series >= data.series.size())
        return {};
    const auto &value = data.series[series].values.value(index);
    return value ? value->toString() : QString();
}

// Distinct colours and the share of pixels that are not background white.
std::pair<qsizetype, double> inkOf(const QImage &image) {
    QSet<QRgb> colours;
    qint64 inked = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            colours.insert(pixel);
            if (qRed(pixel) < 240 || qGreen(pixel) < 240 || qBlue(pixel) < 240)
                ++inked;
        }
    return {colours.size(), double(inked) / (image.width() * image.height())};
}

} // namespace

TEST_CASE("Chart data are the figures the report states", "[ui][charts]") {
    ui::applyLanguage(i18n::Language::Chinese);
    std::unique_ptr<ui::ReportDocument> wuhai(uitest::loadDocument(uitest::wuhaiPath()));
    REQUIRE(wuhai->isLoaded());
    const model::Report &report = wuhai->report();

    SECTION("income by source: the one non-zero source, zero sources left out") {
        const ui::ChartData data = ui::chartData(ui::ChartKind::IncomeBySource, report);
        // 本年一般公共预算财政拨款收入 199.32 万元，占 100.00%; the other seven are 0.
        CHECK(data.categories == QStringList{QStringLiteral("一般公共预算财政拨款收入")});
        CHECK(valueOf(data, QStringLiteral("一般公共预算财政拨款收入")) == u"199.32");
        CHECK(data.unit == u"万元");
    }
    SECTION("expenditure by kind") {
        const ui::ChartData data = ui::chartData(ui::ChartKind::ExpenditureByKind, report);
        CHECK(valueOf(data, QStringLiteral("基本支出")) == u"102.26");
        CHECK(valueOf(data, QStringLiteral("项目支出")) == u"97.06");
        CHECK(data.categories.size() == 2);
    }
    SECTION("functional classes: actuals, and budgets from the stated change") {
        const ui::ChartData data = ui::chartData(ui::ChartKind::FunctionalBudgetVsActual, report);
        REQUIRE(data.series.size() == 2);
        struct Row {
            const char16_t *name;
            const char16_t *budget; // actual ∓ the change the text states
            const char16_t *actual;
        };
        const Row rows[] = {
            {u"一般公共服务", u"84.14", u"97.20"},       // 97.20, 增加 13.06
            {u"社会保障和就业支出", u"56.19", u"55.05"}, // 55.05, 减少 1.14
            {u"卫生健康支出", u"18.34", u"17.20"},       // 17.20, 减少 1.14
            {u"住房保障支出", u"29.34", u"29.87"},       // 29.87, 增加 0.53
        };
        CHECK(data.categories.size() == qsizetype(std::size(rows)));
        for (const Row &row : rows) {
            const QString name = QString::fromUtf16(row.name);
            INFO(name.toStdString());
            CHECK(valueOf(data, name, 0) == QString::fromUtf16(row.budget));
            CHECK(valueOf(data, name, 1) == QString::fromUtf16(row.actual));
        }
        CHECK(!data.notes.isEmpty());
    }
    SECTION("basic expenditure: personnel and public") {
        const ui::ChartData data = ui::chartData(ui::ChartKind::BasicPersonnelVsPublic, report);
        CHECK(valueOf(data, QStringLiteral("人员经费")) == u"101.17");
        CHECK(valueOf(data, QStringLiteral("公用经费")) == u"1.09");
    }
    SECTION("三公: budget and actual stated as zero are shown, not dropped") {
        const ui::ChartData data = ui::chartData(ui::ChartKind::ThreePublicBudgetVsActual, report);
        CHECK(data.categories.contains(QStringLiteral("因公出国（境）费")));
        CHECK(valueOf(data, QStringLiteral("公务接待费"), 0) == u"0");
        CHECK(valueOf(data, QStringLiteral("公务接待费"), 1) == u"0");
    }
    SECTION("performance: the table's total score wins over the narrative's") {
        const ui::ChartData data = ui::chartData(ui::ChartKind::PerformanceScores, report);
        CHECK(valueOf(data, QStringLiteral("困难劳模")) == u"94.5");
        CHECK(valueOf(data, QStringLiteral("劳动竞赛经费")) == u"40");
        CHECK(data.categories.first() == u"提高劳模待遇"); // the report's order
        CHECK(data.shape == ui::ChartData::Shape::HorizontalBars);
    }
}

TEST_CASE("A chart of parts shows one level: never a whole beside its part", "[ui][charts]") {
    ui::applyLanguage(i18n::Language::Chinese);
    std::unique_ptr<ui::ReportDocument> putuo(uitest::loadDocument(
        uitest::samplePath(QStringLiteral("shanghai-putuo-caizhengju-2024-final.pdf"))));
    REQUIRE(putuo->isLoaded());
    // 收入决算表: 本年收入合计 2,946.25 = 财政拨款收入 2,940.05 + 其他收入 6.20, and
    // the 财政拨款收入 is all 一般公共预算财政拨款收入 (2,940.05): its part, not a
    // second source of money.
    const ui::ChartData data = ui::chartData(ui::ChartKind::IncomeBySource, putuo->report());
    CHECK(data.categories ==
          QStringList{QStringLiteral("一般公共预算财政拨款收入"), QStringLiteral("其他收入")});
    CHECK(valueOf(data, QStringLiteral("一般公共预算财政拨款收入")) == u"2940.05");
    CHECK(valueOf(data, QStringLiteral("其他收入")) == u"6.2");
}

TEST_CASE("A metric has the same colour in every chart and every report", "[ui][charts]") {
    std::unique_ptr<ui::ReportDocument> wuhai(uitest::loadDocument(uitest::wuhaiPath()));
    std::unique_ptr<ui::ReportDocument> ordos(uitest::loadDocument(uitest::ordosPath()));
    for (const ui::ReportDocument *document : {wuhai.get(), ordos.get()}) {
        for (const ui::ChartKind kind :
             {ui::ChartKind::IncomeBySource, ui::ChartKind::ExpenditureByKind}) {
            const ui::ChartData data = ui::chartData(kind, document->report());
            const std::unique_ptr<QChart> chart = ui::buildChart(data);
            REQUIRE(chart);
            const auto *pie = qobject_cast<QPieSeries *>(chart->series().first());
            REQUIRE(pie);
            REQUIRE(pie->slices().size() == data.categoryMetrics.size());
            for (qsizetype i = 0; i < data.categoryMetrics.size(); ++i) {
                INFO(data.categoryMetrics[i].toStdString());
                CHECK(pie->slices()[i]->color() ==
                      ui::MetricPalette::color(data.categoryMetrics[i]));
                // Every slice label carries its unit.
                CHECK(pie->slices()[i]->label().contains(data.unit));
            }
        }
    }
    // Different metrics of one chart differ.
    CHECK(ui::MetricPalette::color(u"expenditure.basic") !=
          ui::MetricPalette::color(u"expenditure.project"));
    CHECK(ui::MetricPalette::color(u"basic.personnel") !=
          ui::MetricPalette::color(u"basic.public"));
    CHECK(ui::MetricPalette::color(u"unknown.metric") ==
          ui::MetricPalette::color(u"unknown.metric"));
}

TEST_CASE("A chart the report states nothing for is not built", "[ui][charts]") {
    model::Report empty;
    for (const ui::ChartKind kind : ui::chartKinds()) {
        INFO(ui::chartKindId(kind).toStdString());
        CHECK(ui::chartData(kind, empty).isEmpty());
        CHECK(ui::buildChart(kind, empty) == nullptr);
    }
}

TEST_CASE("Chart export from the report view writes a non-blank PNG of the asked size",
          "[ui][charts][export]") {
    ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.openPaths({uitest::wuhaiPath()});
    REQUIRE(uitest::openAndWait(*window.library(), {}));
    REQUIRE(window.currentDocument());
    QTemporaryDir dir;

    const auto kind =
        GENERATE(ui::ChartKind::IncomeBySource, ui::ChartKind::FunctionalBudgetVsActual,
                 ui::ChartKind::PerformanceScores);
    INFO(ui::chartKindId(kind).toStdString());
    ui::ChartView *view = window.reportView()->chartsPanel()->chartView(kind);
    REQUIRE(view);
    QChart *chart = view->chart();
    REQUIRE(!chart->series().isEmpty());
    const QRectF shown = chart->geometry();

    const QSize size(900, 560);
    const QString path = dir.filePath(ui::chartKindId(kind) + u".png");
    REQUIRE(ui::exportChartPng(chart, size, path).isEmpty());
    QImage image(path);
    REQUIRE(!image.isNull());
    CHECK(image.size() == size);
    const auto [colours, ink] = inkOf(image);
    CHECK(colours > 16);               // text, axes and coloured series, anti-aliased
    CHECK(ink > 0.02);                 // not a white page
    CHECK(chart->geometry() == shown); // the view's chart is as it was
}

TEST_CASE("Exports default to a folder that exists", "[ui][export]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // The folder of the last export, while it is there.
    ui::rememberExportFolder(dir.filePath(QStringLiteral("chart.png")));
    CHECK(ui::exportFolder() == dir.path());
    // Gone (a removed USB stick, another machine's settings): an existing one.
    const QString gone = dir.filePath(QStringLiteral("gone"));
    ui::rememberExportFolder(gone + QStringLiteral("/chart.png"));
    const QString folder = ui::exportFolder();
    CHECK(folder != gone);
    CHECK(QFileInfo(folder).isDir());
}

TEST_CASE("Chart export reports what went wrong", "[ui][charts][export]") {
    std::unique_ptr<ui::ReportDocument> wuhai(uitest::loadDocument(uitest::wuhaiPath()));
    std::unique_ptr<QChart> chart =
        ui::buildChart(ui::ChartKind::ExpenditureByKind, wuhai->report());
    REQUIRE(chart);

    // A chart in no scene renders too, and is given back unparented.
    const ui::RenderedChart rendered = ui::renderChart(chart.get(), QSize(400, 300));
    REQUIRE(rendered.ok());
    CHECK(rendered.image.size() == QSize(400, 300));
    CHECK(chart->scene() == nullptr);

    CHECK(!ui::renderChart(chart.get(), QSize(0, 300)).ok());
    CHECK(!ui::renderChart(nullptr, QSize(400, 300)).ok());
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    const QString error = ui::exportChartPng(chart.get(), QSize(400, 300), missing);
    CHECK(error.contains(QStringLiteral("chart.png")));
    CHECK(!QFile::exists(missing));
}
