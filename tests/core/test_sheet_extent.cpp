// Spreadsheets as they really come: declared ranges and formatted empty cells
// far past the table, prose sheets beside the table sheets, codes stored as
// numbers. The expected cells were read from the files' XML (xl/worksheets/
// sheet*.xml with xl/sharedStrings.xml) and, for the .xls, with xlrd 1.2.

#include "core/ingest/reader.h"
#include "tests/core/catchqtstrings.h"
#include "tests/core/test_docx_fixtures.h"
#include "tests/core/testdata.h"

#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

QStringList titles(const ingest::SourceDocument &document) {
    QStringList result;
    for (const ingest::CellGrid &grid : document.tables)
        result.append(grid.title);
    return result;
}

QStringList unitNotes(const ingest::SourceDocument &document) {
    QStringList result;
    for (const ingest::CellGrid &grid : document.tables)
        result.append(grid.unitNote);
    return result;
}

QStringList row(std::initializer_list<const char16_t *> cells) {
    QStringList result;
    for (const char16_t *cell : cells)
        result.append(QString::fromUtf16(cell));
    return result;
}

QByteArray workbook(const QString &sheetName) {
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name=")" +
           sheetName.toUtf8() + R"(" sheetId="1" r:id="rId1"/></sheets></workbook>)";
}

const char *workbookRels() {
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
</Relationships>)";
}

QString writeXlsx(const QTemporaryDir &dir, const QString &name, const QString &sheetName,
                  const QByteArray &sheetData) {
    const QByteArray sheet = R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<dimension ref="A1:XFD1048576"/><sheetData>)" +
                             sheetData + "</sheetData></worksheet>";
    return fixtures::writeZip(dir, name,
                              {{QStringLiteral("xl/workbook.xml"), workbook(sheetName)},
                               {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels()},
                               {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}});
}

} // namespace

TEST_CASE("XLSX template with sheets declared to column IS: every table sheet is read",
          "[xlsx][corpus]") {
    auto result = ingest::readSource(
        testDataPath(QStringLiteral("formats/budget-template-shanghai-putuo-dept-2026.xlsx")));
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    const ingest::SourceDocument &document = *result.document;
    // 17 sheets: 8 of prose (cover, 目录, duties …) and the 9 tables.
    CHECK(titles(document) ==
          row({u"2026年部门财务收支预算总表", u"2026年部门收入预算总表", u"2026年部门支出预算总表",
               u"2026年部门财政拨款收支预算总表", u"2026年部门一般公共预算支出功能分类预算表",
               u"2026年部门政府性基金预算支出功能分类预算表",
               u"2026年部门国有资本经营预算支出功能分类预算表",
               u"2026年部门一般公共预算基本支出部门预算经济分类预算表",
               u"2026年部门“三公”经费和机关运行经费预算表"}));
    CHECK(unitNotes(document) ==
          row({u"单位：元", u"单位：元", u"单位：元", u"单位：元", u"单位：元", u"单位：元",
               u"单位：元", u"单位：元", u"单位:万元"}));

    // 部门收支总表 declares A1:IS23 and formats cells to column IS; its values
    // stand in A2:D21. The caption row and the blank row under it go.
    const ingest::CellGrid &summary = document.tables[0];
    REQUIRE(summary.cells.size() == 18); // rows 4 to 21
    for (const QList<QString> &line : summary.cells)
        CHECK(line.size() == 4);
    // A4:C4 is merged: a header cell repeats over what it covers.
    CHECK(summary.cells[0] == row({u"编制部门：", u"编制部门：", u"编制部门：", u"单位：元"}));
    CHECK(summary.cells[3] == row({u"项目", u"预算数", u"项目", u"预算数"}));
    CHECK(summary.cells[4] == row({u"一、财政拨款收入", u"", u"一、一般公共服务支出", u""}));
    CHECK(summary.cells[17] == row({u"收入总计", u"", u"支出总计", u""}));

    // 部门收入总表 declares A1:I3380; its 类 codes are number cells.
    const ingest::CellGrid &income = document.tables[1];
    REQUIRE(income.cells.size() == 17); // rows 4 to 20
    CHECK(income.cells[0].size() == 9);
    CHECK(income.cells[5] == row({u"205", u"", u"", u"教育支出", u"", u"", u"", u"", u""}));
    CHECK(income.cells[7] == row({u"205", u"02", u"05", u"高等教育", u"", u"", u"", u"", u""}));
    CHECK(income.cells[10] ==
          row({u"207", u"99", u"", u"其他文化旅游体育与传媒支出", u"", u"", u"", u"", u""}));
    CHECK(document.tables[7].cells[5].first() == u"301");

    // Prose sheets keep their lines.
    const QStringList text = document.text.split(u'\n');
    CHECK(text.contains(QStringLiteral("目  录")));
    CHECK(text.contains(QStringLiteral("XX（部门）主要职能")));
    CHECK(text.contains(QStringLiteral("一、2026年“三公”经费预算情况说明")));
    CHECK(
        text.contains(QStringLiteral("（一）财政拨款收入：是区级预算主管部门及所属预算单位本年度从"
                                     "本级财政部门取得的财政拨款，包括一般公共预算财政拨款、"
                                     "政府性基金预算财政拨款和国有资本经营预算财政拨款。")));
}

