// Golden tests: the figures of the two sample narratives, as read by hand
// (tests/data/golden/*.expected.json), must come out of the extractor with the
// right value, facet, subject, direction, and a span that covers the number
// in the original text.
#include "core/extract/extractor.h"
#include "core/ingest/reader.h"
#include "tests/core/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

struct GoldenCase {
    QJsonObject expected;
    model::Report report;
};

GoldenCase loadCase(const QString &name) {
    GoldenCase golden;
    golden.expected =
        QJsonDocument::fromJson(readTestData(QStringLiteral("golden/%1.expected.json").arg(name)))
            .object();
    const auto read = ingest::readSource(testDataPath(golden.expected[u"file"].toString()));
    REQUIRE(read.ok());
    golden.report = extract::extractReport(*read.document);
    return golden;
}

bool matches(const model::Figure &figure, const QJsonObject &want) {
    const QString origin = want[u"origin"].toString(QStringLiteral("narrative"));
    return figure.metric == want[u"metric"].toString() &&
           model::facetId(figure.facet) == want[u"facet"].toString() &&
           figure.subject == want[u"subject"].toString() &&
           model::originId(figure.origin) == origin &&
           figure.quantity.value().toString() == want[u"value"].toString();
}

QString describe(const QJsonObject &want) {
    return QString::fromUtf8(QJsonDocument(want).toJson(QJsonDocument::Compact));
}

void checkGolden(const QString &name) {
    const GoldenCase golden = loadCase(name);
    const model::Report &report = golden.report;
    CHECK(report.unitName == golden.expected[u"unit"].toString());
    CHECK(report.year == golden.expected[u"year"].toInt());
    CHECK(model::reportTypeId(report.type) == golden.expected[u"type"].toString());
    CHECK(model::reportScopeId(report.scope) == golden.expected[u"scope"].toString());
    CHECK(model::unitId(report.moneyUnit) == golden.expected[u"moneyUnit"].toString());
    CHECK(report.performanceTables.size() == golden.expected[u"performanceTables"].toInt());

    const QJsonArray figures = golden.expected[u"figures"].toArray();
    REQUIRE(figures.size() >= 60);
    for (const QJsonValue &value : figures) {
        const QJsonObject want = value.toObject();
        INFO(describe(want).toStdString());
        const model::Figure *found = nullptr;
        for (const model::Figure &figure : report.figures)
            if (matches(figure, want)) {
                found = &figure;
                break;
            }
        REQUIRE(found != nullptr);
        if (want.contains(u"direction"))
            CHECK(model::directionId(found->direction) == want[u"direction"].toString());
        if (want.contains(u"wording"))
            CHECK(found->wording == want[u"wording"].toString());
        // The span points at the number as printed in the original text.
        REQUIRE(found->span.isValid());
        const QString atSpan = report.text.mid(found->span.begin, found->span.length());
        if (want.contains(u"quote"))
            CHECK(atSpan == want[u"quote"].toString());
        else
            CHECK(atSpan.startsWith(want[u"value"].toString().left(1)));
    }
    for (const QJsonValue &value : golden.expected[u"absent"].toArray()) {
        const QJsonObject absent = value.toObject();
        INFO(describe(absent).toStdString());
        const auto facet = model::facetFromId(absent[u"facet"].toString());
        REQUIRE(facet);
        CHECK(report.find(absent[u"metric"].toString(), *facet, absent[u"subject"].toString()) ==
              nullptr);
    }
}

} // namespace

TEST_CASE("Wuhai sample: every hand-read figure is extracted with its place in the text",
          "[extract][golden]") {
    checkGolden(QStringLiteral("wuhai"));
}

TEST_CASE("Ordos sample: every hand-read figure is extracted with its place in the text",
          "[extract][golden]") {
    checkGolden(QStringLiteral("ordos"));
}

TEST_CASE("Section headings are found in report order with their numbers", "[extract]") {
    const GoldenCase golden = loadCase(QStringLiteral("wuhai"));
    QStringList narrative;
    for (const model::Section &section : golden.report.sections)
        if (section.id.startsWith(u"2/") && section.level == 1)
            narrative.append(section.number);
    CHECK(narrative == QStringList{QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
                                   QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六"),
                                   QStringLiteral("七"), QStringLiteral("八"), QStringLiteral("九"),
                                   QStringLiteral("十"), QStringLiteral("十一"),
                                   QStringLiteral("十二"), QStringLiteral("十三"),
                                   QStringLiteral("十四")});
    const model::Section *last = nullptr;
    for (const model::Section &section : golden.report.sections)
        if (section.id == u"2/14")
            last = &section;
    REQUIRE(last != nullptr);
    CHECK(golden.report.text.mid(last->heading.begin, last->heading.length()) ==
          QStringLiteral("十四、预算绩效情况说明"));
}
