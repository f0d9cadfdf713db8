// The built-in relations evaluated on small hand-built reports: each form,
// the three tiers of the rounding rule, and the wording rules.
#include "tests/core/test_check_support.h"

#include <catch2/catch.hpp>

using namespace juesuan;
using namespace Qt::StringLiterals;
using check::Outcome;
using check::Severity;
using model::Direction;
using model::Facet;
using model::Origin;
using testing::findingsOf;
using testing::ReportBuilder;

namespace {

check::CheckResult runCheck(const model::Report &report, const model::Report *previous = nullptr) {
    return check::Checker().check(report, previous);
}

ReportBuilder::Options facet(Facet f, const QString &subject = {}) {
    ReportBuilder::Options o;
    o.facet = f;
    o.subject = subject;
    return o;
}

ReportBuilder::Options changed(Facet f, Direction direction, const QString &subject = {}) {
    ReportBuilder::Options o = facet(f, subject);
    o.direction = direction;
    return o;
}

} // namespace

TEST_CASE("A sum that holds exactly raises nothing", "[check][sum]") {
    ReportBuilder b;
    b.add(u"expenditure.current_year"_s, u"199.32"_s)
        .add(u"expenditure.basic"_s, u"102.26"_s)
        .add(u"expenditure.project"_s, u"97.06"_s)
        .add(u"expenditure.operating"_s, u"0"_s);
    const auto result = runCheck(b.report());
    CHECK(result.findings.isEmpty());
}

TEST_CASE("A sum off by what its parts' rounding allows is only information",
          "[check][sum][tolerance]") {
    // The Ordos classes: 1102.09 + 196.88 + 13.84 + 24.00 = 1336.81, stated 1336.82.
    ReportBuilder b;
    b.add(u"gp.expenditure"_s, u"1336.82"_s);
    for (const auto &[subject, value] : {std::pair{u"一般公共服务"_s, u"1102.09"_s},
                                         {u"社会保障和就业支出"_s, u"196.88"_s},
                                         {u"卫生健康支出"_s, u"13.84"_s},
                                         {u"住房保障支出"_s, u"24.00"_s}})
        b.add(u"func.expenditure"_s, value, facet(Facet::Value, subject));
    const auto findings = findingsOf(runCheck(b.report()), u"functional.classes"_s);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Info);
    CHECK(findings[0].outcome == Outcome::RoundingTail);
    CHECK(findings[0].expected->value().toString() == u"1336.81");
}

TEST_CASE("A sum no rounding explains is an error naming every figure", "[check][sum]") {
    ReportBuilder b;
    b.add(u"gp.project"_s, u"1163.67"_s);
    const model::Span total = b.last().span;
    b.add(u"project.econ"_s, u"74.88"_s, facet(Facet::Value, u"工资福利支出"_s));
    const model::Span wages = b.last().span;
    b.add(u"project.econ"_s, u"1053.46"_s, facet(Facet::Value, u"商品和服务支出"_s));
    const auto findings = findingsOf(runCheck(b.report()), u"project.economic_classes"_s);
    REQUIRE(findings.size() == 1);
    const check::Finding &f = findings[0];
    CHECK(f.severity == Severity::Error);
    CHECK(f.expected->value().toString() == u"1128.34");
    CHECK(f.low->toString() == u"1128.330"); // 1128.34 ± (0.005 + 0.005)
    CHECK(f.high->toString() == u"1128.350");
    CHECK(f.names(total));
    CHECK(f.names(wages));
    CHECK(f.figures.size() == 3);
    CHECK(f.messageZh.contains(u"1163.67 万元"));
    CHECK(f.messageZh.contains(u"1128.34"));
    CHECK(f.messageEn.contains(u"1128.34"));
}

