// The Shanghai sample PDF read as text: reading order rebuilt from word
// baselines, paragraphs joined over line wraps, every word kept with its page
// and box.

#include "core/ingest/reader.h"
#include "tests/core/catchqtstrings.h"
#include "tests/core/test_docx_fixtures.h"
#include "tests/core/testdata.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

const ingest::SourceDocument &shanghai() {
    static const ingest::SourceDocument document = [] {
        auto result = ingest::readSource(
            testDataPath(QStringLiteral("samples/shanghai-putuo-caizhengju-2024-final.pdf")));
        REQUIRE(result.ok());
        return *result.document;
    }();
    return document;
}

} // namespace

TEST_CASE("Shanghai PDF: sentences come out whole and in reading order", "[pdf][reader]") {
    const QString &text = shanghai().text;
    // In the page's drawing order the second line of this sentence (603.14万元 …)
    // comes first: its font's box reaches 14 pt higher than the CJK line above it.
    const QStringList sentences{
        QStringLiteral("本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%； "
                       "项目支出603.14万元，占20.51%；"),
        QStringLiteral(
            "4、一般公共服务支出（类）财政事务（款）财政委托业务支出（项）。主要用于：委托中介机构"
            "开展各类审计及绩效评价工作。年初预算为450.52万元，支出决算为449.52万元。"),
        QStringLiteral("住房保障支出（类）445.69万元，占15.16%；"),
        QStringLiteral("6、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保"
                       "险缴费支出（项）。主要用于：在职人员的基本养老保险支出。年初预算为161."
                       "62万元，支出决算为160.75万元。"),
        QStringLiteral("上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。"),
        QStringLiteral("截至2024年12月31日，上海市普陀区财政局共有车辆0辆"),
        QStringLiteral("单价100万元（含）以上设备（不含车辆）2台（套）。"),
    };
    for (const QString &sentence : sentences) {
        INFO(sentence.toStdString());
        CHECK(text.contains(sentence));
    }
    // Section 三 follows 二 and precedes 四.
    const qsizetype second = text.lastIndexOf(QStringLiteral("二、收入决算情况说明"));
    const qsizetype third = text.lastIndexOf(QStringLiteral("三、支出决算情况说明"));
    const qsizetype figure = text.indexOf(QStringLiteral("603.14万元，占20.51%"));
    const qsizetype fourth =
        text.lastIndexOf(QStringLiteral("四、财政拨款收入支出决算总体情况说明"));
    CHECK(second < third);
    CHECK(third < figure);
    CHECK(figure < fourth);
}

TEST_CASE("Shanghai PDF: wrapped lines join, headings and paragraphs stay apart", "[pdf][reader]") {
    const QString &text = shanghai().text;
    // A title set over two centred lines is one heading.
    CHECK(text.contains(QStringLiteral("\n第三部分上海市普陀区财政局2024年度部门决算情况说明\n")));
    CHECK(text.contains(QStringLiteral("\n一、收入支出决算总体情况说明\n")));
    CHECK(text.contains(QStringLiteral("\n七、财政拨款“三公”经费支出决算情况说明\n")));
    // A line that ends short ends its paragraph.
    CHECK(text.contains(QStringLiteral("总计持平。主要原因：\n基本支出中人员进出")));
    // No line of the narrative part breaks inside a number.
    const qsizetype narrative = text.lastIndexOf(QStringLiteral("第三部分"));
    for (const QString &line : text.mid(narrative).split(u'\n')) {
        CHECK_FALSE(line.startsWith(u'%'));
        CHECK_FALSE(line.startsWith(QStringLiteral("万元")));
    }
}

TEST_CASE("Shanghai PDF: every word keeps its page and a box on it", "[pdf][reader]") {
    const ingest::SourceDocument &document = shanghai();
    REQUIRE(document.pages.size() == 25);
    CHECK(document.format == u"pdf");
    qsizetype previousEnd = 0;
    for (const ingest::PageInfo &page : document.pages) {
        CHECK(page.textBegin == previousEnd);
        CHECK(page.textEnd >= page.textBegin);
        previousEnd = page.textEnd;
    }
    CHECK(document.pages[7].width > document.pages[7].height);   // landscape table pages
    CHECK(document.pages[20].width < document.pages[20].height); // portrait narrative
    REQUIRE(document.words.size() > 1000);
    for (const ingest::PositionedWord &word : document.words) {
        REQUIRE(word.span.page >= 0);
        REQUIRE(word.span.page < document.pages.size());
        const ingest::PageInfo &page = document.pages[word.span.page];
        CHECK(word.box.left() >= 0);
        CHECK(word.box.right() <= page.width + 1);
        CHECK(word.box.top() >= 0);
        CHECK(word.box.bottom() <= page.height + 1);
        CHECK(word.span.begin >= page.textBegin);
        CHECK(word.span.end <= page.textEnd);
    }
    // The figure 0.3万元 of section 四 is on page 21, left of the middle.
    const qsizetype at = document.text.indexOf(QStringLiteral("总计0.3万元"));
    REQUIRE(at >= 0);
    const auto word = std::find_if(
        document.words.begin(), document.words.end(),
        [&](const ingest::PositionedWord &w) { return w.span.begin <= at && at < w.span.end; });
    REQUIRE(word != document.words.end());
    CHECK(word->span.page == 20);
}

TEST_CASE("Shanghai PDF: reading is deterministic", "[pdf][reader]") {
    auto again = ingest::readSource(
        testDataPath(QStringLiteral("samples/shanghai-putuo-caizhengju-2024-final.pdf")));
    REQUIRE(again.ok());
    CHECK(again.document->text == shanghai().text);
    CHECK(again.document->words.size() == shanghai().words.size());
}

TEST_CASE("PDF: a page displayed turned (/Rotate) is read in the frame its text runs in",
          "[pdf][reader]") {
    QTemporaryDir dir;
    for (int rotate : {0, 90, 180, 270}) {
        INFO("rotate " << rotate);
        const QString path = dir.filePath(QStringLiteral("turned%1.pdf").arg(rotate));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(fixtures::textPdf(rotate));
        file.close();
        const auto result = ingest::readSource(path);
        REQUIRE(result.ok());
        // Lines in reading order (whether they read as one paragraph is
        // the same for every rotation).
        CHECK(result.document->text.simplified() ==
              u"Income total 199.32 Expenditure total 199.32 Basic 102.26");
        // Boxes lie on the page as read: portrait, 595 × 842.
        REQUIRE(result.document->pages.size() == 1);
        CHECK(result.document->pages.first().width == Approx(595));
        for (const ingest::PositionedWord &word : result.document->words) {
            CHECK(word.box.left() >= 0);
            CHECK(word.box.top() >= 0);
            CHECK(word.box.right() <= 595);
            CHECK(word.box.bottom() <= 842);
        }
    }
}