TEST_CASE("XLS template with 256 declared columns and 3381 rows: read to its values",
          "[xls][corpus]") {
    auto result = ingest::readSource(
        testDataPath(QStringLiteral("formats/budget-template-shanghai-putuo-unit-2026.xls")));
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    const ingest::SourceDocument &document = *result.document;
    CHECK(titles(document) ==
          row({u"2026年预算单位财务收支预算总表", u"2026年预算单位收入预算总表",
               u"2026年预算单位支出预算总表", u"2026年预算单位财政拨款收支预算总表",
               u"2026年预算单位一般公共预算支出功能分类预算表",
               u"2026年预算单位政府性基金预算支出功能分类预算表",
               u"2026年预算单位国有资本经营预算支出功能分类预算表",
               u"2026年预算单位一般公共预算基本支出部门预算经济分类预算表",
               u"2026年单位“三公”经费和机关运行经费预算表"}));
    // 单位收支总表: FreeXL reports 23 × 256 cells; the values stand in A2:G21.
    const ingest::CellGrid &summary = document.tables[0];
    REQUIRE(summary.cells.size() == 18);
    CHECK(summary.cells[0].size() == 7);
    CHECK(summary.cells[0].first() == u"编制单位：");
    CHECK(summary.cells[0].last() == u"单位：元");
    CHECK(summary.cells.last().first() == u"收入总计");
    // 单位收入总表: 3380 × 9 declared, values in A2:I20; 205.0 stored, 205 shown.
    const ingest::CellGrid &income = document.tables[1];
    REQUIRE(income.cells.size() == 17);
    CHECK(income.cells[5].first() == u"205");
    CHECK(income.cells[7].mid(0, 4) == row({u"205", u"02", u"05", u"高等教育"}));
    CHECK(document.tables[5].cells[5].first() == u"229");
    CHECK(document.text.split(u'\n').contains(QStringLiteral("一、2026年“三公”经费预算情况说明")));
}

TEST_CASE("XLSX: a sheet is trimmed to its values and named without padding", "[xlsx]") {
    QTemporaryDir dir;
    const QByteArray cells =
        R"(<row r="2"><c r="A2" s="1"/><c r="B2" t="inlineStr"><is><t> </t></is></c></row>
<row r="3"><c r="C3" t="inlineStr"><is><t>项目</t></is></c><c r="D3" t="inlineStr"><is><t>金额</t></is></c></row>
<row r="4"><c r="C4" t="inlineStr"><is><t>合计</t></is></c><c r="D4"><v>1336.8200000000001</v></c><c r="E4" s="2"/></row>
<row r="1048576"><c r="XFD1048576" s="3"/></row>)";
    auto result = ingest::readSource(
        writeXlsx(dir, QStringLiteral("padded.xlsx"), QStringLiteral("收支表 "), cells));
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    REQUIRE(result.document->tables.size() == 1);
    const ingest::CellGrid &grid = result.document->tables.first();
    CHECK(grid.title == u"收支表");
    CHECK(grid.cells == QList<QList<QString>>{row({u"项目", u"金额"}), row({u"合计", u"1336.82"})});
}

TEST_CASE("XLSX: values spread over more cells than a report has are refused", "[xlsx]") {
    QTemporaryDir dir;
    const QByteArray cells = R"(<row r="1"><c r="A1" t="inlineStr"><is><t>项目</t></is></c></row>
<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>)";
    const auto result = ingest::readSource(
        writeXlsx(dir, QStringLiteral("spread.xlsx"), QStringLiteral("收支表"), cells));
    REQUIRE_FALSE(result.ok());
    CHECK(
        result.error ==
        u"sheet “收支表”: its values span 1048576 rows and 16384 columns, more than 4000000 cells");
}