TEST_CASE("A whole number beside cents agrees with a close table value only as a warning",
          "[check][tolerance]") {
    // 80 could be 79.75 rounded to whole 万元, but the report prints cents.
    ReportBuilder b;
    b.add(u"perf.project.budget"_s, u"80"_s, facet(Facet::Value, u"常态化慰问经费"_s));
    ReportBuilder::Options table = facet(Facet::Value, u"常态化慰问经费"_s);
    table.origin = Origin::Table;
    b.add(u"perf.table.full_budget"_s, u"79.75"_s, table);
    const auto findings = findingsOf(runCheck(b.report()), u"performance.narrative_budget"_s);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].outcome == Outcome::PrecisionOnly);

    ReportBuilder far;
    far.add(u"perf.project.budget"_s, u"90"_s, facet(Facet::Value, u"常态化慰问经费"_s));
    far.add(u"perf.table.full_budget"_s, u"79.75"_s, table);
    const auto farFindings = findingsOf(runCheck(far.report()), u"performance.narrative_budget"_s);
    REQUIRE(farFindings.size() == 1);
    CHECK(farFindings[0].severity == Severity::Error);
}

TEST_CASE("A completion rate against a zero budget is an error but 0 of 0 as 0% is not",
          "[check][budget]") {
    ReportBuilder b;
    const QString death = u"社会保障和就业支出/抚恤/死亡抚恤"_s;
    b.add(u"func.expenditure"_s, Facet::Budget, u"0"_s, death);
    b.add(u"func.expenditure"_s, Facet::Value, u"127.05"_s, death);
    b.add(u"func.expenditure"_s, Facet::Completion, u"127.05"_s, death);
    b.add(u"threepublic.total"_s, Facet::Budget, u"0.00"_s);
    b.add(u"threepublic.total"_s, Facet::Value, u"0.00"_s);
    b.add(u"threepublic.total"_s, Facet::Completion, u"0"_s);
    const auto findings = findingsOf(runCheck(b.report()), u"budget.completion"_s);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].outcome == Outcome::ZeroBase);
    CHECK(findings[0].severity == Severity::Error);
    CHECK(findings[0].figures[0].subject == death);
    CHECK(findings[0].messageZh.contains(u"127.05%"));
}

TEST_CASE("Growth rates are judged against the previous year implied by the change",
          "[check][growth]") {
    ReportBuilder b;
    b.add(u"income.total"_s, u"199.32"_s);
    b.add(u"income.total"_s, u"8.20"_s, changed(Facet::PreviousDelta, Direction::Increase));
    b.add(u"income.total"_s, u"4.29"_s, changed(Facet::PreviousPercent, Direction::Increase));
    b.add(u"income.total"_s, u"11.31"_s, changed(Facet::BudgetDelta, Direction::Increase));
    b.add(u"income.total"_s, u"6.01"_s, changed(Facet::BudgetPercent, Direction::Increase));
    const auto result = runCheck(b.report());
    CHECK(findingsOf(result, u"growth.previous_year"_s).isEmpty());
    // 11.31 / 188.01 = 6.0156%: printed 6.01, which the inputs' rounding allows.
    const auto budget = findingsOf(result, u"growth.budget"_s);
    REQUIRE(budget.size() == 1);
    CHECK(budget[0].severity == Severity::Info);
    CHECK(budget[0].expected->value().toString() == u"6.0156");
    CHECK_FALSE(result.hasErrors());

    ReportBuilder wrong;
    wrong.add(u"income.total"_s, u"199.32"_s);
    wrong.add(u"income.total"_s, u"8.20"_s, changed(Facet::PreviousDelta, Direction::Increase));
    wrong.add(u"income.total"_s, u"4.92"_s, changed(Facet::PreviousPercent, Direction::Increase));
    const auto wrongFindings = findingsOf(runCheck(wrong.report()), u"growth.previous_year"_s);
    REQUIRE(wrongFindings.size() == 1);
    CHECK(wrongFindings[0].severity == Severity::Error);
}

