// Rows and columns of the catalogue tables as regional layouts print them:
// the 三公 items as rows under their 合计 or as columns over rows of units,
// the 机关运行经费 beside them, and the 人员经费 and 公用经费 of a 合计 row
// as columns beside its total.

#include "core/extract/extractor.h"
#include "core/ingest/sourcewriter.h"
#include "tests/core/catchqtstrings.h"

#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

using Rows = QList<QList<QString>>;

model::Report reportWithTable(const QString &title, const Rows &header, const Rows &body) {
    ingest::SourceDocument document;
    document.path = QStringLiteral("grid.xlsx");
    ingest::SourceWriter writer(document);
    writer.append(QStringLiteral("示例市测试局2026年部门预算\n"));
    ingest::CellGrid grid;
    grid.title = title;
    grid.unitNote = QStringLiteral("单位：万元");
    grid.cells = header + body;
    grid.headerRows = int(header.size());
    writer.appendGrid(grid);
    document.tables.append(grid);
    return extract::extractReport(document);
}

// The values read for `metric` from the table, with the subject they name.
QStringList tableValues(const model::Report &report, const QString &metric) {
    QStringList values;
    for (const model::Figure &figure : report.figures)
        if (figure.origin == model::Origin::Table && figure.metric == metric)
            values.append(figure.subject.isEmpty()
                              ? figure.quantity.value().toString()
                              : figure.subject + u' ' + figure.quantity.value().toString());
    return values;
}

} // namespace

TEST_CASE("Tables: 三公 items printed as rows under their 合计 are read", "[tables][rows]") {
    const model::Report report =
        reportWithTable(QStringLiteral("2026年度一般公共预算“三公”经费支出预算表"),
                        {{QStringLiteral("项目"), QStringLiteral("预算数")}},
                        {{QStringLiteral("合计"), QStringLiteral("30.50")},
                         {QStringLiteral("1、因公出国（境）费用"), QStringLiteral("0.00")},
                         {QStringLiteral("2、公务接待费"), QStringLiteral("4.50")},
                         {QStringLiteral("3、公务用车购置及运行费"), QStringLiteral("26.00")},
                         {QStringLiteral("其中：（1）公务用车购置费"), QStringLiteral("20.00")},
                         {QStringLiteral("（2）公务用车运行费"), QStringLiteral("6.00")}});
    CHECK(tableValues(report, QStringLiteral("threepublic.total")) ==
          QStringList{QStringLiteral("30.50")});
    CHECK(tableValues(report, QStringLiteral("threepublic.abroad")) ==
          QStringList{QStringLiteral("0.00")});
    CHECK(tableValues(report, QStringLiteral("threepublic.reception")) ==
          QStringList{QStringLiteral("4.50")});
    CHECK(tableValues(report, QStringLiteral("threepublic.vehicle")) ==
          QStringList{QStringLiteral("26.00")});
    CHECK(tableValues(report, QStringLiteral("threepublic.vehicle_purchase")) ==
          QStringList{QStringLiteral("20.00")});
    CHECK(tableValues(report, QStringLiteral("threepublic.vehicle_operation")) ==
          QStringList{QStringLiteral("6.00")});
    // No row of this table breaks the total down by unit.
    CHECK(tableValues(report, QStringLiteral("threepublic.total.unit")).isEmpty());
}

