// XLS (Excel 97-2003) workbooks through FreeXL, which reports neither merged
// cells nor number formats.

#include "core/check/checker.h"
#include "core/extract/extractor.h"
#include "core/ingest/reader.h"
#include "core/ingest/xlscells.h"
#include "tests/core/catchqtstrings.h"
#include "tests/core/testdata.h"

#include <QBuffer>
#include <catch2/catch.hpp>

using namespace juesuan;

TEST_CASE("XLS made by LibreOffice: the same 收入支出决算总表 as the XLSX", "[xls]") {
    auto xls = ingest::readSource(testDataPath(QStringLiteral("formats/summary-lo.xls")));
    auto xlsx = ingest::readSource(testDataPath(QStringLiteral("formats/summary-lo.xlsx")));
    REQUIRE(xls.ok());
    REQUIRE(xlsx.ok());
    CHECK(xls.document->format == u"xls");
    REQUIRE(xls.document->tables.size() == 1);
    const ingest::CellGrid &grid = xls.document->tables.first();
    CHECK(grid.title == u"收入支出决算总表");
    CHECK(grid.unitNote == u"单位：万元");
    CHECK(grid.headerRows == 2);
    // Without the number formats the stored value prints in its shortest form.
    CHECK(grid.cells[2] ==
          QList<QString>{QStringLiteral("一、一般公共预算财政拨款收入"), QStringLiteral("1150.4"),
                         QStringLiteral("一、一般公共服务支出"), QStringLiteral("1000")});
    // The same figures as from the XLSX, equal in value.
    const model::Report fromXls = extract::extractReport(*xls.document);
    const model::Report fromXlsx = extract::extractReport(*xlsx.document);
    qsizetype tableFigures = 0;
    for (const model::Figure &figure : fromXlsx.figures) {
        if (figure.origin != model::Origin::Table)
            continue;
        ++tableFigures;
        const model::Figure *same = fromXls.find(figure.metric, figure.facet, figure.subject);
        REQUIRE(same);
        CHECK(same->quantity.value() == figure.quantity.value());
    }
    CHECK(tableFigures == 10);
    CHECK_FALSE(check::Checker().check(fromXls).hasErrors());
}

TEST_CASE("XLS: without merge records, group headers still name their columns", "[xls]") {
    auto result = ingest::readSource(testDataPath(QStringLiteral("formats/threepublic-lo.xls")));
    REQUIRE(result.ok());
    const model::Report report = extract::extractReport(*result.document);
    const auto value = [&](const char *metric, model::Facet facet) {
        const model::Figure *figure = report.find(QString::fromLatin1(metric), facet);
        return figure ? figure->quantity.value().toString() : QString();
    };
    CHECK(value("threepublic.total", model::Facet::Value) == u"10.5");
    CHECK(value("threepublic.vehicle", model::Facet::Budget) == u"8");
    CHECK(value("threepublic.vehicle_purchase", model::Facet::Budget) == u"0");
    CHECK(value("threepublic.vehicle_operation", model::Facet::Value) == u"7");
    // 公务接待费 stands beside 公务用车运行费, not under it.
    CHECK(value("threepublic.reception", model::Facet::Value) == u"2");
    CHECK_FALSE(check::Checker().check(report).hasErrors());
}

TEST_CASE("XLS: a workbook that crashes FreeXL costs that file alone, refused with a reason",
          "[xls][badinput]") {
    // FreeXL 1.0.6 reads wild in freexl_open() on it (fuzz_xls found it): the
    // reading process dies, the program goes on and says why.
    const ingest::ReadResult crashed = ingest::readSource(
        testDataPath(QStringLiteral("fuzz-regressions/xls/freexl-open-segv.xls")));
    REQUIRE_FALSE(crashed.ok());
    CHECK(crashed.error == u"damaged XLS workbook: the XLS reader (FreeXL) failed on it");
    // And the next workbook reads as ever.
    CHECK(ingest::readSource(testDataPath(QStringLiteral("formats/summary-lo.xls"))).ok());
}

TEST_CASE("XLS: without its reader program an .xls is refused, naming the program",
          "[xls][badinput]") {
    const QByteArray saved = qgetenv("JUESUAN_XLS_READER");
    qputenv("JUESUAN_XLS_READER", "/nonexistent/juesuan-xls");
    const ingest::ReadResult result =
        ingest::readSource(testDataPath(QStringLiteral("formats/summary-lo.xls")));
    if (saved.isNull())
        qunsetenv("JUESUAN_XLS_READER");
    else
        qputenv("JUESUAN_XLS_READER", saved);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error.startsWith(u"the XLS reader /nonexistent/juesuan-xls cannot be started"));
}

TEST_CASE("XLS: the reading process's message arrives whole or not at all", "[xls][badinput]") {
    ingest::XlsCells cells;
    cells.sheetCount = 2;
    cells.sheets = {{QStringLiteral("收入"), true, {{3, 1, true, QStringLiteral("1150.4")}}},
                    {QStringLiteral("坏表"), false, {}}};
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    ingest::writeXlsCells(buffer, cells);
    const QByteArray message = buffer.data();

    const auto parsed = ingest::parseXlsCells(message);
    REQUIRE(parsed);
    CHECK(parsed->outcome == ingest::XlsCells::Outcome::Read);
    REQUIRE(parsed->sheets.size() == 2);
    CHECK(parsed->sheets[0].name == u"收入");
    REQUIRE(parsed->sheets[0].cells.size() == 1);
    CHECK(parsed->sheets[0].cells[0].row == 3);
    CHECK(parsed->sheets[0].cells[0].column == 1);
    CHECK(parsed->sheets[0].cells[0].number);
    CHECK(parsed->sheets[0].cells[0].text == u"1150.4");
    CHECK_FALSE(parsed->sheets[1].readable);

    // Cut anywhere, or with bytes after its end: not a message.
    for (qsizetype size = 0; size < message.size(); ++size)
        CHECK_FALSE(ingest::parseXlsCells(message.left(size)));
    CHECK_FALSE(ingest::parseXlsCells(message + '\0'));

    SECTION("a workbook of more sheets than the bound keeps its count") {
        ingest::XlsCells many;
        many.outcome = ingest::XlsCells::Outcome::TooManySheets;
        many.sheetCount = 1000;
        QBuffer out;
        REQUIRE(out.open(QIODevice::WriteOnly));
        ingest::writeXlsCells(out, many);
        const auto refused = ingest::parseXlsCells(out.data());
        REQUIRE(refused);
        CHECK(refused->outcome == ingest::XlsCells::Outcome::TooManySheets);
        CHECK(refused->sheetCount == 1000);
    }
}
