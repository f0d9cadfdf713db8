// The aligned comparison table: the item-model contract, A/B/Δ/Δ% of rows
// read by hand from the two sample texts, missing sides as "—", the
// functional classification as a tree, Δ coloured by sign, and cells marked
// with the findings of their own report.
#include "core/check/severity.h"
#include "tests/core/catchqtstrings.h"
#include "tests/ui/test_compare_support.h"
#include "ui/compare/comparisonfindingsmodel.h"
#include "ui/compare/comparisonmodel.h"
#include "ui/compare/comparisonpalette.h"
#include "ui/document/reportloader.h"
#include "ui/language.h"

#include <QAbstractItemModelTester>

using namespace juesuan;
using model::Facet;
using ui::ComparisonModel;

namespace {

constexpr auto warn = QAbstractItemModelTester::FailureReportingMode::Warning;

QString cell(const ComparisonModel &model, int row, int column, int role = Qt::DisplayRole) {
    return model.indexOfRow(row, column).data(role).toString();
}

} // namespace

TEST_CASE("The comparison model keeps the item-model contract", "[ui][compare][models]") {
    const uitest::ModelWarnings warnings;
    comparetest::LoadedPair pair = comparetest::samples();
    REQUIRE(pair.comparison->isValid());
    ComparisonModel model;
    ui::ComparisonFindingsModel findings;
    QAbstractItemModelTester modelTester(&model, warn);
    QAbstractItemModelTester findingsTester(&findings, warn);
    model.setDocument(pair.comparison.get());
    findings.setDocument(pair.comparison.get());
    CHECK(model.rowCount() > 20);

    // A reload recomputes, a language change re-labels, a closed report empties.
    pair.first->apply(ui::loadReport(uitest::wuhaiPath()));
    ui::applyLanguage(i18n::Language::English);
    ui::applyLanguage(i18n::Language::Chinese);
    findings.setMinimumSeverity(check::Severity::Info);
    CHECK(model.rowCount() > 20);
    pair.second.reset();
    CHECK_FALSE(pair.comparison->isValid());
    CHECK(model.rowCount() == 0);
    CHECK(findings.rowCount() == 0);
    // The tester reports a broken contract as warnings starting with "FAIL!".
    const QStringList failures = warnings.messages().filter(QStringLiteral("FAIL!"));
    CHECK(failures == QStringList());
}

