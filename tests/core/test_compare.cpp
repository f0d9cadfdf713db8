// Comparison of two reports: alignment, exact differences across units,
// missing sides, year-over-year cross-report findings, CSV/XLSX export.
#include "core/check/checker.h"
#include "core/compare/comparison.h"
#include "core/compare/namesimilarity.h"
#include "core/export/comparisonexport.h"
#include "core/extract/extractor.h"
#include "core/ingest/reader.h"
#include "core/ingest/ziparchive.h"
#include "tests/core/test_check_support.h"
#include "tests/core/testdata.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <functional>

using namespace juesuan;

namespace {

model::Report load(const QString &relative) {
    const auto read = ingest::readSource(testDataPath(relative));
    REQUIRE(read.ok());
    return extract::extractReport(*read.document);
}

const compare::ComparisonRow *row(const compare::Comparison &comparison, QStringView metric,
                                  model::Facet facet = model::Facet::Value,
                                  QStringView subject = {}) {
    for (const auto &r : comparison.rows)
        if (r.metric == metric && r.facet == facet && r.subject() == subject)
            return &r;
    return nullptr;
}

struct Expected {
    const char16_t *metric;
    model::Facet facet;
    const char16_t *subject;
    const char *a, *b, *delta; // nullptr: that side is missing
};

} // namespace

TEST_CASE("Unit names match across scope suffixes and region prefixes", "[compare]") {
    CHECK(compare::sameUnit(u"乌海市总工会（差额）", u"乌海市总工会"));
    CHECK(compare::sameUnit(u"内蒙古自治区鄂尔多斯市总工会（本级）", u"鄂尔多斯市总工会（部门）"));
    CHECK_FALSE(compare::sameUnit(u"乌海市总工会（差额）", u"鄂尔多斯市总工会（本级）"));
    CHECK(compare::nameSimilarity(u"商品和服务支出", u"商品和服务") >= 0.8);
    CHECK(compare::nameSimilarity(u"工资福利支出", u"对个人和家庭的补助") < 0.5);
}

