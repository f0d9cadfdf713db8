// Which item a change stated in the narrative belongs to: the statement of an
// item ends where the next member of an enumeration starts, so a change
// written after a list is not given to the list's first member.
#include "core/extract/extractor.h"
#include "core/ingest/textreader.h"
#include "tests/core/testdata.h"

#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

model::Report extractText(const QString &text) {
    ingest::SourceDocument source;
    source.path = QStringLiteral("statement.txt");
    source.text = text;
    return extract::extractReport(source);
}

// The budget fixture with its expenditure sentence written as Fuzhou's
// budgets write it: the two kinds joined by "、", the change in a sentence of
// its own after them (it is the total's: 8974.01 + 1370.70 changed together).
QString enumeratedBudget() {
    QString text = QString::fromUtf8(readTestData(QStringLiteral("compare/wuhai-2024-budget.txt")));
    const QString sentence = QStringLiteral(
        "支出预算包括：本年支出合计188.01万元，其中：基本支出104.01万元，项目支出84.00万元；"
        "结转下年0万元。");
    REQUIRE(text.contains(sentence));
    return text.replace(sentence, QStringLiteral("相应安排支出预算188.01万元，其中：基本支出104.01"
                                                 "万元、项目支出84.00万元。比上年减少3.00万元，"
                                                 "下降1.57%。"));
}

} // namespace

TEST_CASE("A change written after an enumeration is not its first member's", "[extract]") {
    const model::Report report = extractText(enumeratedBudget());
    REQUIRE(report.type == model::ReportType::Budget);
    const QString text = report.text;
    const qsizetype at = text.indexOf(QStringLiteral("其中：基本支出104.01万元、"));
    REQUIRE(at >= 0);
    // The member itself is read where it stands …
    bool memberRead = false;
    for (const model::Figure &figure : report.figures)
        if (figure.metric == u"expenditure.basic" && figure.facet == model::Facet::Budget &&
            figure.span.begin > at && figure.span.begin < at + 20)
            memberRead = true;
    CHECK(memberRead);
    // … but the 3.00 and 1.57% are not given to it.
    for (const model::Figure &figure : report.figures) {
        INFO(figure.metric.toStdString() << " " << model::facetId(figure.facet).toStdString());
        CHECK_FALSE((figure.metric == u"expenditure.basic" &&
                     (figure.facet == model::Facet::PreviousDelta ||
                      figure.facet == model::Facet::PreviousPercent)));
    }
}