TEST_CASE("A budget's change against last year's plan is judged against the plan it implies",
          "[check][growth][budget]") {
    // Guangzhou's 三公 plan: 4.80 万元, 比上年减少 1.00 万元, 下降 17.2%:
    // 1.00 ÷ (4.80 + 1.00) = 17.24%.
    const auto budgetWith = [](const QString &percent) {
        ReportBuilder b;
        b.add(u"threepublic.total"_s, Facet::Budget, u"4.80"_s);
        b.add(u"threepublic.total"_s, u"1.00"_s,
              changed(Facet::PreviousDelta, Direction::Decrease));
        b.add(u"threepublic.total"_s, percent,
              changed(Facet::PreviousPercent, Direction::Decrease));
        model::Report report = b.report();
        report.type = model::ReportType::Budget;
        return report;
    };
    const auto holds = runCheck(budgetWith(u"17.2"_s));
    CHECK_FALSE(holds.hasErrors());
    const auto wrong =
        findingsOf(runCheck(budgetWith(u"27.2"_s)), u"growth.previous_year@budget"_s);
    REQUIRE(wrong.size() == 1);
    CHECK(wrong[0].severity == Severity::Error);
}

TEST_CASE("A decrease of 100% to zero holds and growth from a zero base is a warning",
          "[check][growth]") {
    ReportBuilder b;
    b.add(u"govfund.expenditure"_s, u"0.00"_s);
    b.add(u"govfund.expenditure"_s, u"275.43"_s,
          changed(Facet::PreviousDelta, Direction::Decrease));
    b.add(u"govfund.expenditure"_s, u"100.00"_s,
          changed(Facet::PreviousPercent, Direction::Decrease));
    b.add(u"operation.total"_s, u"13.30"_s);
    b.add(u"operation.total"_s, u"13.30"_s, changed(Facet::PreviousDelta, Direction::Increase));
    b.add(u"operation.total"_s, u"100"_s, changed(Facet::PreviousPercent, Direction::Increase));
    const auto findings = findingsOf(runCheck(b.report()), u"growth.previous_year"_s);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].figures[0].metric == u"operation.total");
    CHECK(findings[0].outcome == Outcome::ZeroBase);
    CHECK(findings[0].severity == Severity::Warning);
}

TEST_CASE("A change worded the wrong way round is a warning, not an error", "[check][wording]") {
    // 决算 55.05 against 年初预算 56.19 is a decrease of 1.14, worded 增加.
    ReportBuilder b;
    const QString social = u"社会保障和就业支出"_s;
    b.add(u"func.expenditure"_s, Facet::Value, u"55.05"_s, social);
    b.add(u"func.expenditure"_s, Facet::Budget, u"56.19"_s, social);
    b.add(u"func.expenditure"_s, u"1.14"_s,
          changed(Facet::BudgetDelta, Direction::Increase, social));
    const auto findings = findingsOf(runCheck(b.report()), u"budget.delta"_s);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].outcome == Outcome::SignOnly);
    CHECK(findings[0].severity == Severity::Warning);
}

TEST_CASE("持平 with a non-zero change is a warning", "[check][wording]") {
    ReportBuilder b;
    b.add(u"operation.total"_s, u"1.09"_s);
    b.add(u"operation.total"_s, u"0.20"_s, changed(Facet::PreviousDelta, Direction::Flat));
    b.add(u"public_funds.total"_s, u"1.09"_s);
    b.add(u"public_funds.total"_s, u"0"_s, changed(Facet::PreviousDelta, Direction::Flat));
    const auto findings = findingsOf(runCheck(b.report()), u"wording.flat.previous_delta"_s);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].figures[0].metric == u"operation.total");
    CHECK(findings[0].severity == Severity::Warning);
}

TEST_CASE("A final amount introduced as 支出预算 is a warning", "[check][wording]") {
    ReportBuilder b;
    ReportBuilder::Options o = facet(Facet::Value, u"一般公共服务/纪检监察事务/派驻派出机构"_s);
    o.wording = u"支出预算"_s;
    b.add(u"func.expenditure"_s, u"7.09"_s, o);
    o.subject = u"卫生健康支出/行政事业单位医疗/行政单位医疗"_s;
    o.wording = u"支出决算"_s;
    b.add(u"func.expenditure"_s, u"13.84"_s, o);
    const auto findings = findingsOf(runCheck(b.report()), u"wording.actual_as_budget"_s);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].figures[0].quantity.value().toString() == u"7.09");
    CHECK(findings[0].messageZh.contains(u"支出预算"));
}

