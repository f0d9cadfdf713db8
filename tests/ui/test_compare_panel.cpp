// The comparison panel: the header tells the mode and names A and B, a
// finding selects the rows it involves, and the panel exports the aligned
// table (CSV, XLSX) and itself (PNG) without asking anything.
#include "core/wording/comparisontext.h"
#include "tests/core/catchqtstrings.h"
#include "tests/ui/test_compare_support.h"
#include "ui/compare/comparisondocument.h"
#include "ui/compare/comparisonexportdialog.h"
#include "ui/compare/comparisonfindingsmodel.h"
#include "ui/compare/comparisonmodel.h"
#include "ui/compare/comparisonpanel.h"
#include "ui/compare/comparisonwindow.h"
#include "ui/document/reportlibrary.h"
#include "ui/language.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace juesuan;
using Request = ui::ComparisonExportRequest;

TEST_CASE("The panel header tells the mode and names both reports", "[ui][compare][panel]") {
    ui::applyLanguage(i18n::Language::Chinese);
    const comparetest::LoadedPair pair = comparetest::yearOverYear();
    ui::ComparisonPanel panel;
    panel.setDocument(pair.comparison.get());
    const QString title = panel.header()->text();
    CHECK(title.contains(u"乌海市总工会"));
    CHECK(title.contains(wording::yearText(2023)));
    CHECK(title.contains(wording::yearText(2024)));
    // Year over year: the earlier report is A whichever came first.
    CHECK(title.indexOf(wording::yearText(2023)) < title.indexOf(wording::yearText(2024)));
    const QList<QLabel *> labels = panel.findChildren<QLabel *>();
    CHECK(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text() == wording::modeText(compare::Mode::YearOverYear);
    }));

    const comparetest::LoadedPair units = comparetest::samples();
    panel.setDocument(units.comparison.get());
    CHECK(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text() == wording::modeText(compare::Mode::UnitVsUnit);
    }));
    CHECK(panel.header()->text().contains(u"鄂尔多斯市总工会"));
}

TEST_CASE("Selecting a finding selects the rows whose figures it involves",
          "[ui][compare][panel]") {
    ui::applyLanguage(i18n::Language::Chinese);
    const comparetest::LoadedPair pair = comparetest::samples();
    ui::ComparisonPanel panel;
    panel.setDocument(pair.comparison.get());
    panel.resize(1300, 850);
    panel.show();
    const ui::ComparisonFindingsModel *findings = panel.findingsModel();
    // The first finding of B (Ordos) that names a compared figure.
    int chosen = -1;
    for (int row = 0; row < findings->rowCount() && chosen < 0; ++row) {
        const QModelIndex index = findings->index(row, 0);
        if (index.data(ui::ComparisonFindingsModel::SideRole).toInt() != int(ui::Side::B))
            continue;
        const int finding = index.data(ui::ComparisonFindingsModel::FindingIndexRole).toInt();
        for (int r = 0; r < pair.comparison->comparison().rows.size(); ++r)
            if (pair.comparison->findingsOfRow(r, ui::Side::B).contains(finding))
                chosen = row;
    }
    REQUIRE(chosen >= 0);
    panel.findingsView()->setCurrentIndex(findings->index(chosen, 0));
    const int finding =
        findings->index(chosen, 0).data(ui::ComparisonFindingsModel::FindingIndexRole).toInt();
    const QModelIndexList selected = panel.tableView()->selectionModel()->selectedRows();
    REQUIRE_FALSE(selected.isEmpty());
    for (const QModelIndex &index : selected) {
        const int row = index.data(ui::ComparisonModel::RowRole).toInt();
        CHECK(pair.comparison->findingsOfRow(row, ui::Side::B).contains(finding));
    }
}

