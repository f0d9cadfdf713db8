// Table recognition on grids as spreadsheets and documents give them: a
// table's own unit (元 here, 万元 in the narrative) converted exactly, and
// subject codes in one column, in front of the name, or over 类 | 款 | 项.

#include "core/check/checker.h"
#include "core/extract/extractor.h"
#include "core/ingest/sourcewriter.h"
#include "tests/core/catchqtstrings.h"

#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

using Rows = QList<QList<QString>>;

// A report whose narrative states 2940.05万元 and whose table, in 元, states
// the classes, items and total of general budget expenditure.
ingest::SourceDocument documentWith(const Rows &header, const Rows &body) {
    ingest::SourceDocument document;
    document.path = QStringLiteral("grid.xlsx");
    ingest::SourceWriter writer(document);
    writer.append(
        QStringLiteral("示例市测试局2024年度部门决算\n五、一般公共预算财政拨款支出决算情况说明\n"
                       "一般公共预算财政拨款支出2940.05万元。\n"));
    ingest::CellGrid grid;
    grid.title = QStringLiteral("一般公共预算财政拨款支出决算表");
    grid.unitNote = QStringLiteral("单位：元");
    grid.cells = header + body;
    grid.headerRows = int(header.size());
    writer.appendGrid(grid);
    document.tables.append(grid);
    return document;
}

const Rows oneColumnHeader{{QStringLiteral("科目编码"), QStringLiteral("科目名称"),
                            QStringLiteral("合计"), QStringLiteral("基本支出"),
                            QStringLiteral("项目支出")}};

Rows oneColumnBody(const QString &total = QStringLiteral("29,400,500.00")) {
    return {{QStringLiteral("201"), QStringLiteral("一般公共服务支出"),
             QStringLiteral("21,066,900.00"), QStringLiteral("15,035,200.00"),
             QStringLiteral("6,031,700.00")},
            {QStringLiteral("20106"), QStringLiteral("财政事务"), QStringLiteral("21,066,900.00"),
             QStringLiteral("15,035,200.00"), QStringLiteral("6,031,700.00")},
            {QStringLiteral("2010601"), QStringLiteral("行政运行"), QStringLiteral("15,118,900.00"),
             QStringLiteral("15,035,200.00"), QStringLiteral("83,700.00")},
            {QStringLiteral("2010699"), QStringLiteral("其他财政事务支出"),
             QStringLiteral("5,948,000.00"), QString(), QStringLiteral("5,948,000.00")},
            {QStringLiteral("221"), QStringLiteral("住房保障支出"), QStringLiteral("8,333,600.00"),
             QStringLiteral("8,333,600.00"), QString()},
            {QStringLiteral("22102"), QStringLiteral("住房改革支出"),
             QStringLiteral("8,333,600.00"), QStringLiteral("8,333,600.00"), QString()},
            {QStringLiteral("2210201"), QStringLiteral("住房公积金"),
             QStringLiteral("8,333,600.00"), QStringLiteral("8,333,600.00"), QString()},
            {QStringLiteral("合计"), QString(), total, QStringLiteral("23,368,800.00"),
             QStringLiteral("6,031,700.00")}};
}

const model::Figure *tableFigure(const model::Report &report, const QString &metric,
                                 const QString &subject = {}) {
    for (const model::Figure &figure : report.figures)
        if (figure.origin == model::Origin::Table && figure.metric == metric &&
            figure.subject == subject)
            return &figure;
    return nullptr;
}

void checkFigures(const model::Report &report) {
    const model::Figure *item = tableFigure(report, QStringLiteral("func.expenditure"),
                                            QStringLiteral("一般公共服务/财政事务/行政运行"));
    REQUIRE(item);
    CHECK(item->code == u"2010601");
    CHECK(item->quantity.unit() == model::MoneyUnit::Yuan);
    CHECK(item->quantity.value().toString() == u"15118900.00");
    CHECK(item->quantity.in(model::MoneyUnit::WanYuan).toString() == u"1511.890000");
    const model::Figure *kuan = tableFigure(report, QStringLiteral("func.expenditure.project"),
                                            QStringLiteral("一般公共服务/财政事务"));
    REQUIRE(kuan);
    CHECK(kuan->code == u"20106");
    const model::Figure *total = tableFigure(report, QStringLiteral("gp.expenditure"));
    REQUIRE(total);
    CHECK(total->quantity.value().toString() == u"29400500.00");
    CHECK(tableFigure(report, QStringLiteral("func.expenditure"), QStringLiteral("住房保障")));
    // An empty cell states nothing.
    CHECK_FALSE(tableFigure(report, QStringLiteral("func.expenditure.basic"),
                            QStringLiteral("一般公共服务/财政事务/其他财政事务支出")));
}

} // namespace