TEST_CASE("A partial list may fall short of its total but not exceed it", "[check][partial]") {
    ReportBuilder b;
    b.add(u"basic.personnel"_s, u"101.17"_s);
    b.add(u"basic.personnel.item"_s, Facet::Value, u"30.51"_s, u"养老保险缴费"_s);
    b.add(u"basic.personnel.item"_s, Facet::Value, u"29.87"_s, u"住房公积金"_s);
    b.add(u"basic.public"_s, u"1.09"_s);
    b.add(u"basic.public.item"_s, Facet::Value, u"1.00"_s, u"办公费"_s);
    b.add(u"basic.public.item"_s, Facet::Value, u"0.50"_s, u"印刷费"_s);
    const auto result = runCheck(b.report());
    CHECK(findingsOf(result, u"partial.personnel"_s).isEmpty());
    const auto exceeded = findingsOf(result, u"partial.public"_s);
    REQUIRE(exceeded.size() == 1);
    CHECK(exceeded[0].severity == Severity::Warning);
    CHECK(exceeded[0].expected->value().toString() == u"1.50");
}

TEST_CASE("A parent equals the sum of its nearest stated descendants", "[check][functional]") {
    ReportBuilder b;
    b.add(u"func.expenditure"_s, Facet::Value, u"97.20"_s, u"一般公共服务"_s);
    b.add(u"func.expenditure"_s, Facet::Value, u"0.14"_s, u"一般公共服务/群众团体事务/行政运行"_s);
    b.add(u"func.expenditure"_s, Facet::Value, u"97.06"_s, u"一般公共服务/群众团体事务/工会事务"_s);
    b.add(u"func.expenditure"_s, Facet::Value, u"17.20"_s, u"卫生健康支出"_s);
    // The 款 level is stated here, so the 项 below it belong to it, not to the 类.
    b.add(u"func.expenditure"_s, Facet::Value, u"17.20"_s, u"卫生健康支出/行政事业单位医疗"_s);
    b.add(u"func.expenditure"_s, Facet::Value, u"15.00"_s,
          u"卫生健康支出/行政事业单位医疗/行政单位医疗"_s);
    const auto findings = findingsOf(runCheck(b.report()), u"functional.children"_s);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].figures[0].subject == u"卫生健康支出/行政事业单位医疗");
    CHECK(findings[0].expected->value().toString() == u"15.00");
}

TEST_CASE("A class change against budget is its total minus its items' budgets",
          "[check][functional]") {
    ReportBuilder b;
    const QString cls = u"一般公共服务"_s;
    b.add(u"func.expenditure"_s, Facet::Value, u"97.20"_s, cls);
    b.add(u"func.expenditure"_s, u"13.06"_s, changed(Facet::BudgetDelta, Direction::Increase, cls));
    b.add(u"func.expenditure"_s, Facet::Budget, u"0.14"_s, cls + u"/群众团体事务/行政运行"_s);
    b.add(u"func.expenditure"_s, Facet::Budget, u"84"_s, cls + u"/群众团体事务/工会事务"_s);
    CHECK(findingsOf(runCheck(b.report()), u"functional.class_delta"_s).isEmpty());
}