TEST_CASE("The two samples align unit against unit with exact differences", "[compare]") {
    const model::Report wuhai = load(QStringLiteral("samples/wuhai-zonggonghui-2024-final.txt"));
    const model::Report ordos = load(QStringLiteral("samples/ordos-zonggonghui-2023-final.txt"));
    const compare::Comparison comparison = compare::compareReports(wuhai, ordos);
    CHECK(comparison.mode == compare::Mode::UnitVsUnit);
    REQUIRE(comparison.a == &wuhai);

    using F = model::Facet;
    // A = Wuhai, B = Ordos; Δ = B − A, computed by hand from the two texts.
    const Expected expected[] = {
        {u"income.total", F::Value, u"", "199.32", "1336.82", "1137.50"},
        {u"expenditure.total", F::Value, u"", "199.32", "1336.82", "1137.50"},
        {u"income.current_year", F::Value, u"", "199.32", "1336.82", "1137.50"},
        {u"income.general_budget", F::Value, u"", "199.32", "1336.82", "1137.50"},
        {u"income.general_budget", F::Share, u"", "100.00", "100.00", "0.00"},
        {u"income.gov_fund", F::Value, u"", "0", "0.00", "0.00"},
        {u"expenditure.basic", F::Value, u"", "102.26", "173.15", "70.89"},
        {u"expenditure.project", F::Value, u"", "97.06", "1163.67", "1066.61"},
        {u"gp.expenditure", F::Budget, u"", "188.01", "1164.97", "976.96"},
        {u"gp.basic", F::Value, u"", "102.26", "173.15", "70.89"},
        {u"basic.personnel", F::Value, u"", "101.17", "159.85", "58.68"},
        {u"basic.public", F::Value, u"", "1.09", "13.30", "12.21"},
        {u"operation.total", F::Value, u"", "1.09", "13.30", "12.21"},
        {u"procurement.total", F::Value, u"", "0", "15.99", "15.99"},
        {u"procurement.goods", F::Value, u"", "0", "1.95", "1.95"},
        {u"perf.projects.level2", F::Value, u"", "5", "70", "65"},
        {u"func.expenditure", F::Value, u"一般公共服务", "97.20", "1102.09", "1004.89"},
        {u"func.expenditure", F::Value, u"社会保障和就业支出", "55.05", "196.88", "141.83"},
        {u"func.expenditure", F::Value, u"卫生健康支出", "17.20", "13.84", "-3.36"},
        {u"func.expenditure", F::Value, u"住房保障支出/住房改革支出/住房公积金", "29.87", "24",
         "-5.87"},
        {u"func.expenditure", F::Budget, u"卫生健康支出/行政事业单位医疗/行政单位医疗", "18.34",
         "12.5", "-5.84"},
        {u"func.expenditure", F::Value, u"一般公共服务/群众团体事务/行政运行", "0.14", "52.85",
         "52.71"},
        {u"func.expenditure", F::Value, u"社会保障和就业支出/行政事业单位养老支出/行政单位离退休",
         "24.54", "32.8", "8.26"},
        // Stated by Ordos only: missing on Wuhai's side, not 0, and no Δ.
        {u"func.expenditure", F::Value, u"社会保障和就业支出/抚恤/死亡抚恤", nullptr, "127.05",
         nullptr},
        {u"func.expenditure", F::Value, u"一般公共服务/纪检监察事务/派驻派出机构", nullptr, "7.09",
         nullptr},
    };
    for (const Expected &e : expected) {
        INFO(QString::fromUtf16(e.metric).toStdString()
             << " " << QString::fromUtf16(e.subject).toStdString() << " "
             << model::facetId(e.facet).toStdString());
        const auto *r = row(comparison, e.metric, e.facet, e.subject);
        REQUIRE(r != nullptr);
        if (e.a) {
            REQUIRE(r->a);
            CHECK(r->a->value().toString() == QString::fromLatin1(e.a));
        } else {
            CHECK_FALSE(r->a);
        }
        REQUIRE(r->b);
        CHECK(r->b->value().toString() == QString::fromLatin1(e.b));
        if (e.delta) {
            REQUIRE(r->delta);
            CHECK(*r->delta == *model::Decimal::parse(QString::fromLatin1(e.delta)));
        } else {
            CHECK_FALSE(r->delta);
        }
    }
    const auto *total = row(comparison, u"income.total");
    REQUIRE(total->deltaPercent);
    CHECK(total->deltaPercent->toString() == QStringLiteral("570.69")); // 1137.50 / 199.32
    CHECK(comparison.crossFindings.isEmpty());
}

TEST_CASE("Money in 元 and 万元 is compared exactly after conversion", "[compare]") {
    model::Report a, b;
    a.unitName = QStringLiteral("测试局");
    b.unitName = QStringLiteral("另一局");
    model::Figure fa;
    fa.metric = QStringLiteral("income.total");
    fa.quantity =
        model::Quantity::money(*model::Decimal::parse(u"1336.82"), model::MoneyUnit::WanYuan);
    a.figures.append(fa);
    model::Figure fb = fa;
    fb.quantity =
        model::Quantity::money(*model::Decimal::parse(u"13368201.00"), model::MoneyUnit::Yuan);
    b.figures.append(fb);
    const auto comparison = compare::compareReports(a, b);
    const auto *r = row(comparison, u"income.total");
    REQUIRE(r);
    REQUIRE(r->delta);
    CHECK(r->unit == model::MoneyUnit::WanYuan);
    CHECK(r->delta->toString() == QStringLiteral("0.000100")); // 1 元 = 0.0001 万元

    // Exports have one unit per row: B's 元 amount is given in A's 万元, exactly.
    const QJsonObject json =
        exporting::comparisonToJson(comparison).value(u"rows").toArray().first().toObject();
    CHECK(json.value(u"a").toString() == u"1336.82");
    CHECK(json.value(u"b").toString() == u"1336.820100");
    CHECK(json.value(u"unit").toString() == u"wanyuan");
    CHECK(json.value(u"kind").toString() == u"money");
    CHECK(json.value(u"delta").toString() == u"0.000100");
    CHECK(exporting::comparisonToCsv(comparison)
              .contains(QStringLiteral(
                  "income.total,收入总计,value,,1336.82,1336.820100,万元,0.000100,")));
}

