// DOCX reports: paragraphs with Word's automatic numbering, tables with
// merged cells, embedded charts whose cached data the checker compares with
// the text.

#include "core/check/checker.h"
#include "core/extract/extractor.h"
#include "core/ingest/reader.h"
#include "tests/core/catchqtstrings.h"
#include "tests/core/test_docx_fixtures.h"
#include "tests/core/testdata.h"

#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

QStringList headerPath(const ingest::CellGrid &grid, qsizetype column) {
    QStringList path;
    for (int r = 0; r < grid.headerRows; ++r)
        if (const QString text = grid.cells[r].value(column);
            !text.isEmpty() && !path.contains(text))
            path.append(text);
    return path;
}

} // namespace

TEST_CASE("DOCX: automatic numbering appears as the reader sees it", "[docx]") {
    QTemporaryDir dir;
    auto result = ingest::readSource(fixtures::writeDocx(dir, QStringLiteral("report.docx")));
    REQUIRE(result.ok());
    const QString &text = result.document->text;
    CHECK(result.document->format == u"docx");
    CHECK(text.contains(QStringLiteral("\n一、收入支出决算总体情况说明\n")));
    CHECK(text.contains(QStringLiteral("\n二、支出决算情况说明\n")));
    // A level restarts under each new parent: （一）（二）, then 1. 2. and 1. again.
    CHECK(text.contains(QStringLiteral(
        "\n（一）基本支出\n1.工资福利支出\n2.商品和服务支出\n（二）项目支出\n1.工资福利支出\n")));
    // Deleted text and field codes are not text.
    CHECK_FALSE(text.contains(QStringLiteral("删除的文字")));
    CHECK_FALSE(text.contains(QStringLiteral("PAGE")));
    CHECK(text.contains(QStringLiteral("联系电话：0477-8500059")));
}

TEST_CASE("DOCX: merged header cells name every column they cover", "[docx]") {
    QTemporaryDir dir;
    auto result = ingest::readSource(fixtures::writeDocx(dir, QStringLiteral("report.docx")));
    REQUIRE(result.ok());
    REQUIRE(result.document->tables.size() == 1);
    const ingest::CellGrid &grid = result.document->tables.first();
    CHECK(grid.title == u"支出决算表");
    CHECK(grid.unitNote == u"单位：万元");
    REQUIRE(grid.headerRows == 2);
    CHECK(headerPath(grid, 0) == QStringList{QStringLiteral("项目"), QStringLiteral("科目编码")});
    CHECK(headerPath(grid, 1) == QStringList{QStringLiteral("项目"), QStringLiteral("科目名称")});
    CHECK(headerPath(grid, 3) == QStringList{QStringLiteral("基本支出")}); // vertical merge
    // The 合计 row's label spans two columns: it is written once.
    CHECK(grid.cells[2][0] == u"合计");
    CHECK(grid.cells[2][1].isEmpty());
    CHECK(grid.cells[3] == QList<QString>{QStringLiteral("201"), QStringLiteral("一般公共服务支出"),
                                          QStringLiteral("1,336.82"), QStringLiteral("173.15"),
                                          QStringLiteral("1,163.67")});
    for (qsizetype r = 0; r < grid.cells.size(); ++r)
        for (qsizetype c = 0; c < grid.cells[r].size(); ++c)
            CHECK(result.document->text.mid(grid.spans[r][c].begin, grid.spans[r][c].length()) ==
                  grid.cells[r][c]);
}

TEST_CASE("DOCX: a chart that cannot be read is left out with a warning, the rest is read",
          "[docx][badinput]") {
    QTemporaryDir dir;
    const QString path = fixtures::writeZip(
        dir, QStringLiteral("damaged-chart.docx"),
        {{QStringLiteral("[Content_Types].xml"), fixtures::contentTypes()},
         {QStringLiteral("word/document.xml"), fixtures::docxDocumentXml()},
         {QStringLiteral("word/numbering.xml"), fixtures::numberingXml()},
         {QStringLiteral("word/_rels/document.xml.rels"), fixtures::documentRels()},
         {QStringLiteral("word/charts/chart1.xml"), "<c:chartSpace><c:chart><c:title>"}});
    const ingest::ReadResult result = ingest::readSource(path);
    REQUIRE(result.ok());
    CHECK(result.document->charts.isEmpty());
    REQUIRE(result.document->warnings.size() == 1);
    CHECK(result.document->warnings.first().startsWith(u"a chart was not read: "));
    CHECK(result.document->warnings.first().contains(u"word/charts/chart1.xml"));
    // The text and the tables are all there.
    CHECK(result.document->text.contains(u"一般公共服务支出"));
    CHECK(result.document->tables.size() == 1);
}