TEST_CASE("Performance table: weights, scores, execution rate and capped funds score",
          "[check][performance]") {
    const QString p = u"困难劳模"_s;
    ReportBuilder b;
    b.add(u"perf.table.full_budget"_s, Facet::Value, u"5"_s, p);
    b.add(u"perf.table.executed"_s, Facet::Value, u"2.25"_s, p);
    b.add(u"perf.table.funds_weight"_s, Facet::Value, u"10"_s, p);
    b.add(u"perf.table.execution_rate"_s, Facet::Value, u"45.00"_s, p);
    b.add(u"perf.table.funds_score"_s, Facet::Value, u"4.50"_s, p);
    const int weights[] = {8, 7, 8, 7, 5, 5, 5, 5, 15, 15, 10};
    for (int i = 0; i < 11; ++i) {
        const QString row = p + u'/' + QString::number(i + 1);
        b.add(u"perf.indicator.weight"_s, Facet::Value, QString::number(weights[i]), row);
        b.add(u"perf.indicator.score"_s, Facet::Value, QString::number(weights[i]), row);
    }
    b.add(u"perf.table.total_weight"_s, Facet::Value, u"100"_s, p);
    b.add(u"perf.table.total_score"_s, Facet::Value, u"94.5"_s, p);
    b.add(u"perf.project.score"_s, Facet::Value, u"94.5"_s, p);
    const auto clean = runCheck(b.report());
    CHECK(clean.count(Severity::Error) == 0);
    CHECK(clean.count(Severity::Warning) == 0);

    // Over-execution is capped at the weight: 12 of 10 gives 10 points, not 12.
    const QString q = u"超额"_s;
    ReportBuilder over;
    over.add(u"perf.table.full_budget"_s, Facet::Value, u"10.00"_s, q);
    over.add(u"perf.table.executed"_s, Facet::Value, u"12.00"_s, q);
    over.add(u"perf.table.funds_weight"_s, Facet::Value, u"10"_s, q);
    over.add(u"perf.table.funds_score"_s, Facet::Value, u"10"_s, q);
    CHECK(findingsOf(runCheck(over.report()), u"performance.funds_score"_s).isEmpty());
    ReportBuilder wrong;
    wrong.add(u"perf.table.full_budget"_s, Facet::Value, u"10.00"_s, q);
    wrong.add(u"perf.table.executed"_s, Facet::Value, u"12.00"_s, q);
    wrong.add(u"perf.table.funds_weight"_s, Facet::Value, u"10"_s, q);
    wrong.add(u"perf.table.funds_score"_s, Facet::Value, u"12"_s, q);
    const auto capped = findingsOf(runCheck(wrong.report()), u"performance.funds_score"_s);
    REQUIRE(capped.size() == 1);
    CHECK(capped[0].severity == Severity::Error);
}

TEST_CASE("Indicator weights that do not total 100 are an error", "[check][performance]") {
    const QString p = u"项目"_s;
    ReportBuilder b;
    b.add(u"perf.table.funds_weight"_s, Facet::Value, u"10"_s, p);
    b.add(u"perf.indicator.weight"_s, Facet::Value, u"50"_s, p + u"/1"_s);
    b.add(u"perf.indicator.weight"_s, Facet::Value, u"30"_s, p + u"/2"_s);
    const auto findings = findingsOf(runCheck(b.report()), u"performance.weights"_s);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Error);
    CHECK(findings[0].expected->value().toString() == u"90");
    CHECK(findings[0].figures.size() == 3);
}

TEST_CASE("A figure stated twice must agree across origins", "[check][twice]") {
    ReportBuilder b;
    b.add(u"income.general_budget"_s, u"1336.82"_s);
    ReportBuilder::Options chart;
    chart.origin = Origin::Chart;
    b.add(u"income.general_budget"_s, u"1747.59"_s, chart);
    // The same value printed at another precision is the same statement.
    b.add(u"income.current_year"_s, u"24.00"_s);
    b.add(u"income.current_year"_s, u"24"_s);
    const auto findings = findingsOf(runCheck(b.report()), u"stated_twice"_s);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].figures[0].origin == Origin::Chart);
    CHECK(findings[0].figures[1].origin == Origin::Narrative);
    CHECK(findings[0].severity == Severity::Error);
    CHECK(findings[0].messageEn.contains(u"chart data"));
}

TEST_CASE("Amounts in 元 and 万元 are compared exactly", "[check][sum]") {
    ReportBuilder b;
    ReportBuilder::Options yuan;
    yuan.unit = model::MoneyUnit::Yuan;
    b.add(u"procurement.total"_s, u"15.99"_s);
    b.add(u"procurement.goods"_s, u"19500"_s, yuan);
    b.add(u"procurement.works"_s, u"0"_s);
    b.add(u"procurement.services"_s, u"140400.00"_s, yuan);
    CHECK(findingsOf(runCheck(b.report()), u"procurement.kinds"_s).isEmpty());
}