TEST_CASE("Tables: a table in 元 beside a narrative in 万元 agrees exactly", "[tables][units]") {
    const model::Report report =
        extract::extractReport(documentWith(oneColumnHeader, oneColumnBody()));
    checkFigures(report);
    check::CheckOptions options;
    options.keepEvaluations = true;
    const check::CheckResult result = check::Checker().check(report, nullptr, options);
    CHECK_FALSE(result.hasErrors());
    // The narrative's 2940.05万元 and the table's 29,400,500.00元 were compared.
    const bool compared = std::any_of(
        result.evaluations.begin(), result.evaluations.end(), [](const check::Evaluation &e) {
            return e.relation->id == u"stated_twice" && e.stated.figure &&
                   e.stated.figure->metric == u"gp.expenditure" &&
                   e.outcome == check::Outcome::Holds;
        });
    CHECK(compared);
}

TEST_CASE("Tables: 100 元 too many in a 元 table is found against the narrative's 万元",
          "[tables][units]") {
    // 29,400,600.00元 is 2940.06万元: one unit of the narrative's last digit off.
    const model::Report report = extract::extractReport(
        documentWith(oneColumnHeader, oneColumnBody(QStringLiteral("29,400,600.00"))));
    QStringList errors;
    for (const check::Finding &finding : check::Checker().check(report).findings)
        if (finding.severity == check::Severity::Error)
            errors.append(finding.relationId + u' ' + finding.figures.first().metric + u' ' +
                          finding.figures.first().quantity.value().toString());
    CHECK(errors == QStringList{QStringLiteral("stated_twice gp.expenditure 29400600.00")});
}

TEST_CASE("Tables: codes in front of the names", "[tables][units]") {
    Rows body;
    for (QList<QString> row : oneColumnBody()) {
        row[1] = row.first() == u"合计" ? row.first() : row.first() + u' ' + row[1];
        row.removeFirst();
        body.append(row);
    }
    const Rows header{{QStringLiteral("项目"), QStringLiteral("合计"), QStringLiteral("基本支出"),
                       QStringLiteral("项目支出")}};
    const model::Report report = extract::extractReport(documentWith(header, body));
    checkFigures(report);
    CHECK_FALSE(check::Checker().check(report).hasErrors());
}

TEST_CASE("Tables: codes over 类 | 款 | 项, upper columns left blank under their parent",
          "[tables][units]") {
    const Rows header{
        {QStringLiteral("支出功能分类科目编码"), QStringLiteral("支出功能分类科目编码"),
         QStringLiteral("支出功能分类科目编码"), QStringLiteral("科目名称"), QStringLiteral("合计"),
         QStringLiteral("基本支出"), QStringLiteral("项目支出")},
        {QStringLiteral("类"), QStringLiteral("款"), QStringLiteral("项"),
         QStringLiteral("科目名称"), QStringLiteral("合计"), QStringLiteral("基本支出"),
         QStringLiteral("项目支出")}};
    Rows body;
    for (const QList<QString> &row : oneColumnBody()) {
        const QString code = row.first();
        QList<QString> cells{code.left(3), code.mid(3, 2), code.mid(5, 2)};
        if (code.size() == 5)
            cells[0].clear(); // "   | 06 |   " under 201
        else if (code.size() == 7)
            cells[0].clear(), cells[1].clear(); // "   |    | 01" under 20106
        if (code == u"合计")
            cells = {code, QString(), QString()};
        body.append(cells + row.mid(1));
    }
    const model::Report report = extract::extractReport(documentWith(header, body));
    checkFigures(report);
    CHECK_FALSE(check::Checker().check(report).hasErrors());
}
