// The same report written differently must give the same figures: full-width
// digits, Traditional characters (mirror sites), GB18030 bytes, Chinese
// numerals for counts; and a change written after an enumeration is not
// given to its first member.
#include "core/extract/extractor.h"
#include "core/ingest/textreader.h"
#include "tests/core/testdata.h"

#include <QMultiHash>
#include <catch2/catch.hpp>
#include <memory>
#include <unicode/translit.h>
#include <unicode/ucnv.h>

using namespace juesuan;

namespace {

model::Report extractText(const QString &text) {
    ingest::SourceDocument source;
    source.path = QStringLiteral("variant.txt");
    source.text = text;
    return extract::extractReport(source);
}

QString sampleText() {
    return QString::fromUtf8(
        readTestData(QStringLiteral("samples/wuhai-zonggonghui-2024-final.txt")));
}

// metric/facet/value of every figure, as a multiset.
QMultiHash<QString, QString> figureValues(const model::Report &report) {
    QMultiHash<QString, QString> values;
    for (const auto &figure : report.figures)
        values.insert(figure.metric + u'@' + model::facetId(figure.facet),
                      figure.quantity.value().toString());
    return values;
}

QString toFullWidthDigits(const QString &text) {
    QString result = text;
    for (QChar &c : result)
        if (c >= u'0' && c <= u'9')
            c = QChar(c.unicode() - u'0' + 0xFF10);
    return result;
}

QString toTraditional(const QString &text) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> transliterator(
        icu::Transliterator::createInstance("Hans-Hant", UTRANS_FORWARD, status));
    REQUIRE(U_SUCCESS(status));
    icu::UnicodeString converted(reinterpret_cast<const UChar *>(text.utf16()),
                                 int32_t(text.size()));
    transliterator->transliterate(converted);
    return QString(reinterpret_cast<const QChar *>(converted.getBuffer()), converted.length());
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

TEST_CASE("Full-width digits give the same figures, with spans on the full-width text",
          "[extract]") {
    const model::Report plain = extractText(sampleText());
    const QString fullWidth = toFullWidthDigits(sampleText());
    const model::Report wide = extractText(fullWidth);
    REQUIRE(plain.figures.size() > 300);
    CHECK(figureValues(wide) == figureValues(plain));
    const model::Figure *total = wide.find(u"income.total");
    REQUIRE(total);
    CHECK(wide.text.mid(total->span.begin, total->span.length()) ==
          QStringLiteral("１９９.３２ 万元"));
}

TEST_CASE("A Traditional-character copy gives the same figures", "[extract]") {
    const QString traditional = toTraditional(sampleText());
    REQUIRE(traditional != sampleText());
    const model::Report plain = extractText(sampleText());
    const model::Report converted = extractText(traditional);
    CHECK(converted.unitName == plain.unitName);
    CHECK(converted.year == plain.year);
    CHECK(figureValues(converted) == figureValues(plain));
}

TEST_CASE("Counts written as Chinese numerals are read through ICU", "[extract]") {
    const QString text = QStringLiteral(
        "第二部分 部门决算情况说明\n"
        "十四、预算绩效情况说明\n"
        "测试局根据预算绩效管理要求组织对2024年一般公共预算项目支出全面开展绩效自评，其中一级项目"
        "零个，二级项目十二个，共涉及资金106.81万元，占一般公共预算项目支出总额的100%。\n");
    const model::Report report = extractText(text);
    const model::Figure *level1 = report.find(u"perf.projects.level1");
    const model::Figure *level2 = report.find(u"perf.projects.level2");
    REQUIRE(level1);
    REQUIRE(level2);
    CHECK(level1->quantity.value().units() == 0);
    CHECK(level2->quantity.value().units() == 12);
    CHECK(report.text.mid(level2->span.begin, level2->span.length()) == QStringLiteral("十二"));
}

TEST_CASE("A GB18030 copy of a sample decodes and extracts like the original", "[extract]") {
    const QByteArray utf8 =
        readTestData(QStringLiteral("samples/ordos-zonggonghui-2023-final.txt"));
    const QString text = QString::fromUtf8(utf8);
    UErrorCode status = U_ZERO_ERROR;
    QByteArray gb(text.size() * 4, Qt::Uninitialized);
    const int32_t length = ucnv_convert("GB18030", "UTF-16LE", gb.data(), int32_t(gb.size()),
                                        reinterpret_cast<const char *>(text.utf16()),
                                        int32_t(text.size() * 2), &status);
    REQUIRE(U_SUCCESS(status));
    gb.truncate(length);
    REQUIRE(gb != utf8);
    const auto fromGb = ingest::readTextSource(QStringLiteral("gb.txt"), gb, {});
    const auto fromUtf8 = ingest::readTextSource(QStringLiteral("utf8.txt"), utf8, {});
    REQUIRE(fromGb.ok());
    REQUIRE(fromUtf8.ok());
    CHECK(fromGb.document->encoding == QStringLiteral("GB18030"));
    CHECK(figureValues(extract::extractReport(*fromGb.document)) ==
          figureValues(extract::extractReport(*fromUtf8.document)));
}

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

TEST_CASE("A blank template says it is one, and a text without figures that it is no report",
          "[extract]") {
    const model::Report blank =
        extractText(QStringLiteral("上海市XX局2024年度部门决算\n\n一、收入支出决算总体情况说明\n\n"
                                   "上海市XX局2024年度收入总计XXX万元，支出总计XXX万元。\n"));
    CHECK(blank.isTemplate);
    REQUIRE(blank.warnings.size() == 1);
    CHECK(blank.warnings.first().contains(u"上海市XX局"));
    CHECK(blank.warnings.first().contains(u"template"));

    const model::Report prose =
        extractText(QStringLiteral("这是一段普通的文字，不是报告。\n今天天气很好。\n"));
    CHECK_FALSE(prose.isTemplate);
    REQUIRE(prose.warnings.size() == 1);
    CHECK(prose.warnings.first().contains(u"no figures"));
}