TEST_CASE("A change against the previous year is checked against last year's report",
          "[check][cross-report]") {
    ReportBuilder last;
    last.add(u"income.total"_s, u"191.12"_s);
    ReportBuilder now;
    now.add(u"income.total"_s, u"199.32"_s);
    now.add(u"income.total"_s, u"8.02"_s, changed(Facet::PreviousDelta, Direction::Increase));
    const QString id = u"cross_report.previous_delta"_s;
    CHECK(findingsOf(runCheck(now.report()), id).isEmpty()); // nothing to compare with
    const auto findings = findingsOf(runCheck(now.report(), &last.report()), id);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].expected->value().toString() == u"8.20");
    CHECK(findings[0].messageZh.contains(u"上年报告"));
}

TEST_CASE("A stated project count must match the projects described", "[check][count]") {
    ReportBuilder b;
    b.add(u"perf.reported.total"_s, u"3"_s);
    b.add(u"perf.project.score"_s, Facet::Value, u"100"_s, u"甲"_s);
    b.add(u"perf.project.score"_s, Facet::Value, u"90"_s, u"乙"_s);
    const auto findings = findingsOf(runCheck(b.report()), u"performance.reported_count"_s);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Warning);
}

TEST_CASE("Findings below the minimum severity are dropped and errors come first",
          "[check][options]") {
    ReportBuilder b;
    b.add(u"gp.project"_s, u"1163.67"_s);
    b.add(u"project.econ"_s, Facet::Value, u"74.88"_s, u"工资福利支出"_s);
    b.add(u"project.econ"_s, Facet::Value, u"1053.46"_s, u"商品和服务支出"_s);
    b.add(u"income.total"_s, u"199.32"_s);
    b.add(u"income.total"_s, u"11.31"_s, changed(Facet::BudgetDelta, Direction::Increase));
    b.add(u"income.total"_s, u"6.01"_s, changed(Facet::BudgetPercent, Direction::Increase));
    const auto all = check::Checker().check(b.report());
    REQUIRE(all.findings.size() == 2);
    CHECK(all.findings[0].severity == Severity::Error);
    CHECK(all.findings[1].severity == Severity::Info);
    check::CheckOptions options;
    options.minSeverity = Severity::Warning;
    options.keepEvaluations = true;
    const auto errorsOnly = check::Checker().check(b.report(), nullptr, options);
    CHECK(errorsOnly.findings.size() == 1);
    CHECK(errorsOnly.evaluations.size() >= 2);
}

TEST_CASE("A printed zero is nothing, not a rounded small amount", "[check][tolerance]") {
    // 增加 0 万元 cannot be a 5% growth on 1.09, even if "0" were ±0.5 万元.
    ReportBuilder b;
    b.add(u"public_funds.total"_s, u"1.09"_s);
    b.add(u"public_funds.total"_s, u"0"_s, changed(Facet::PreviousDelta, Direction::Increase));
    b.add(u"public_funds.total"_s, u"5"_s, changed(Facet::PreviousPercent, Direction::Increase));
    const auto findings = findingsOf(runCheck(b.report()), u"growth.previous_year"_s);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Error);
}

TEST_CASE("Whole scores are exact points", "[check][tolerance][performance]") {
    // Thirteen weights read as ±0.5 each would excuse a total of 96.
    const QString p = u"项目"_s;
    ReportBuilder b;
    b.add(u"perf.table.funds_weight"_s, Facet::Value, u"10"_s, p);
    for (int i = 1; i <= 12; ++i)
        b.add(u"perf.indicator.weight"_s, Facet::Value, i == 1 ? u"3"_s : u"7"_s,
              p + u'/' + QString::number(i));
    const auto findings = findingsOf(runCheck(b.report()), u"performance.weights"_s);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Error);
    CHECK(findings[0].expected->value().toString() == u"90");
}

