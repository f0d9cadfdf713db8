// Phrasings of budget narratives: items listed by their printed code under
// the lead-in that names what they are, and the procurement budget.

#include "core/extract/extractor.h"
#include "core/ingest/sourcewriter.h"
#include "tests/core/catchqtstrings.h"

#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

model::Report budgetReport(const QString &body) {
    ingest::SourceDocument document;
    document.path = QStringLiteral("budget.txt");
    ingest::SourceWriter writer(document);
    writer.append(QString(QStringLiteral("示例市测试局2026年部门预算\n") + body));
    return extract::extractReport(document);
}

// "code subject value" of every figure of `metric`.
QStringList coded(const model::Report &report, const QString &metric) {
    QStringList items;
    for (const model::Figure &figure : report.figures)
        if (figure.metric == metric)
            items.append(figure.code + u' ' + figure.subject + u' ' +
                         figure.quantity.value().toString());
    return items;
}

const QString leadIn = QStringLiteral("四、部门支出情况\n"
                                      "2026年部门预算总支出1000.00元。"
                                      "财政拨款安排支出按功能科目分类情况，主要用于：\n");

} // namespace

TEST_CASE("Budget narrative: items listed by code after their lead-in", "[extract][budget]") {
    const model::Report report = budgetReport(
        leadIn + QStringLiteral("2010301一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行"
                                "600.00元，主要反映基本支出，包括人员经费2.00万元。\n"
                                "2210201住房保障支出-住房改革支出-住房公积金400.00元；"
                                "2210203住房保障支出-住房改革支出-购房补贴0.00元。\n"));
    REQUIRE(report.type == model::ReportType::Budget);
    CHECK(coded(report, QStringLiteral("fiscal.func")) ==
          QStringList({QStringLiteral("2010301 一般公共服务/政府办公厅（室）及相关机构事务/"
                                      "行政运行 600.00"),
                       QStringLiteral("2210201 住房保障/住房改革支出/住房公积金 400.00"),
                       QStringLiteral("2210203 住房保障/住房改革支出/购房补贴 0.00")}));
}

TEST_CASE("Budget narrative: a coded item outside its list is not read", "[extract][budget]") {
    // Without the lead-in nothing says what the amounts are.
    CHECK(coded(budgetReport(QStringLiteral("四、部门支出情况\n"
                                            "2010301一般公共服务支出-行政运行事务-行政运行"
                                            "600.00元。\n")),
                QStringLiteral("fiscal.func"))
              .isEmpty());
    // A sentence that is no item ends the list.
    const model::Report ended = budgetReport(
        leadIn + QStringLiteral("2010301一般公共服务支出-行政运行事务-行政运行600.00元。\n"
                                "以上为财政拨款安排的支出。\n"
                                "2210201住房保障支出-住房改革支出-住房公积金400.00元。\n"));
    CHECK(coded(ended, QStringLiteral("fiscal.func")) ==
          QStringList{QStringLiteral("2010301 一般公共服务/行政运行事务/行政运行 600.00")});
}

TEST_CASE("Budget narrative: a code of another 类 than the name is not read", "[extract][budget]") {
    const model::Report report =
        budgetReport(leadIn + QStringLiteral("2080505一般公共服务支出-行政事业单位养老支出-"
                                             "机关事业单位基本养老保险缴费400.00元。\n"));
    CHECK(coded(report, QStringLiteral("fiscal.func")).isEmpty());
}

TEST_CASE("Budget narrative: the procurement budget and its kinds", "[extract][budget]") {
    const model::Report report = budgetReport(
        QStringLiteral("六、政府采购预算情况\n"
                       "共涉及采购项目2个，政府采购预算总额300.00元，其中：政府采购货物预算"
                       "100.00元、政府采购服务预算200.00元、政府采购工程预算0.00元。\n"));
    const auto value = [&](const QString &metric) {
        const model::Figure *figure = report.find(metric, model::Facet::Budget);
        return figure ? figure->quantity.value().toString() : QString();
    };
    CHECK(value(QStringLiteral("procurement.total")) == u"300.00");
    CHECK(value(QStringLiteral("procurement.goods")) == u"100.00");
    CHECK(value(QStringLiteral("procurement.services")) == u"200.00");
    CHECK(value(QStringLiteral("procurement.works")) == u"0.00");
}