TEST_CASE("Comparing the samples shows A, B and the difference of each row",
          "[ui][compare][models]") {
    ui::applyLanguage(i18n::Language::Chinese);
    const comparetest::LoadedPair pair = comparetest::samples();
    ComparisonModel model;
    model.setDocument(pair.comparison.get());
    const compare::Comparison &comparison = pair.comparison->comparison();
    REQUIRE(comparison.mode == compare::Mode::UnitVsUnit);
    REQUIRE(comparison.a == &pair.first->report()); // A = Wuhai 2024, as given

    struct Expected {
        const char16_t *metric;
        Facet facet;
        const char16_t *subject;
        const char16_t *a, *b, *delta, *percent;
    };
    // Read from the two texts; Δ = B − A and Δ% = Δ ÷ A worked out by hand.
    const Expected rows[] = {
        {u"income.total", Facet::Value, u"", u"199.32 万元", u"1,336.82 万元", u"+1,137.50 万元",
         u"+570.69%"},
        {u"expenditure.basic", Facet::Value, u"", u"102.26 万元", u"173.15 万元", u"+70.89 万元",
         u"+69.32%"},
        {u"basic.public", Facet::Value, u"", u"1.09 万元", u"13.30 万元", u"+12.21 万元",
         u"+1,120.18%"},
        {u"gp.expenditure", Facet::Budget, u"", u"188.01 万元", u"1,164.97 万元", u"+976.96 万元",
         u"+519.63%"},
        // Shares differ in percentage points, and have no Δ%.
        {u"expenditure.basic", Facet::Share, u"", u"51.30%", u"12.95%", u"−38.35 个百分点", u"—"},
        {u"func.expenditure", Facet::Value, u"卫生健康支出", u"17.20 万元", u"13.84 万元",
         u"−3.36 万元", u"−19.53%"},
        // Stated by Ordos only: missing on Wuhai's side, never 0, and no Δ.
        {u"func.expenditure", Facet::Value, u"社会保障和就业支出/抚恤/死亡抚恤", u"—",
         u"127.05 万元", u"—", u"—"},
        // Stated by Wuhai only.
        {u"func.expenditure", Facet::Value, u"一般公共服务/群众团体事务/工会事务", u"97.06 万元",
         u"—", u"—", u"—"},
        // 0 on one side is a stated 0, not a missing value; Δ% of a 0 base is undefined.
        {u"procurement.total", Facet::Value, u"", u"0 万元", u"15.99 万元", u"+15.99 万元", u"—"},
    };
    for (const Expected &e : rows) {
        const QString subject = QString::fromUtf16(e.subject);
        INFO(QString::fromUtf16(e.metric).toStdString() << ' ' << subject.toStdString());
        const int row = comparetest::rowOf(comparison, e.metric, e.facet, subject);
        REQUIRE(row >= 0);
        CHECK(cell(model, row, ComparisonModel::ValueA) == QString::fromUtf16(e.a));
        CHECK(cell(model, row, ComparisonModel::ValueB) == QString::fromUtf16(e.b));
        CHECK(cell(model, row, ComparisonModel::Delta) == QString::fromUtf16(e.delta));
        CHECK(cell(model, row, ComparisonModel::DeltaPercent) == QString::fromUtf16(e.percent));
    }

    SECTION("Δ is coloured by its sign") {
        const int up = comparetest::rowOf(comparison, u"income.total");
        const int down =
            comparetest::rowOf(comparison, u"func.expenditure", Facet::Value, u"卫生健康支出");
        const int none = comparetest::rowOf(comparison, u"income.gov_fund");
        auto colour = [&](int row) {
            return model.indexOfRow(row, ComparisonModel::Delta).data(Qt::ForegroundRole);
        };
        CHECK(colour(up).value<QColor>() == ui::ComparisonPalette::increase());
        CHECK(colour(down).value<QColor>() == ui::ComparisonPalette::decrease());
        CHECK_FALSE(colour(none).isValid()); // 0 → 0.00: no change, no colour
    }
    SECTION("the functional classification is a tree by depth") {
        const int item = comparetest::rowOf(comparison, u"func.expenditure", Facet::Value,
                                            u"社会保障和就业支出/抚恤/死亡抚恤");
        const QModelIndex index = model.indexOfRow(item);
        // Neither report states the 款 抚恤: the 项 hangs from its 类.
        const QModelIndex parent = index.parent();
        CHECK(parent.data().toString() == u"社会保障和就业支出");
        CHECK(index.data().toString() == u"抚恤 › 死亡抚恤");
        const QModelIndex group = parent.parent();
        REQUIRE(group.isValid());
        CHECK(group.data().toString() == u"功能分类支出（类/款/项）");
        CHECK_FALSE(group.parent().isValid());
        CHECK(group.data(ComparisonModel::RowRole).toInt() == -1);
        CHECK(model.rowCount(parent) >= 3); // 行政单位离退休, 养老保险缴费, 死亡抚恤 …
    }
    SECTION("the headers name A and B in their colours") {
        CHECK(
            model.headerData(ComparisonModel::ValueA, Qt::Horizontal).toString().startsWith(u"A"));
        CHECK(model.headerData(ComparisonModel::ValueB, Qt::Horizontal, Qt::ForegroundRole)
                  .value<QColor>() == ui::ComparisonPalette::side(ui::Side::B));
    }
}

