// The Shanghai sample read end to end: table figures, the relations between
// the nine tables and between tables and narrative, and exactly the findings
// a careful reader of this report makes.

#include "core/check/checker.h"
#include "core/extract/extractor.h"
#include "core/ingest/reader.h"
#include "tests/core/catchqtstrings.h"
#include "tests/core/testdata.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

const model::Report &report() {
    static const model::Report extracted = [] {
        auto result = ingest::readSource(
            testDataPath(QStringLiteral("samples/shanghai-putuo-caizhengju-2024-final.pdf")));
        REQUIRE(result.ok());
        return extract::extractReport(*result.document);
    }();
    return extracted;
}

const check::CheckResult &checked() {
    static const check::CheckResult result = [] {
        check::CheckOptions options;
        options.keepEvaluations = true;
        return check::Checker().check(report(), nullptr, options);
    }();
    return result;
}

const model::Figure *tableFigure(const QString &metric, const QString &subject = {},
                                 model::Facet facet = model::Facet::Value) {
    for (const model::Figure &figure : report().figures)
        if (figure.origin == model::Origin::Table && figure.metric == metric &&
            figure.subject == subject && figure.facet == facet)
            return &figure;
    return nullptr;
}

QString findingKey(const check::Finding &finding) {
    const check::FindingFigure &stated = finding.figures.first();
    return finding.relationId + u' ' + stated.metric + u'[' + stated.subject + u"] " +
           stated.quantity.value().toString() + u' ' + model::originId(stated.origin);
}

} // namespace

TEST_CASE("Shanghai PDF: table figures carry metric, unit, code and cell", "[pdf][checks]") {
    struct Expected {
        const char16_t *metric;
        const char16_t *subject;
        const char16_t *code;
        const char16_t *value;
    };
    // From the page images: 收入支出决算总表, 收入决算表, 支出决算表,
    // 一般公共预算财政拨款支出决算表, 基本支出决算表, 三公 (budget).
    const Expected expected[] = {
        {u"income.total", u"", u"", u"2995.39"},
        {u"income.carryover_begin", u"", u"", u"49.14"},
        {u"expenditure.carryover_end", u"", u"", u"55.34"},
        {u"func.all", u"社会保障和就业", u"208", u"326.71"},
        {u"func.income.other", u"一般公共服务/财政事务/行政运行", u"2010601", u"0.01"},
        {u"func.all.project", u"一般公共服务/财政事务/行政运行", u"2010601", u"8.37"},
        {u"func.expenditure", u"社会保障和就业/行政事业单位养老支出/机关事业单位职业年金缴费支出",
         u"2080506", u"80.38"},
        {u"gp.basic", u"", u"", u"2336.91"},
        {u"fiscal.total", u"", u"", u"2961.68"},
        {u"fiscal.carryover_begin.general_budget", u"", u"", u"21.63"},
        {u"econ.basic", u"对个人和家庭的补助/奖励金", u"30309", u"0.31"},
        {u"basic.personnel", u"", u"", u"2152.26"},
        {u"basic.public", u"", u"", u"184.65"},
    };
    for (const Expected &item : expected) {
        const QString metric = QString::fromUtf16(item.metric);
        INFO(metric.toStdString());
        const model::Figure *figure = tableFigure(metric, QString::fromUtf16(item.subject));
        REQUIRE(figure);
        CHECK(figure->code == QString::fromUtf16(item.code));
        CHECK(figure->quantity.value().toString() == QString::fromUtf16(item.value));
        CHECK(figure->quantity.unit() == model::MoneyUnit::WanYuan);
        // The span is the cell as printed, thousands separators and all.
        QString printed = report().text.mid(figure->span.begin, figure->span.length());
        CHECK(model::Decimal::parse(printed) == figure->quantity.value());
        CHECK(figure->span.page >= 5);
    }
    const model::Figure *budget =
        tableFigure(QStringLiteral("threepublic.reception"), {}, model::Facet::Budget);
    REQUIRE(budget);
    CHECK(budget->quantity.value().toString() == u"0.95");
    // An empty cell states nothing: no 因公出国 budget, no 政府性基金 figures.
    CHECK_FALSE(tableFigure(QStringLiteral("threepublic.abroad"), {}, model::Facet::Budget));
    CHECK_FALSE(tableFigure(QStringLiteral("govfund.expenditure")));
}

