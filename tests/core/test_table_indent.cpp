// A functional table that prints no codes: its 类, 款 and 项 are told apart
// only by how far their labels stand in on the page.

#include "core/check/checker.h"
#include "core/extract/extractor.h"
#include "core/ingest/sourcewriter.h"
#include "tests/core/catchqtstrings.h"

#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

// A body row: its label, where the label starts on the page (points; a
// negative place leaves the label unplaced), and its amounts.
struct Row {
    QString label;
    double left;
    QString total, basic, project;
};

ingest::SourceDocument documentWith(const QList<Row> &rows) {
    ingest::SourceDocument document;
    document.path = QStringLiteral("indented.pdf");
    ingest::SourceWriter writer(document);
    writer.append(QStringLiteral("示例市测试局2026年部门预算\n"));
    ingest::CellGrid grid;
    grid.title = QStringLiteral("表5：2026年一般公共预算支出预算表");
    grid.unitNote = QStringLiteral("单位：万元");
    grid.cells = {{QStringLiteral("功能分类科目名称"), QStringLiteral("合计"),
                   QStringLiteral("基本支出"), QStringLiteral("项目支出")}};
    grid.headerRows = 1;
    for (const Row &row : rows)
        grid.cells.append({row.label, row.total, row.basic, row.project});
    writer.appendGrid(grid);
    // The words of the labels, in the order the text holds them.
    for (qsizetype r = 0; r < rows.size(); ++r)
        if (rows[r].left >= 0)
            document.words.append({grid.spans[r + 1][0], QRectF(rows[r].left, 100 + 20 * r,
                                                                12.0 * rows[r].label.size(), 10)});
    document.tables.append(grid);
    return document;
}

const QList<Row> indentedRows{
    {QStringLiteral("合计"), 44.4, QStringLiteral("130.00"), QStringLiteral("100.00"),
     QStringLiteral("30.00")},
    {QStringLiteral("一般公共服务支出"), 44.9, QStringLiteral("30.00"), QString(),
     QStringLiteral("30.00")},
    {QStringLiteral("其他一般公共服务支出"), 54.2, QStringLiteral("30.00"), QString(),
     QStringLiteral("30.00")},
    {QStringLiteral("其他一般公共服务支出"), 64.2, QStringLiteral("30.00"), QString(),
     QStringLiteral("30.00")},
    {QStringLiteral("社会保障和就业支出"), 44.4, QStringLiteral("100.00"), QStringLiteral("100.00"),
     QString()},
    {QStringLiteral("行政事业单位养老支出"), 54.2, QStringLiteral("100.00"),
     QStringLiteral("100.00"), QString()},
    {QStringLiteral("行政单位离退休"), 64.2, QStringLiteral("60.00"), QStringLiteral("60.00"),
     QString()},
    {QStringLiteral("机关事业单位基本养老保险缴费支出"), 64.6, QStringLiteral("40.00"),
     QStringLiteral("40.00"), QString()},
};

// "code subject value" of every func.expenditure figure.
QStringList items(const model::Report &report) {
    QStringList found;
    for (const model::Figure &figure : report.figures)
        if (figure.metric == u"func.expenditure")
            found.append(figure.code + u' ' + figure.subject + u' ' +
                         figure.quantity.value().toString());
    return found;
}

} // namespace

TEST_CASE("Tables: levels without codes are read from the labels' indentation",
          "[tables][indent]") {
    const model::Report report = extract::extractReport(documentWith(indentedRows));
    CHECK(items(report) ==
          QStringList(
              {QStringLiteral("201 一般公共服务 30.00"),
               QStringLiteral(" 一般公共服务/其他一般公共服务支出 30.00"),
               QStringLiteral(" 一般公共服务/其他一般公共服务支出/其他一般公共服务支出 30.00"),
               QStringLiteral("208 社会保障和就业 100.00"),
               QStringLiteral(" 社会保障和就业/行政事业单位养老支出 100.00"),
               QStringLiteral(" 社会保障和就业/行政事业单位养老支出/行政单位离退休 60.00"),
               QStringLiteral(" 社会保障和就业/行政事业单位养老支出/"
                              "机关事业单位基本养老保险缴费支出 40.00")}));
    CHECK_FALSE(check::Checker().check(report).hasErrors());
}

TEST_CASE("Tables: a 款 whose 项 do not add up is found in a table without codes",
          "[tables][indent]") {
    QList<Row> rows = indentedRows;
    rows[6].total = QStringLiteral("50.00"); // 行政单位离退休: 10.00 short of 行政事业单位养老支出
    rows[6].basic = QStringLiteral("50.00");
    QStringList errors;
    for (const check::Finding &finding :
         check::Checker().check(extract::extractReport(documentWith(rows))).findings)
        if (finding.severity == check::Severity::Error && finding.expected)
            errors.append(finding.expected->value().toString());
    CHECK(errors.contains(QStringLiteral("90.00")));
}

TEST_CASE("Tables: levels that are not sure are not read", "[tables][indent]") {
    QList<Row> rows = indentedRows;
    SECTION("labels the source does not place") {
        for (Row &row : rows)
            row.left = -1;
    }
    SECTION("a top level that is no 类") {
        rows[1].label = QStringLiteral("公务接待费");
    }
    SECTION("a 项 right under its 类") {
        rows.removeAt(2);
    }
    SECTION("indentations too close to tell apart") {
        for (Row &row : rows)
            if (row.left > 60)
                row.left = 57.0;
    }
    SECTION("more indentations than levels") {
        rows[3].left = 74.2;
    }
    CHECK(items(extract::extractReport(documentWith(rows))).isEmpty());
}