TEST_CASE("A cell whose figure takes part in a finding of its report is marked",
          "[ui][compare][models]") {
    ui::applyLanguage(i18n::Language::Chinese);
    const comparetest::LoadedPair pair = comparetest::samples();
    ComparisonModel model;
    model.setDocument(pair.comparison.get());
    const compare::Comparison &comparison = pair.comparison->comparison();

    // Ordos (B) states 项目支出 1163.67 万元 in its text, but the data of its
    // embedded chart say 1553.66; Wuhai's (A) 97.06 is stated consistently.
    const int project = comparetest::rowOf(comparison, u"expenditure.project");
    REQUIRE(project >= 0);
    const QModelIndex b = model.indexOfRow(project, ComparisonModel::ValueB);
    const QModelIndex a = model.indexOfRow(project, ComparisonModel::ValueA);
    CHECK(b.data().toString() == u"1,163.67 万元");
    CHECK(b.data(ComparisonModel::SeverityRole).toInt() == int(check::Severity::Error));
    CHECK(b.data(Qt::DecorationRole).isValid());
    CHECK(b.data(Qt::BackgroundRole).isValid());
    CHECK(b.data(Qt::ToolTipRole).toString().contains(u"1553.66"));
    CHECK_FALSE(a.data(ComparisonModel::SeverityRole).isValid());
    CHECK_FALSE(a.data(Qt::DecorationRole).isValid());
    // The difference is computed from B's flagged figure, and says so.
    for (const int column : {int(ComparisonModel::Delta), int(ComparisonModel::DeltaPercent)}) {
        const QModelIndex delta = model.indexOfRow(project, column);
        CHECK(delta.data(ComparisonModel::SeverityRole).toInt() == int(check::Severity::Error));
        CHECK(delta.data(Qt::DecorationRole).isValid());
    }

    // Its section 七 states the general-budget project expenditure 1163.67,
    // while its economic classes add up to 74.88 + 1053.46 = 1128.34.
    const int general = comparetest::rowOf(comparison, u"gp.project");
    REQUIRE(general >= 0);
    const QModelIndex generalB = model.indexOfRow(general, ComparisonModel::ValueB);
    CHECK(generalB.data(ComparisonModel::SeverityRole).toInt() == int(check::Severity::Error));
    CHECK(generalB.data(Qt::ToolTipRole).toString().contains(u"1128.34"));

    // Ordos: 死亡抚恤 "完成年初预算的127.05%" against a budget of 0.
    const int completion = comparetest::rowOf(comparison, u"func.expenditure", Facet::Completion,
                                              u"社会保障和就业支出/抚恤/死亡抚恤");
    REQUIRE(completion >= 0);
    CHECK(model.indexOfRow(completion, ComparisonModel::ValueB)
              .data(ComparisonModel::SeverityRole)
              .toInt() == int(check::Severity::Error));
    // The missing side of that row has nothing to mark and says why it is empty.
    const QModelIndex missing = model.indexOfRow(completion, ComparisonModel::ValueA);
    CHECK(missing.data().toString() == u"—");
    CHECK_FALSE(missing.data(ComparisonModel::SeverityRole).isValid());
}

TEST_CASE("A side stated with two values is compared by the value its tables state",
          "[ui][compare][models]") {
    ui::applyLanguage(i18n::Language::Chinese);
    const comparetest::LoadedPair pair = comparetest::loadPair(
        uitest::wuhaiPath(),
        uitest::samplePath(QStringLiteral("shanghai-putuo-caizhengju-2024-final.pdf")));
    ComparisonModel model;
    model.setDocument(pair.comparison.get());
    const compare::Comparison &comparison = pair.comparison->comparison();
    // Putuo's narrative says 财政拨款收入支出总计 0.3 万元, its two tables
    // 2,961.68; Wuhai's 财政拨款收入支出总计 is 199.32 in text and table alike.
    const int fiscal = comparetest::rowOf(comparison, u"fiscal.total");
    REQUIRE(fiscal >= 0);
    CHECK(model.indexOfRow(fiscal, ComparisonModel::ValueA).data().toString() == u"199.32 万元");
    CHECK(model.indexOfRow(fiscal, ComparisonModel::ValueB).data().toString() == u"2,961.68 万元");
    // (2,961.68 − 199.32) ÷ 199.32 = 1,385.89 %; from the narrative's 0.3 it read −99.85 %.
    CHECK(model.indexOfRow(fiscal, ComparisonModel::DeltaPercent).data().toString() ==
          u"+1,385.89%");
}