TEST_CASE("Year over year: the later report's false 与上年相比 claim is the only cross-report "
          "finding",
          "[compare]") {
    const model::Report earlier = load(QStringLiteral("compare/wuhai-2023-derived.txt"));
    const model::Report later = load(QStringLiteral("compare/wuhai-2024-false-claim.txt"));
    // Given in the other order: the earlier year still becomes A.
    const compare::Comparison comparison = compare::compareReports(later, earlier);
    CHECK(comparison.mode == compare::Mode::YearOverYear);
    CHECK(comparison.a == &earlier);
    CHECK(comparison.b == &later);
    // One false sentence, three statements in it (the previous value it
    // implies, the change, the rate): one finding each, nothing else.
    QStringList relations;
    for (const check::Finding &finding : comparison.crossFindings)
        relations.append(finding.relationId);
    relations.sort();
    CHECK(relations == QStringList{QStringLiteral("cross_report.previous_delta"),
                                   QStringLiteral("cross_report.previous_percent"),
                                   QStringLiteral("cross_report.previous_value")});
    for (const check::Finding &finding : comparison.crossFindings) {
        INFO(finding.messageEn.toStdString());
        CHECK(finding.severity == check::Severity::Error);
        REQUIRE_FALSE(finding.figures.isEmpty());
        bool namesOperation = false;
        for (const auto &figure : finding.figures)
            namesOperation = namesOperation || figure.metric == u"operation.total";
        CHECK(namesOperation);
    }
}

TEST_CASE("The year-over-year fixture's earlier year is consistent in itself", "[compare]") {
    // Made by make_wuhai_2023.py: figures changed consistently, so every
    // error a comparison shows comes from the false claim alone.
    const model::Report earlier = load(QStringLiteral("compare/wuhai-2023-derived.txt"));
    CHECK(earlier.year == 2023);
    const check::CheckResult result = check::Checker().check(earlier);
    for (const check::Finding &finding : result.findings)
        if (finding.severity == check::Severity::Error)
            FAIL(finding.messageEn.toStdString());
}

TEST_CASE("Year over year: consistent claims raise no cross-report finding", "[compare]") {
    const model::Report earlier = load(QStringLiteral("compare/wuhai-2023-derived.txt"));
    const model::Report later = load(QStringLiteral("samples/wuhai-zonggonghui-2024-final.txt"));
    const compare::Comparison comparison = compare::compareReports(earlier, later);
    CHECK(comparison.mode == compare::Mode::YearOverYear);
    for (const auto &finding : comparison.crossFindings)
        FAIL(finding.messageEn.toStdString());
}