TEST_CASE("Two statements at one precision must be identical and at two precisions they may round",
          "[check][twice][tolerance]") {
    ReportBuilder b;
    ReportBuilder::Options table = facet(Facet::Value, u"社会保障和就业支出"_s);
    table.origin = Origin::Table;
    b.add(u"func.expenditure"_s, u"326.72"_s, table);
    b.add(u"func.expenditure"_s, u"326.70"_s, table); // no value rounds to both
    b.add(u"expenditure.basic"_s, u"173.15"_s);
    b.add(u"expenditure.basic"_s, u"173.2"_s); // 173.15 printed to one decimal
    const auto findings = findingsOf(runCheck(b.report()), u"stated_twice"_s);
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].severity == Severity::Error);
    CHECK(findings[0].outcome == Outcome::Mismatch);
    CHECK(findings[0].figures[0].quantity.value().toString() == u"326.70");
    // In a report printing cents, 173.2 agrees with 173.15 only if it was
    // rounded to one decimal: likely a slip, not provable.
    CHECK(findings[1].severity == Severity::Warning);
    CHECK(findings[1].outcome == Outcome::PrecisionOnly);
}

TEST_CASE("Two printings one unit apart in the last place are a warning of their own",
          "[check][twice][tolerance]") {
    ReportBuilder b;
    ReportBuilder::Options table = facet(Facet::Value, u"社会保障和就业支出"_s);
    table.origin = Origin::Table;
    b.add(u"func.expenditure"_s, u"326.72"_s, table);
    b.add(u"func.expenditure"_s, u"326.71"_s, table); // rounded twice, or a slip
    b.add(u"func.expenditure"_s, u"60.99"_s, facet(Facet::Value, u"卫生健康支出"_s));
    b.add(u"func.expenditure"_s, u"60.97"_s, facet(Facet::Value, u"卫生健康支出"_s)); // two units
    const auto findings = findingsOf(runCheck(b.report()), u"stated_twice"_s);
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].severity == Severity::Error);
    CHECK(findings[0].figures[0].quantity.value().toString() == u"60.97");
    CHECK(findings[1].severity == Severity::Warning);
    CHECK(findings[1].outcome == Outcome::LastDigit);
    CHECK(findings[1].messageZh.contains(u"末位"_s));
    CHECK(findings[1].messageEn.contains(u"last printed place"_s));
}

TEST_CASE("Amounts beyond exact 128-bit arithmetic are left undetermined, not judged",
          "[check][robustness]") {
    ReportBuilder b;
    b.add(u"income.total"_s, u"922337203685477.580"_s);
    b.add(u"income.total"_s, u"922337203685477.579"_s,
          changed(Facet::PreviousDelta, Direction::Increase));
    b.add(u"income.total"_s, u"0.000000001"_s,
          changed(Facet::PreviousPercent, Direction::Increase));
    b.add(u"expenditure.current_year"_s, u"0.000000000001"_s);
    b.add(u"expenditure.basic"_s, u"922337203685477580"_s);
    check::CheckOptions options;
    options.keepEvaluations = true;
    const auto result = check::Checker().check(b.report(), nullptr, options);
    // Whatever could be computed exactly is judged; nothing crashes or hangs.
    CHECK(findingsOf(result, u"sum.expenditure_kinds"_s).size() == 1);
    CHECK(check::Checker().check(model::Report{}).findings.isEmpty());
}

TEST_CASE("A reason claiming no difference while the amounts differ is a warning",
          "[check][wording]") {
    ReportBuilder b;
    ReportBuilder::Options same = facet(Facet::Value, u"一般公共服务/群众团体事务/行政运行"_s);
    same.reason = u"决算数与年初预算数无差异"_s;
    b.add(u"func.expenditure"_s, u"0.14"_s, same);
    b.add(u"func.expenditure"_s, Facet::Budget, u"0.14"_s, same.subject);
    ReportBuilder::Options differs = same;
    differs.subject = u"一般公共服务/群众团体事务/工会事务"_s;
    b.add(u"func.expenditure"_s, u"97.06"_s, differs);
    b.add(u"func.expenditure"_s, Facet::Budget, u"84"_s, differs.subject);
    const auto findings = findingsOf(runCheck(b.report()), u"wording.reason_no_difference"_s);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].figures[0].subject == differs.subject);
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].messageZh.contains(u"13.06"));
}