TEST_CASE("The findings beside a comparison list the cross-report findings first",
          "[ui][compare][models]") {
    ui::applyLanguage(i18n::Language::Chinese);
    const comparetest::LoadedPair pair = comparetest::yearOverYear();
    REQUIRE(pair.comparison->isValid());
    const compare::Comparison &comparison = pair.comparison->comparison();
    CHECK(comparison.mode == compare::Mode::YearOverYear);
    CHECK(comparison.a->year == 2023); // the later report was given first
    REQUIRE_FALSE(comparison.crossFindings.isEmpty());

    ui::ComparisonFindingsModel findings;
    findings.setDocument(pair.comparison.get());
    const int cross = int(comparison.crossFindings.size());
    REQUIRE(findings.rowCount() > cross);
    for (int row = 0; row < findings.rowCount(); ++row) {
        const QModelIndex index = findings.index(row, ui::ComparisonFindingsModel::Report);
        INFO(row);
        CHECK(index.data(ui::ComparisonFindingsModel::SideRole).isValid() == (row >= cross));
        // Warnings and errors only by default.
        CHECK(index.data(ui::ComparisonFindingsModel::SeverityRole).toInt() >=
              int(check::Severity::Warning));
    }
    // The false claim: 机关运行经费 "增加 0.30 万元" while both years state 1.09.
    const QString first = findings.index(0, ui::ComparisonFindingsModel::Message).data().toString();
    CHECK(first.contains(u"机关运行经费"));
}

TEST_CASE("Plan against actual: execution in the last column, the contradicted plan marked",
          "[ui][compare][models]") {
    ui::applyLanguage(i18n::Language::Chinese);
    comparetest::LoadedPair pair = comparetest::loadPair(
        uitest::wuhaiPath(),
        comparetest::fixturePath(QStringLiteral("wuhai-2024-budget-disagreeing.txt")));
    REQUIRE(pair.comparison->isValid());
    ComparisonModel model;
    model.setDocument(pair.comparison.get());
    CHECK(model.headerData(ComparisonModel::DeltaPercent, Qt::Horizontal).toString() == u"执行率");

    const compare::Comparison &comparison = pair.comparison->comparison();
    // 行政单位医疗: planned 19.34, spent 17.20; 17.20 ÷ 19.34 = 0.889349… by hand.
    const int medical = comparetest::rowOf(comparison, u"func.expenditure", Facet::Value,
                                           u"卫生健康支出/行政事业单位医疗/行政单位医疗");
    REQUIRE(medical >= 0);
    CHECK(cell(model, medical, ComparisonModel::ValueA) == u"19.34 万元");
    CHECK(cell(model, medical, ComparisonModel::DeltaPercent) == u"88.93%");
    // The final states a 年初预算 of 18.34: the plan's cell carries the
    // cross-report warning; the actual, which nothing contradicts, does not.
    const QModelIndex plan = model.indexOfRow(medical, ComparisonModel::ValueA);
    CHECK(plan.data(ComparisonModel::SeverityRole).toInt() == int(check::Severity::Warning));
    CHECK(plan.data(Qt::ToolTipRole).toString().contains(u"18.34"));
    CHECK_FALSE(
        model.indexOfRow(medical, ComparisonModel::ValueB).data(ComparisonModel::SeverityRole)
            .isValid());
    // A plan the final agrees with is not marked.
    const int project =
        comparetest::rowOf(comparison, u"func.expenditure", Facet::Value,
                           u"一般公共服务/群众团体事务/工会事务");
    REQUIRE(project >= 0);
    CHECK_FALSE(model.indexOfRow(project, ComparisonModel::ValueA)
                    .data(ComparisonModel::SeverityRole)
                    .isValid());
}