TEST_CASE("The aligned table exports as CSV and XLSX", "[compare][export]") {
    const model::Report wuhai = load(QStringLiteral("samples/wuhai-zonggonghui-2024-final.txt"));
    const model::Report ordos = load(QStringLiteral("samples/ordos-zonggonghui-2023-final.txt"));
    const auto comparison = compare::compareReports(wuhai, ordos);
    const QString csv = exporting::comparisonToCsv(comparison);
    CHECK(csv.contains(
        QStringLiteral("income.total,收入总计,value,,199.32,1336.82,万元,1137.50,570.69")));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString error;
    REQUIRE(
        exporting::writeComparisonCsv(comparison, dir.filePath(QStringLiteral("c.csv")), &error));
    const QString xlsx = dir.filePath(QStringLiteral("c.xlsx"));
    REQUIRE(exporting::writeComparisonXlsx(comparison, xlsx, &error));
    QFile file(xlsx);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("PK")); // a zip container
    // Amounts keep their printed decimals on screen: 199.32 shows as 199.32.
    QString zipError;
    auto archive = ingest::ZipArchive::open(bytes, {}, &zipError);
    REQUIRE(archive);
    const auto styles = archive->read(QStringLiteral("xl/styles.xml"), &zipError);
    REQUIRE(styles);
    CHECK(styles->contains(R"(formatCode="#,##0.00")"));
    // No temporary file is left next to it.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 2);
}

TEST_CASE("Plan against actual: a unit's budget and final of one year, budget as A", "[compare]") {
    const model::Report final = load(QStringLiteral("samples/wuhai-zonggonghui-2024-final.txt"));
    const model::Report budget = load(QStringLiteral("compare/wuhai-2024-budget.txt"));
    CHECK(budget.type == model::ReportType::Budget);
    CHECK(budget.year == 2024);
    // Whatever the order given, the plan is A and what was spent is B.
    const compare::Comparison comparison = compare::compareReports(final, budget);
    CHECK(comparison.mode == compare::Mode::PlanVsActual);
    CHECK(compare::modeId(comparison.mode) == u"plan_vs_actual");
    REQUIRE(comparison.a == &budget);
    REQUIRE(comparison.b == &final);

    struct Executed {
        const char16_t *metric;
        const char16_t *subject;
        const char *plan, *actual, *delta, *execution; // execution nullptr: none (plan 0)
    };
    // Plan: the budget's 预算数; actual: the final's 决算数. Execution =
    // actual ÷ plan × 100 rounded to two places, by hand: 199.32 ÷ 188.01 =
    // 1.060156…, 102.26 ÷ 104.01 = 0.983174…, 97.06 ÷ 84 = 1.155476…,
    // 17.20 ÷ 18.34 = 0.937840….
    const Executed expected[] = {
        {u"gp.expenditure", u"", "188.01", "199.32", "11.31", "106.02"},
        {u"expenditure.basic", u"", "104.01", "102.26", "-1.75", "98.32"},
        {u"expenditure.project", u"", "84.00", "97.06", "13.06", "115.55"},
        {u"func.expenditure", u"一般公共服务/群众团体事务/工会事务", "84.00", "97.06", "13.06",
         "115.55"},
        {u"func.expenditure", u"卫生健康支出/行政事业单位医疗/行政单位医疗", "18.34", "17.20",
         "-1.14", "93.78"},
        {u"threepublic.total", u"", "0", "0", "0", nullptr},
    };
    for (const Executed &e : expected) {
        INFO(QString::fromUtf16(e.metric).toStdString()
             << " " << QString::fromUtf16(e.subject).toStdString());
        const auto *r = row(comparison, e.metric, model::Facet::Value, e.subject);
        REQUIRE(r != nullptr);
        REQUIRE(r->a);
        REQUIRE(r->b);
        CHECK(r->a->value() == *model::Decimal::parse(QString::fromLatin1(e.plan)));
        CHECK(r->b->value() == *model::Decimal::parse(QString::fromLatin1(e.actual)));
        REQUIRE(r->delta);
        CHECK(*r->delta == *model::Decimal::parse(QString::fromLatin1(e.delta)));
        if (e.execution) {
            REQUIRE(r->execution);
            CHECK(r->execution->toString() == QString::fromLatin1(e.execution));
        } else {
            CHECK_FALSE(r->execution);
        }
    }
    // Plans are compared as amounts: a stated share or rate is not a plan.
    for (const auto &r : comparison.rows)
        CHECK(r.facet == model::Facet::Value);
    // The budget was made from the final's own 年初预算 figures: nothing disagrees.
    for (const auto &finding : comparison.crossFindings)
        FAIL(finding.messageEn.toStdString());

    const QJsonObject json = exporting::comparisonToJson(comparison);
    CHECK(json.value(u"mode").toString() == u"plan_vs_actual");
    CHECK(json.value(u"a").toObject().value(u"type").toString() == u"budget");
    CHECK(exporting::comparisonToCsv(comparison)
              .contains(QStringLiteral(
                  "gp.expenditure,一般公共预算财政拨款支出,value,,188.01,199.32,万元,11.31,6.02,"
                  "106.02")));
}

TEST_CASE("Plan against actual: the final's 年初预算 that the budget contradicts, and nothing "
          "else",
          "[compare]") {
    const model::Report final = load(QStringLiteral("samples/wuhai-zonggonghui-2024-final.txt"));
    const model::Report budget = load(QStringLiteral("compare/wuhai-2024-budget-disagreeing.txt"));
    // The disagreeing budget is consistent in itself.
    for (const check::Finding &finding : check::Checker().check(budget).findings)
        FAIL(finding.messageEn.toStdString());
    const compare::Comparison comparison = compare::compareReports(budget, final);
    REQUIRE(comparison.mode == compare::Mode::PlanVsActual);
    // tests/data/compare/README.md: 行政单位医疗 planned 19.34 where the final
    // states a 年初预算 of 18.34, and the general public budget above it 189.01
    // against 188.01.
    QStringList found;
    for (const check::Finding &finding : comparison.crossFindings) {
        CHECK(finding.relationId == u"plan_vs_actual.initial_budget");
        CHECK(finding.severity == check::Severity::Warning);
        REQUIRE(finding.figures.size() == 2);
        found << finding.figures[0].metric + u'[' + finding.figures[0].subject + u"] " +
                     finding.figures[0].quantity.value().toString() + u" vs " +
                     finding.figures[1].quantity.value().toString();
    }
    found.sort();
    CHECK(found ==
          QStringList{
              QStringLiteral(
                  "func.expenditure[卫生健康支出/行政事业单位医疗/行政单位医疗] 18.34 vs 19.34"),
              QStringLiteral("gp.expenditure[] 188.01 vs 189.01"),
          });
}

TEST_CASE("Plan against actual needs one unit, one year and one scope", "[compare]") {
    model::Report budget, final;
    budget.unitName = final.unitName = QStringLiteral("测试局");
    budget.type = model::ReportType::Budget;
    final.type = model::ReportType::FinalAccount;
    budget.year = final.year = 2024;
    CHECK(compare::detectMode(final, budget) == compare::Mode::PlanVsActual);
    // Next year's plan beside this year's spending is two reports, not an execution.
    budget.year = 2025;
    CHECK(compare::detectMode(final, budget) == compare::Mode::UnitVsUnit);
    budget.year = 2024;
    // A department's consolidated final against one unit's budget.
    final.scope = model::ReportScope::Department;
    budget.scope = model::ReportScope::Unit;
    CHECK(compare::detectMode(final, budget) == compare::Mode::UnitVsUnit);
    // Two budgets of one unit are year over year.
    final.type = model::ReportType::Budget;
    final.scope = model::ReportScope::Unit;
    final.year = 2023;
    CHECK(compare::detectMode(final, budget) == compare::Mode::YearOverYear);
}

namespace {

// A budget of 测试局 that plans its 三公 total, with whatever else `build`
// states.
model::Report threePublicBudget(int year, const QString &planned,
                                const std::function<void(testing::ReportBuilder &)> &build = {}) {
    testing::ReportBuilder builder;
    builder.add(QStringLiteral("threepublic.total"), model::Facet::Budget, planned);
    if (build)
        build(builder);
    model::Report report = builder.report();
    report.unitName = QStringLiteral("测试局");
    report.type = model::ReportType::Budget;
    report.year = year;
    return report;
}

} // namespace

TEST_CASE("Budget over budget: the later plan's 与上年相比 checked against the earlier plan",
          "[compare]") {
    // 2025: “三公”经费预算 4.80 万元，比上年减少 1.00 万元.
    const model::Report later =
        threePublicBudget(2025, QStringLiteral("4.80"), [](testing::ReportBuilder &b) {
            testing::FigureOptions decrease;
            decrease.facet = model::Facet::PreviousDelta;
            decrease.direction = model::Direction::Decrease;
            b.add(QStringLiteral("threepublic.total"), QStringLiteral("1.00"), decrease);
        });
    const model::Report consistent = threePublicBudget(2024, QStringLiteral("5.80"));
    const compare::Comparison agreeing = compare::compareReports(later, consistent);
    CHECK(agreeing.mode == compare::Mode::YearOverYear);
    CHECK(agreeing.a == &consistent);
    CHECK(agreeing.crossFindings.isEmpty());

    // A 2024 plan of 6.00 makes the stated decrease wrong by 0.20; a budget
    // may compare with the previous year's execution instead, so it is a
    // warning.
    const model::Report other = threePublicBudget(2024, QStringLiteral("6.00"));
    const compare::Comparison disagreeing = compare::compareReports(other, later);
    REQUIRE(disagreeing.crossFindings.size() == 1);
    const check::Finding &finding = disagreeing.crossFindings.first();
    CHECK(finding.relationId == u"cross_report.previous_budget");
    CHECK(finding.severity == check::Severity::Warning);
}