TEST_CASE("DOCX: a chart's cached data that disagree with the text are found", "[docx][checks]") {
    QTemporaryDir dir;
    auto result = ingest::readSource(fixtures::writeDocx(dir, QStringLiteral("report.docx")));
    REQUIRE(result.ok());
    REQUIRE(result.document->charts.size() == 1);
    const ingest::ChartCache &chart = result.document->charts.first();
    CHECK(chart.title == u"2023年度支出决算情况"); // the axis title is not the chart's
    CHECK(chart.categories == QStringList{QStringLiteral("项目支出"), QStringLiteral("基本支出")});
    REQUIRE(chart.series.size() == 1);
    CHECK(chart.series.first().name == u"金额");
    CHECK(chart.series.first().values ==
          QStringList{QStringLiteral("1553.66"), QStringLiteral("193.79")});

    const model::Report report = extract::extractReport(*result.document);
    const check::CheckResult checked = check::Checker().check(report);
    QStringList chartErrors;
    for (const check::Finding &finding : checked.findings) {
        if (finding.severity != check::Severity::Error)
            continue;
        for (const check::FindingFigure &figure : finding.figures)
            if (figure.origin == model::Origin::Chart)
                chartErrors.append(figure.metric + u' ' + figure.quantity.value().toString());
    }
    chartErrors.sort();
    // Text and table: 基本支出 173.15, 项目支出 1163.67; the chart: 193.79 and 1553.66.
    CHECK(chartErrors == QStringList{QStringLiteral("expenditure.basic 193.79"),
                                     QStringLiteral("expenditure.project 1553.66")});
    // The table agrees with the text: no error names a table figure.
    for (const check::Finding &finding : checked.findings)
        if (finding.severity == check::Severity::Error)
            CHECK(finding.figures.first().origin != model::Origin::Table);
}

TEST_CASE("DOCX made by LibreOffice: spans of merged header rows and the 收入决算表", "[docx]") {
    auto result = ingest::readSource(testDataPath(QStringLiteral("formats/report-lo.docx")));
    REQUIRE(result.ok());
    const ingest::SourceDocument &document = *result.document;
    CHECK(document.text.contains(QStringLiteral("二、收入决算情况说明")));
    REQUIRE(document.tables.size() == 1);
    const ingest::CellGrid &grid = document.tables.first();
    CHECK(grid.title == u"收入决算表");
    CHECK(grid.headerRows == 3);
    CHECK(headerPath(grid, 0) == QStringList{QStringLiteral("项目"),
                                             QStringLiteral("支出功能分类科目编码"),
                                             QStringLiteral("类")});
    CHECK(headerPath(grid, 5) == QStringList{QStringLiteral("财政拨款收入")});

    const model::Report report = extract::extractReport(document);
    const auto table = [&](const QString &metric, const QString &subject) -> QString {
        for (const model::Figure &figure : report.figures)
            if (figure.origin == model::Origin::Table && figure.metric == metric &&
                figure.subject == subject)
                return figure.code + u' ' + figure.quantity.value().toString();
        return {};
    };
    CHECK(table(QStringLiteral("income.current_year"), {}) == u" 1200.40");
    CHECK(table(QStringLiteral("func.income"),
                QStringLiteral("一般公共服务/政府办公厅（室）及相关机构事务/行政运行")) ==
          u"2010301 800.00");
    CHECK(table(QStringLiteral("func.income.other"), QStringLiteral("一般公共服务")) ==
          u"201 50.00");
    CHECK(table(QStringLiteral("func.income.fiscal"), QStringLiteral("住房保障/住房改革支出")) ==
          u"22102 200.40");
    const check::CheckResult checked = check::Checker().check(report);
    CHECK_FALSE(checked.hasErrors());
}