TEST_CASE("The panel exports the aligned table and itself", "[ui][compare][panel][export]") {
    ui::applyLanguage(i18n::Language::Chinese);
    const comparetest::LoadedPair pair = comparetest::samples();
    ui::ComparisonPanel panel;
    panel.setDocument(pair.comparison.get());
    panel.resize(1100, 760);
    panel.show();
    QTemporaryDir dir;

    Request csv{Request::Target::Table,
                {},
                Request::Format::Csv,
                {},
                1,
                dir.filePath(QStringLiteral("table.csv"))};
    REQUIRE(panel.exportTo(csv).isEmpty());
    QFile csvFile(csv.path);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QString table = QString::fromUtf8(csvFile.readAll());
    CHECK(table.contains(u"income.total,收入总计,value,,199.32,1336.82,万元,1137.50,570.69"));

    Request xlsx = csv;
    xlsx.format = Request::Format::Xlsx;
    xlsx.path = dir.filePath(QStringLiteral("table.xlsx"));
    REQUIRE(panel.exportTo(xlsx).isEmpty());
    QFile xlsxFile(xlsx.path);
    REQUIRE(xlsxFile.open(QIODevice::ReadOnly));
    CHECK(xlsxFile.read(2) == QByteArray("PK"));

    SECTION("the whole panel as PNG, at the asked size, given back its own size") {
        Request png{Request::Target::Panel, {},  Request::Format::Png,
                    QSize(1200, 800),       1.5, dir.filePath(QStringLiteral("panel.png"))};
        REQUIRE(panel.exportTo(png).isEmpty());
        const QImage image(png.path);
        CHECK(image.size() == QSize(1800, 1200));
        const auto [colours, ink] = comparetest::inkOf(image);
        CHECK(colours > 64);
        CHECK(ink > 0.05);
        CHECK(panel.size() == QSize(1100, 760));
    }
    SECTION("a format that does not fit the target is refused") {
        Request wrong = csv;
        wrong.format = Request::Format::Png;
        CHECK(panel.exportTo(wrong).contains(u"table.csv"));
        wrong = {Request::Target::AllCharts,
                 {},
                 Request::Format::Xlsx,
                 {},
                 1,
                 dir.filePath(QStringLiteral("charts.xlsx"))};
        CHECK_FALSE(panel.exportTo(wrong).isEmpty());
        CHECK_FALSE(QFile::exists(wrong.path));
    }
}

TEST_CASE("The export dialog proposes 1600×1000 at 2× and follows the format",
          "[ui][compare][panel][export]") {
    ui::applyLanguage(i18n::Language::Chinese);
    ui::ComparisonExportDialog dialog(
        {ui::ComparisonChartKind::IncomeSources, ui::ComparisonChartKind::Structure},
        QSize(1000, 700));
    Request request = dialog.request();
    CHECK(request.target == Request::Target::AllCharts);
    CHECK(request.format == Request::Format::Png);
    CHECK(request.size == QSize(1600, 1000));
    CHECK(request.scale == 2.0);
    CHECK(request.path.endsWith(u".png"));

    QComboBox *target = dialog.findChildren<QComboBox *>().first();
    target->setCurrentIndex(target->count() - 1); // the aligned table
    request = dialog.request();
    CHECK(request.target == Request::Target::Table);
    CHECK(request.format == Request::Format::Xlsx);
    CHECK(request.path.endsWith(u".xlsx"));

    target->setCurrentIndex(1); // the first chart
    request = dialog.request();
    CHECK(request.target == Request::Target::Chart);
    CHECK(request.chart == ui::ComparisonChartKind::IncomeSources);
    CHECK(request.path.endsWith(u".png"));
}

TEST_CASE("With two reports open, Compare opens their comparison at once", "[ui][compare][panel]") {
    ui::ReportLibrary library;
    REQUIRE(uitest::openAndWait(library, {uitest::wuhaiPath(), uitest::ordosPath()}));
    REQUIRE(library.count() == 2);
    QPointer<ui::ComparisonWindow> window = ui::openComparison(&library, {}, nullptr);
    REQUIRE(window);
    CHECK(window->document()->isValid());
    CHECK(window->windowTitle().contains(u"乌海市总工会"));
    // Closing one of the reports closes the comparison (and deletes it).
    library.close(library.at(1));
    // The document and then the window are deleted later, one after the other.
    for (int round = 0; round < 5 && window; ++round) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    CHECK(window.isNull());
}
