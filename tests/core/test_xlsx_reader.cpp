// XLSX workbooks: shared strings, number formats printed exactly, merged
// caption rows and header cells, one table per sheet.

#include "core/check/checker.h"
#include "core/extract/extractor.h"
#include "core/ingest/reader.h"
#include "core/ingest/xlsxparts.h"
#include "tests/core/catchqtstrings.h"
#include "tests/core/test_docx_fixtures.h"
#include "tests/core/testdata.h"

#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

QString tableValue(const model::Report &report, const QString &metric, model::Facet facet,
                   const QString &subject = {}) {
    for (const model::Figure &figure : report.figures)
        if (figure.origin == model::Origin::Table && figure.metric == metric &&
            figure.facet == facet && figure.subject == subject)
            return figure.quantity.value().toString();
    return {};
}

} // namespace

TEST_CASE("XLSX: stored numbers are printed as their format shows them, exactly", "[xlsx]") {
    struct Case {
        const char16_t *stored;
        int decimals;
        bool percent;
        const char16_t *shown;
    };
    const Case cases[] = {
        {u"2940.0500000000002", 2, false, u"2940.05"}, // binary noise in the stored digits
        {u"1150.4", 2, false, u"1150.40"},             // "#,##0.00" keeps the zero
        {u"0.125", 2, false, u"0.13"},                 // half away from zero
        {u"-0.125", 2, false, u"-0.13"},
        {u"1.5E-2", 2, true, u"1.50%"},
        {u"2.5E3", 0, false, u"2500"},
        {u"1336.82", -1, false, u"1336.82"}, // General
        {u"79.750000000000014", -1, false, u"79.75"},
        {u"12", -1, false, u"12"},
    };
    for (const Case &item : cases) {
        INFO(QString::fromUtf16(item.stored).toStdString());
        CHECK(ingest::displayNumber(QString::fromUtf16(item.stored), item.decimals, item.percent) ==
              QString::fromUtf16(item.shown));
    }
}

TEST_CASE("XLSX made by LibreOffice: the 收入支出决算总表 with its caption rows", "[xlsx]") {
    auto result = ingest::readSource(testDataPath(QStringLiteral("formats/summary-lo.xlsx")));
    REQUIRE(result.ok());
    const ingest::SourceDocument &document = *result.document;
    CHECK(document.format == u"xlsx");
    REQUIRE(document.tables.size() == 1);
    const ingest::CellGrid &grid = document.tables.first();
    // The merged rows above the header are the caption and the unit note.
    CHECK(grid.title == u"收入支出决算总表");
    CHECK(grid.unitNote == u"单位：万元");
    CHECK(grid.headerRows == 2);
    CHECK(grid.cells[0] == QList<QString>{QStringLiteral("收入"), QStringLiteral("收入"),
                                          QStringLiteral("支出"), QStringLiteral("支出")});
    CHECK(grid.cells[2] ==
          QList<QString>{QStringLiteral("一、一般公共预算财政拨款收入"), QStringLiteral("1150.40"),
                         QStringLiteral("一、一般公共服务支出"), QStringLiteral("1000.00")});
    CHECK(grid.cells[3][1].isEmpty()); // an empty cell stays empty

    const model::Report report = extract::extractReport(document);
    CHECK(tableValue(report, QStringLiteral("income.total"), model::Facet::Value) == u"1250.40");
    CHECK(tableValue(report, QStringLiteral("expenditure.total"), model::Facet::Value) ==
          u"1250.40");
    CHECK(tableValue(report, QStringLiteral("func.all"), model::Facet::Value,
                     QStringLiteral("住房保障")) == u"200.40");
    CHECK(tableValue(report, QStringLiteral("income.gov_fund"), model::Facet::Value).isEmpty());
    CHECK_FALSE(check::Checker().check(report).hasErrors());
}

TEST_CASE("XLSX made by LibreOffice: the 三公 table's four header levels", "[xlsx]") {
    auto result = ingest::readSource(testDataPath(QStringLiteral("formats/threepublic-lo.xlsx")));
    REQUIRE(result.ok());
    const model::Report report = extract::extractReport(*result.document);
    using model::Facet;
    const std::tuple<const char16_t *, Facet, const char16_t *> expected[] = {
        {u"threepublic.total", Facet::Budget, u"12.00"},
        {u"threepublic.total", Facet::Value, u"10.50"},
        {u"threepublic.abroad", Facet::Value, u"1.50"},
        {u"threepublic.vehicle", Facet::Budget, u"8.00"},
        {u"threepublic.vehicle_purchase", Facet::Value, u"0.00"},
        {u"threepublic.vehicle_operation", Facet::Value, u"7.00"},
        {u"threepublic.reception", Facet::Budget, u"2.00"},
    };
    for (const auto &[metric, facet, value] : expected) {
        INFO(QString::fromUtf16(metric).toStdString());
        CHECK(tableValue(report, QString::fromUtf16(metric), facet) == QString::fromUtf16(value));
    }
    // 10.50 = 1.50 + 7.00 + 2.00, 7.00 = 0.00 + 7.00, budgets alike.
    CHECK_FALSE(check::Checker().check(report).hasErrors());
}

TEST_CASE("XLSX: a workbook without a table is refused", "[xlsx]") {
    QTemporaryDir dir;
    const QByteArray workbook = R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>)";
    const QString path = fixtures::writeZip(dir, QStringLiteral("empty.xlsx"),
                                            {{QStringLiteral("xl/workbook.xml"), workbook}});
    const auto result = ingest::readSource(path);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error.contains(QStringLiteral("no sheet")));
}