TEST_CASE("Tables: rows of units under a 三公 合计 are its parts, not its items",
          "[tables][rows]") {
    const model::Report report =
        reportWithTable(QStringLiteral("2026年一般公共预算“三公”经费预算表"),
                        {{QStringLiteral("单位名称"), QStringLiteral("“三公”经费合计"),
                          QStringLiteral("因公出国（境）费用"), QStringLiteral("公务接待费")}},
                        {{QStringLiteral("合计"), QStringLiteral("12.00"), QStringLiteral("5.00"),
                          QStringLiteral("7.00")},
                         {QStringLiteral("示例市测试局"), QStringLiteral("9.00"),
                          QStringLiteral("5.00"), QStringLiteral("4.00")},
                         {QStringLiteral("示例市测试中心"), QStringLiteral("3.00"), QString(),
                          QStringLiteral("3.00")}});
    CHECK(tableValues(report, QStringLiteral("threepublic.total")) ==
          QStringList{QStringLiteral("12.00")});
    CHECK(tableValues(report, QStringLiteral("threepublic.reception")) ==
          QStringList{QStringLiteral("7.00")});
    CHECK(
        tableValues(report, QStringLiteral("threepublic.total.unit")) ==
        QStringList({QStringLiteral("示例市测试局 9.00"), QStringLiteral("示例市测试中心 3.00")}));
}

TEST_CASE("Tables: the 机关运行经费 beside the 三公 columns is read", "[tables][rows]") {
    const model::Report report = reportWithTable(
        QStringLiteral("2026年单位“三公”经费和机关运行经费预算表"),
        {{QStringLiteral("“三公”经费预算数"), QStringLiteral("“三公”经费预算数"),
          QStringLiteral("机关运行经费预算数")},
         {QStringLiteral("合计"), QStringLiteral("公务接待费"),
          QStringLiteral("机关运行经费预算数")}},
        {{QStringLiteral("5.00"), QStringLiteral("5.00"), QStringLiteral("1,067.92")}});
    CHECK(tableValues(report, QStringLiteral("threepublic.total")) ==
          QStringList{QStringLiteral("5.00")});
    CHECK(tableValues(report, QStringLiteral("operation.total")) ==
          QStringList{QStringLiteral("1067.92")});
}

TEST_CASE("Tables: a basic expenditure 合计 row gives its 人员经费 and 公用经费 columns",
          "[tables][rows]") {
    const Rows header{{QStringLiteral("经济科目编码"), QStringLiteral("经济科目名称"),
                       QStringLiteral("总计"), QStringLiteral("人员类"),
                       QStringLiteral("日常公用支出")}};
    const model::Report report =
        reportWithTable(QStringLiteral("2026年一般公共预算基本支出情况表"), header,
                        {{QString(), QStringLiteral("合计"), QStringLiteral("386.73"),
                          QStringLiteral("356.76"), QStringLiteral("29.97")},
                         {QStringLiteral("301"), QStringLiteral("工资福利支出"),
                          QStringLiteral("356.76"), QStringLiteral("356.76"), QString()},
                         {QStringLiteral("302"), QStringLiteral("商品和服务支出"),
                          QStringLiteral("29.97"), QString(), QStringLiteral("29.97")}});
    CHECK(tableValues(report, QStringLiteral("gp.basic")) == QStringList{QStringLiteral("386.73")});
    CHECK(tableValues(report, QStringLiteral("basic.personnel")) ==
          QStringList{QStringLiteral("356.76")});
    CHECK(tableValues(report, QStringLiteral("basic.public")) ==
          QStringList{QStringLiteral("29.97")});
}

TEST_CASE("Tables: a 合计 row without a total column states no total", "[tables][rows]") {
    // 人员经费 | 公用经费 alone: the first amount is a part, not the 基本支出.
    const model::Report report = reportWithTable(
        QStringLiteral("2026年一般公共预算基本支出表"),
        {{QStringLiteral("科目名称"), QStringLiteral("人员经费"), QStringLiteral("公用经费")}},
        {{QStringLiteral("合计"), QStringLiteral("356.76"), QStringLiteral("29.97")}});
    CHECK(tableValues(report, QStringLiteral("gp.basic")).isEmpty());
    CHECK(tableValues(report, QStringLiteral("basic.personnel")) ==
          QStringList{QStringLiteral("356.76")});
    CHECK(tableValues(report, QStringLiteral("basic.public")) ==
          QStringList{QStringLiteral("29.97")});
}