TEST_CASE("Shanghai PDF: the relations between tables and with the narrative are evaluated",
          "[pdf][checks]") {
    QHash<QString, QSet<check::Outcome>> outcomes;
    for (const check::Evaluation &evaluation : checked().evaluations)
        outcomes[evaluation.relation->id].insert(evaluation.outcome);
    // Within tables and between them; each one holds or differs only by rounding.
    for (const char16_t *id : {u"tables.hierarchy",
                               u"tables.classes.func.all",
                               u"tables.classes.func.income.fiscal",
                               u"tables.classes.econ.basic",
                               u"tables.row.income",
                               u"tables.row.expenditure",
                               u"tables.row.general_budget",
                               u"tables.income_columns",
                               u"tables.fiscal_income",
                               u"tables.fiscal_income_twice",
                               u"tables.fiscal_expenditure",
                               u"tables.fiscal_carryover_begin",
                               u"tables.fiscal_balance",
                               u"tables.general_budget_kinds",
                               u"tables.personnel_classes",
                               u"tables.public_classes",
                               u"basic.split",
                               u"totals.income",
                               u"totals.expenditure",
                               u"totals.balance"}) {
        const QString relation = QString::fromUtf16(id);
        INFO(relation.toStdString());
        REQUIRE(outcomes.contains(relation));
        for (check::Outcome outcome : outcomes.value(relation))
            CHECK((outcome == check::Outcome::Holds || outcome == check::Outcome::RoundingTail));
    }
    // Figures stated by the narrative and by a table are compared.
    int narrativeAndTable = 0;
    for (const check::Evaluation &evaluation : checked().evaluations) {
        if (evaluation.relation->id != u"stated_twice")
            continue;
        const QList<const model::Figure *> figures = evaluation.figures();
        const bool mixed = std::any_of(figures.begin(), figures.end(),
                                       [](const model::Figure *f) {
                                           return f->origin == model::Origin::Narrative;
                                       }) &&
                           std::any_of(figures.begin(), figures.end(), [](const model::Figure *f) {
                               return f->origin == model::Origin::Table;
                           });
        narrativeAndTable += mixed && evaluation.outcome == check::Outcome::Holds ? 1 : 0;
    }
    // 本年收入合计, 本年支出合计, 基本/项目支出, 财政拨款收入, 一般公共预算财政拨款支出,
    // 基本支出, 人员经费, 公用经费, the classes and the 11 items of section 五 …
    CHECK(narrativeAndTable >= 20);
}

TEST_CASE("Shanghai PDF: the checker reports the report's real inconsistencies and no other error",
          "[pdf][checks]") {
    QStringList errors;
    for (const check::Finding &finding : checked().findings)
        if (finding.severity == check::Severity::Error)
            errors.append(findingKey(finding));
    errors.sort();
    QStringList expected{
        // 四: "财政拨款收入支出总计0.3万元", while the 财政拨款收入支出决算总表 totals
        // 2,961.68 on both its sides (2,940.05 of the year + 21.63 carried over).
        QStringLiteral("stated_twice fiscal.total[] 2961.68 table"),
        QStringLiteral("stated_twice fiscal.total[] 2961.68 table"),
        QStringLiteral("tables.fiscal_total_income fiscal.total[] 0.3 narrative"),
        QStringLiteral("tables.fiscal_total_expenditure fiscal.total[] 0.3 narrative"),
        // 五(二): 一般公共服务支出 2,106.66 of 2,940.05 is 71.65%, printed as 71.73%
        // (the four shares then add up to 100.07%).
        QStringLiteral("share.functional_classes func.expenditure[一般公共服务] 71.73 narrative"),
    };
    expected.sort();
    CHECK(errors == expected);

    // 社会保障和就业支出: 326.71 in the 收入支出决算总表 and the 财政拨款收入支出决算总表,
    // 326.72 in the 支出决算表, the 一般公共预算财政拨款支出决算表 and the narrative
    // (whose items 84.65 + 160.75 + 80.38 + 0.94 make 326.72): one value printed
    // two ways, one unit apart in the last place; the two summary tables were
    // balanced by shifting a cent. Real, but a warning of its own (the
    // rounding rule): it may be a rounding made twice.
    QStringList lastDigit;
    for (const check::Finding &finding : checked().findings)
        if (finding.outcome == check::Outcome::LastDigit) {
            CHECK(finding.severity == check::Severity::Warning);
            lastDigit.append(findingKey(finding));
        }
    lastDigit.sort();
    CHECK(lastDigit ==
          QStringList{
              QStringLiteral("stated_twice func.all[社会保障和就业] 326.72 table"),
              QStringLiteral("stated_twice func.expenditure[社会保障和就业] 326.71 table"),
          });
}
