// The core's translations without the UI library: this executable links
// juesuan_core alone, as the headless commands need.
#include "core/check/checker.h"
#include "core/extract/extractor.h"
#include "core/i18n/language.h"
#include "core/ingest/reader.h"
#include "core/model/metriccatalogue.h"
#include "core/model/report.h"
#include "core/wording/findingtext.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

using namespace juesuan;
using i18n::Language;

namespace {

// Installs a language for one test and English (the source strings) after it.
struct InstalledLanguage {
    explicit InstalledLanguage(Language language) { loaded = i18n::installLanguage(language); }
    ~InstalledLanguage() { i18n::installLanguage(Language::English); }
    bool loaded = false;
};

} // namespace

TEST_CASE("Language codes name the two languages", "[i18n]") {
    CHECK(i18n::languageCode(Language::Chinese) == u"zh_CN");
    CHECK(i18n::languageCode(Language::English) == u"en");
    CHECK(i18n::languageFromCode(u"zh_CN", Language::English) == Language::Chinese);
    CHECK(i18n::languageFromCode(u"en_GB", Language::Chinese) == Language::English);
    CHECK(i18n::languageFromCode(u"fr", Language::Chinese) == Language::Chinese);
}

TEST_CASE("The model's words come in either language, whatever is installed", "[i18n]") {
    CHECK(model::facetLabel(model::Facet::Budget, Language::Chinese) == u"预算数");
    CHECK(model::facetLabel(model::Facet::Budget, Language::English) == u"budget");
    CHECK(model::facetLabel(model::Facet::Completion, Language::Chinese) == u"预算完成率");
    CHECK(model::facetLabel(model::Facet::Value, Language::Chinese) == u"决算数");
    CHECK(model::originLabel(model::Origin::Narrative, Language::Chinese) == u"正文");
    CHECK(model::originLabel(model::Origin::Chart, Language::English) == u"chart data");
    CHECK(model::moneyUnitLabel(model::MoneyUnit::WanYuan, Language::Chinese) == u"万元");
    CHECK(model::moneyUnitLabel(model::MoneyUnit::WanYuan, Language::English) == u"10k yuan");
    CHECK(model::metricLabel(u"income.total", Language::Chinese) == u"收入总计");
    CHECK(model::metricLabel(u"no.such.metric", Language::Chinese) == u"no.such.metric");
    model::Report report;
    report.type = model::ReportType::Budget;
    report.scope = model::ReportScope::Department;
    CHECK(model::reportKindLabel(report, Language::Chinese) == u"部门预算");
    report.isTemplate = true;
    CHECK(model::reportKindLabel(report, Language::English) ==
          u"Department budget (blank template)");
}

TEST_CASE("An installed language translates the core's texts for the headless commands", "[i18n]") {
    const ingest::ReadResult read = ingest::readSource(
        QStringLiteral(JUESUAN_TEST_DATA_DIR "/samples/ordos-zonggonghui-2023-final.txt"));
    REQUIRE(read.ok());
    const check::CheckResult result =
        check::Checker().check(extract::extractReport(*read.document));
    REQUIRE_FALSE(result.findings.isEmpty());
    const check::Finding &finding = result.findings.first();

    struct Expected {
        Language language;
        const char16_t *facet;
        const char16_t *readerError;
        const QString &message;
        const QString &otherMessage;
    };
    for (const Expected &expected :
         {Expected{Language::Chinese, u"较上年增减", u"文件不存在", finding.messageZh,
                   finding.messageEn},
          Expected{Language::English, u"change vs previous year", u"file not found",
                   finding.messageEn, finding.messageZh}}) {
        const InstalledLanguage installed(expected.language);
        REQUIRE(installed.loaded);
        CHECK(i18n::currentLanguage() == expected.language);
        CHECK(model::facetLabel(model::Facet::PreviousDelta) == expected.facet);
        CHECK(QCoreApplication::translate("Reader", "file not found") == expected.readerError);
        const QString text = wording::findingToText(finding, {});
        CHECK(text.contains(expected.message));
        CHECK_FALSE(text.contains(expected.otherMessage));
    }
}

TEST_CASE("Counts of findings read as numbers of things in both languages", "[i18n]") {
    using check::Severity;
    {
        const InstalledLanguage english(Language::English);
        CHECK(wording::severityCount(Severity::Error, 0) == u"0 errors");
        CHECK(wording::severityCount(Severity::Error, 1) == u"1 error");
        CHECK(wording::severityCount(Severity::Warning, 2) == u"2 warnings");
        CHECK(wording::severityCount(Severity::Info, 1) == u"1 note");
    }
    const InstalledLanguage chinese(Language::Chinese);
    REQUIRE(chinese.loaded);
    CHECK(wording::severityCount(Severity::Error, 5) == u"5 个错误");
    CHECK(wording::severityCount(Severity::Warning, 2) == u"2 个警告");
    CHECK(wording::severityCount(Severity::Info, 12) == u"12 条提示");
}
