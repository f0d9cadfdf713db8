// The checker on the real sample reports: every real inconsistency found by
// reading them (tests/data/check/<sample>.expected.json, each with its
// justification), nothing else; and nothing wrong in the corrected copy.
#include "core/check/checker.h"
#include "core/extract/extractor.h"
#include "core/ingest/reader.h"
#include "core/wording/findingtext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

const QString dataDir = QStringLiteral(JUESUAN_TEST_DATA_DIR);

model::Report extractFile(const QString &path) {
    const ingest::ReadResult read = ingest::readSource(path);
    REQUIRE(read.ok());
    return extract::extractReport(*read.document);
}

QString describe(const check::Finding &finding, const model::Report &report) {
    return wording::findingToText(finding, report.text);
}

bool matches(const check::Finding &finding, const QJsonObject &expected) {
    if (finding.relationId != expected.value(u"relation").toString() ||
        check::severityId(finding.severity) != expected.value(u"severity").toString() ||
        finding.figures.isEmpty())
        return false;
    const check::FindingFigure &stated = finding.figures.first();
    const QString origin = expected.value(u"origin").toString(QStringLiteral("narrative"));
    if (stated.metric != expected.value(u"metric").toString() ||
        model::facetId(stated.facet) != expected.value(u"facet").toString() ||
        stated.subject != expected.value(u"subject").toString() ||
        model::originId(stated.origin) != origin ||
        stated.quantity.value().toString() != expected.value(u"stated").toString())
        return false;
    if (expected.contains(u"expected"))
        return finding.expected &&
               finding.expected->value().toString() == expected.value(u"expected").toString();
    return true;
}

} // namespace

TEST_CASE("The checker finds exactly the inconsistencies found by reading each sample",
          "[check][samples]") {
    const QString sample = GENERATE(QStringLiteral("ordos-zonggonghui-2023-final"),
                                    QStringLiteral("wuhai-zonggonghui-2024-final"));
    INFO(sample.toStdString());
    QFile file(dataDir + u"/check/" + sample + u".expected.json");
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray expectations =
        QJsonDocument::fromJson(file.readAll()).object().value(u"findings").toArray();
    REQUIRE(!expectations.isEmpty());

    const model::Report report = extractFile(dataDir + u"/samples/" + sample + u".txt");
    const check::CheckResult result = check::Checker().check(report);

    QList<bool> used(result.findings.size(), false);
    for (const QJsonValue &value : expectations) {
        const QJsonObject expected = value.toObject();
        INFO("expected: " << expected.value(u"why").toString().toStdString());
        qsizetype found = 0;
        for (qsizetype i = 0; i < result.findings.size(); ++i)
            if (matches(result.findings[i], expected)) {
                used[i] = true;
                ++found;
            }
        CHECK(found == 1);
    }
    for (qsizetype i = 0; i < result.findings.size(); ++i) {
        INFO("unexpected: " << describe(result.findings[i], report).toStdString());
        CHECK(used[i]);
    }
}

TEST_CASE("The corrected Ordos report has no error or warning", "[check][samples]") {
    const model::Report report =
        extractFile(dataDir + u"/check/ordos-zonggonghui-2023-corrected.txt");
    check::CheckOptions options;
    options.keepEvaluations = true;
    const check::CheckResult result = check::Checker().check(report, nullptr, options);
    for (const check::Finding &finding : result.findings) {
        INFO(describe(finding, report).toStdString());
        CHECK(finding.severity == check::Severity::Info);
    }
    // The corrections are checked, not skipped: the new economic class takes
    // part in the project sum, the chart figures in the stated-twice relation.
    const auto evaluated = [&](const char16_t *relation, const char16_t *metric) {
        return std::any_of(
            result.evaluations.cbegin(), result.evaluations.cend(),
            [&](const check::Evaluation &e) {
                const auto figures = e.figures();
                return e.relation->id == relation &&
                       std::any_of(figures.cbegin(), figures.cend(),
                                   [&](const model::Figure *f) { return f->metric == metric; });
            });
    };
    CHECK(evaluated(u"project.economic_classes", u"project.econ"));
    CHECK(evaluated(u"stated_twice", u"income.general_budget"));
    CHECK(evaluated(u"performance.narrative_budget", u"perf.project.budget"));
}

TEST_CASE("Finding messages name money units in their own language", "[check][samples]") {
    const model::Report report =
        extractFile(dataDir + QStringLiteral("/samples/ordos-zonggonghui-2023-final.txt"));
    const check::CheckResult result = check::Checker().check(report);
    int money = 0;
    for (const check::Finding &finding : result.findings) {
        if (!finding.stated || finding.stated->kind() != model::QuantityKind::Money)
            continue;
        ++money;
        INFO(finding.messageZh.toStdString() << "\n" << finding.messageEn.toStdString());
        CHECK(finding.messageZh.contains(u"万元"));
        CHECK(finding.messageEn.contains(u"10k yuan"));
        CHECK_FALSE(finding.messageEn.contains(u"万元"));
    }
    CHECK(money >= 5); // 项目支出, the chart data, the 慰问 project's funds
}
