// Reports published as web pages: the text a browser shows, one paragraph a
// line, and their tables as grids.

#include "core/check/checker.h"
#include "core/extract/extractor.h"
#include "core/ingest/reader.h"
#include "tests/core/catchqtstrings.h"
#include "tests/core/testdata.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

ingest::SourceDocument readPage(const QTemporaryDir &dir, const QByteArray &html,
                                const QString &name = QStringLiteral("page.html")) {
    auto result = ingest::readSource(writeFile(dir, name, html));
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    return *result.document;
}

QStringList lines(const ingest::SourceDocument &document) {
    return document.text.split(u'\n', Qt::SkipEmptyParts);
}

// Every cell's span holds exactly the cell's text.
void checkSpans(const ingest::SourceDocument &document) {
    for (const ingest::CellGrid &grid : document.tables) {
        REQUIRE(grid.spans.size() == grid.cells.size());
        for (qsizetype r = 0; r < grid.cells.size(); ++r) {
            REQUIRE(grid.spans[r].size() == grid.cells[r].size());
            for (qsizetype c = 0; c < grid.cells[r].size(); ++c) {
                const model::Span span = grid.spans[r][c];
                CHECK(document.text.mid(span.begin, span.length()) == grid.cells[r][c]);
            }
        }
    }
}

QStringList headerPath(const ingest::CellGrid &grid, qsizetype column) {
    QStringList path;
    for (int r = 0; r < grid.headerRows; ++r)
        if (const QString text = grid.cells[r].value(column);
            !text.isEmpty() && !path.contains(text))
            path.append(text);
    return path;
}

} // namespace

TEST_CASE("HTML: the Kunming budget page reads as the paragraphs a browser shows",
          "[html][corpus]") {
    auto result =
        ingest::readSource(testDataPath(QStringLiteral("formats/budget-kunming-1-2026.html")));
    REQUIRE(result.ok());
    const ingest::SourceDocument &document = *result.document;
    CHECK(document.format == u"html");
    CHECK(document.encoding == u"UTF-8");
    CHECK(document.tables.isEmpty()); // its tables are an attachment
    const QStringList text = lines(document);
    // The window title first, then the page.
    CHECK(text.first() == u"昆明市人民政府办公室机关2026年预算公开_部门预决算及“三公”经费_"
                          u"昆明市人民政府门户网站");
    // Whole paragraphs, each on its own line, inline markup (strong, span) gone.
    const QStringList paragraphs{
        QStringLiteral("昆明市人民政府办公室机关2026年预算公开目录"),
        QStringLiteral("第一部分昆明市人民政府办公室机关2026年部门预算编制说明"),
        QStringLiteral("一、基本职能及主要工作"),
        QStringLiteral("所属单位0个。"),
        QStringLiteral("2026年部门财务总收入80,778,193.86元，其中：一般公共预算80,778,193.86元，"
                       "政府性基金0.00元，国有资本经营收益0.00元，财政专户管理资金收入0.00元，"
                       "事业收入0.00元，事业单位经营收入0.00元，上级补助收入0.00元，"
                       "附属单位上缴收入0.00元，其他收入0.00元。"),
        QStringLiteral("昆明市人民政府办公室机关2026年一般公共预算财政拨款“三公”经费预算合计"
                       "804,395.02元，较上年增加0元，增长0.00%，具体变动情况如下："),
        QStringLiteral("昆明市人民政府办公室机关2026年公务接待费预算为580000.00元，较上年增加0元，"
                       "增长0.00%，国内公务接待批次为323次，共计接待3876人次。"),
        QStringLiteral("截至2025年12月31日，昆明市人民政府办公室机关资产总额 16,444,468.22 元，"
                       "其中，流动资产216,893.34元，固定资产13,624,141.20元，"
                       "对外投资及有价证券0.00元，在建工程0.00元，无形资产 2,603,433.68 元，"
                       "其他资产0.00元。与上年相比，本年资产总额增加772,509.24元，"
                       "其中固定资产增加998,942.50元。处置房屋建筑物0平方米，账面原值0.00元；"
                       "处置车辆1辆，账面原值276,853.00元；报废报损资产1项，"
                       "账面原值276,853.00元，实现资产处置收入2,600.00元；资产使用收入0.00元，"
                       "其中出租资产0平方米，资产出租收入0.00元。鉴于截至2025年12月31日的"
                       "国有资产占有使用精准数据，需在完成2025年决算编制后才能汇总，"
                       "此处公开为2026年1月资产月报数。"),
        // The attachment's link text, with the link's image gone.
        QStringLiteral("昆明市人民政府机关2026年部门预算公开表"),
    };
    qsizetype previous = -1;
    for (const QString &paragraph : paragraphs) {
        INFO(paragraph.toStdString());
        const qsizetype at = text.indexOf(paragraph, previous + 1);
        CHECK(at > previous); // present, whole, and in the page's order
        previous = std::max(previous, at);
    }
    // The 目录 line and the section heading it lists are both there, in order.
    const QString heading = QStringLiteral("七、部门“三公”经费增减变化情况及原因说明");
    CHECK(text.count(heading) == 2);
    // &nbsp; is a space, and runs of spaces collapse as a browser shows them.
    CHECK(document.text.contains(QStringLiteral("\n来源: 昆明市人民政府办公室 2026-03-11 14:33 ")));
    CHECK(document.text.contains(QStringLiteral("因公出国（境） 费反映单位"))); // as printed
    // Scripts, styles, form controls and link menus are not text.
    for (const char16_t *gone : {u"_zcms_stat", u"window.", u"jq.js", u"公务员邮箱", u"昆明概况",
                                 u"请输入关键字", u"禄劝彝族苗族自治县"})
        CHECK_FALSE(document.text.contains(QString::fromUtf16(gone)));
}

TEST_CASE("HTML: rowspan and colspan give the same grid as the DOCX made from the page", "[html]") {
    auto html = ingest::readSource(testDataPath(QStringLiteral("formats/src/report.html")));
    auto docx = ingest::readSource(testDataPath(QStringLiteral("formats/report-lo.docx")));
    REQUIRE(html.ok());
    REQUIRE(docx.ok());
    REQUIRE(html.document->tables.size() == 1);
    const ingest::CellGrid &grid = html.document->tables.first();
    const ingest::CellGrid &fromDocx = docx.document->tables.first();
    CHECK(grid.title == u"收入决算表");
    CHECK(grid.unitNote == u"单位：万元");
    CHECK(grid.headerRows == 3);
    CHECK(grid.cells == fromDocx.cells);
    CHECK(headerPath(grid, 0) == QStringList{QStringLiteral("项目"),
                                             QStringLiteral("支出功能分类科目编码"),
                                             QStringLiteral("类")});
    CHECK(headerPath(grid, 3) ==
          QStringList{QStringLiteral("项目"), QStringLiteral("科目名称")});    // rowspan 2
    CHECK(headerPath(grid, 5) == QStringList{QStringLiteral("财政拨款收入")}); // rowspan 3
    // 合计 spans four columns: written once, its covered body cells empty.
    CHECK(grid.cells[3][0] == u"合计");
    CHECK(grid.cells[3][1].isEmpty());
    CHECK(grid.cells[4] == QList<QString>{QStringLiteral("201"),
                                          {},
                                          {},
                                          QStringLiteral("一般公共服务支出"),
                                          QStringLiteral("1,000.00"),
                                          QStringLiteral("950.00"),
                                          {},
                                          QStringLiteral("50.00")});
    checkSpans(*html.document);
    // The narrative around the table, one paragraph a line, in order.
    const QStringList text = lines(*html.document);
    CHECK(text.indexOf(QStringLiteral("二、收入决算情况说明")) <
          text.indexOf(QStringLiteral("收入决算表")));
    CHECK(text.last() == u"本年支出合计1,200.40万元，其中：基本支出950.40万元，占79.17%；"
                         u"项目支出250.00万元，占20.83%。");

    const model::Report report = extract::extractReport(*html.document);
    CHECK_FALSE(check::Checker().check(report).hasErrors());
}

TEST_CASE("HTML: a page saved under a .xls name is read as the page it is", "[html][xls]") {
    auto page = ingest::readSource(testDataPath(QStringLiteral("formats/html-disguised.xls")));
    auto xlsx = ingest::readSource(testDataPath(QStringLiteral("formats/summary-lo.xlsx")));
    INFO(page.error.toStdString());
    REQUIRE(page.ok());
    REQUIRE(xlsx.ok());
    CHECK(page.document->format == u"html");
    REQUIRE(page.document->tables.size() == 1);
    const ingest::CellGrid &grid = page.document->tables.first();
    // The caption rows merged across the table give its title and unit.
    CHECK(grid.title == u"收入支出决算总表");
    CHECK(grid.unitNote == u"单位：万元");
    CHECK(grid.headerRows == 2);
    CHECK(grid.cells == xlsx.document->tables.first().cells);
    checkSpans(*page.document);
}

TEST_CASE("HTML: a GB2312 page is decoded by its meta charset", "[html][encoding]") {
    auto gbk = ingest::readSource(testDataPath(QStringLiteral("formats/src/report.gb2312.html")));
    auto utf8 = ingest::readSource(testDataPath(QStringLiteral("formats/src/report.html")));
    REQUIRE(gbk.ok());
    REQUIRE(utf8.ok());
    CHECK(gbk.document->encoding == u"GB18030");
    CHECK(gbk.document->text == utf8.document->text);
    CHECK(gbk.document->tables.first().cells == utf8.document->tables.first().cells);

    // Valid UTF-8 wins over a stale declaration; the declaration wins over
    // guessing for bytes that are not UTF-8.
    QTemporaryDir dir;
    const QString line = QStringLiteral("单位：万元，收入总计1,250.40");
    const auto utf8Page = readPage(
        dir, "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
             "</head><body><p>" +
                 line.toUtf8() + "</p></body></html>");
    CHECK(utf8Page.encoding == u"UTF-8");
    CHECK(lines(utf8Page) == QStringList{line});
}

TEST_CASE("HTML: entities, whitespace and line breaks as a browser renders them", "[html]") {
    QTemporaryDir dir;
    const auto document = readPage(dir, R"(<!DOCTYPE html><html><body>
<p>收入&amp;支出&nbsp;&nbsp;合计&#x4E07;元 &lt;表1&gt; &yen;5</p>
<p>一般公共
预算财政拨款收入   1,150.40
万元</p>
<div>第一段<br>第二段<span>续</span><b>完</b></div>
<pre>  行次   1
  金额   2</pre>
<ul><li>一、部门概况</li><li>二、<a href="#b">收入决算</a></li></ul>
</body></html>)");
    CHECK(lines(document) == QStringList{QStringLiteral("收入&支出 合计万元 <表1> ¥5"),
                                         QStringLiteral("一般公共预算财政拨款收入 1,150.40 万元"),
                                         QStringLiteral("第一段"), QStringLiteral("第二段续完"),
                                         QStringLiteral("行次   1"), QStringLiteral("金额   2"),
                                         QStringLiteral("一、部门概况"),
                                         QStringLiteral("二、收入决算")});
}

TEST_CASE("HTML: scripts, styles, hidden parts and menus do not leak into the text", "[html]") {
    QTemporaryDir dir;
    const auto document = readPage(dir, R"(<html><head><title>某局2024年度部门决算</title>
<style>p { color: red } .total:after { content: "999.99" }</style>
<script>var total = "1,000.00万元"; document.write("<p>假的</p>");</script></head>
<body><nav><a href="/">首页</a></nav>
<ul class="menu"><li><a href="/a">政务公开</a></li><li><a href="/b">财政预决算</a></li></ul>
<!-- 注释：收入总计 5.00万元 -->
<p>收入总计1,250.40万元。</p>
<div style="display: none">隐藏的1,000.00万元</div><p hidden>也隐藏</p>
<noscript>请启用脚本</noscript>
<form><input value="搜索"><select><option>选项</option></select><button>提交</button></form>
<script type="text/javascript">console.log("支出总计");</script>
</body></html>)");
    CHECK(lines(document) == QStringList{QStringLiteral("某局2024年度部门决算"),
                                         QStringLiteral("收入总计1,250.40万元。")});
}

TEST_CASE("HTML: layout tables are descended into, the tables inside them are grids", "[html]") {
    QTemporaryDir dir;
    const auto document = readPage(dir, R"(<html><body>
<table width="100%"><tr><td>
  <table><tr><td><img src="logo.png"></td><td>某市财政局</td></tr></table>
</td></tr><tr><td>
  <h2>某局2024年度部门决算</h2>
  <p>一、收入支出决算总体情况说明</p>
  <p>2024年度收入总计1,250.40万元。</p>
  <table border="1">
    <caption>财政拨款“三公”经费支出决算表（单位：万元）</caption>
    <thead><tr><th>项目</th><th>预算数</th><th>决算数</th></tr></thead>
    <tfoot><tr><td>注：本表为示例。</td><td></td><td></td></tr></tfoot>
    <tbody>
      <tr><td>合计</td><td>12.00</td><td>10.50</td></tr>
      <tr><td>因公出国（境）费</td><td><p>2.00</p></td><td>1.50</td></tr>
    </tbody>
  </table>
  <p>二、收入决算情况说明</p>
</td></tr></table>
</body></html>)");
    REQUIRE(document.tables.size() == 1);
    const ingest::CellGrid &grid = document.tables.first();
    CHECK(grid.title == u"财政拨款“三公”经费支出决算表");
    CHECK(grid.unitNote == u"单位：万元");
    CHECK(grid.headerRows == 1);
    // The foot is shown last, whatever its place in the markup.
    CHECK(grid.cells ==
          QList<QList<QString>>{
              {QStringLiteral("项目"), QStringLiteral("预算数"), QStringLiteral("决算数")},
              {QStringLiteral("合计"), QStringLiteral("12.00"), QStringLiteral("10.50")},
              {QStringLiteral("因公出国（境）费"), QStringLiteral("2.00"), QStringLiteral("1.50")},
              {QStringLiteral("注：本表为示例。"), {}, {}}});
    checkSpans(document);
    const QStringList text = lines(document);
    CHECK(text.mid(0, 5) ==
          QStringList{QStringLiteral("某市财政局"), QStringLiteral("某局2024年度部门决算"),
                      QStringLiteral("一、收入支出决算总体情况说明"),
                      QStringLiteral("2024年度收入总计1,250.40万元。"),
                      QStringLiteral("财政拨款“三公”经费支出决算表（单位：万元）")});
    CHECK(text.last() == u"二、收入决算情况说明");
}

TEST_CASE("HTML: spans reach the end of their row group, colspan 0 and junk are 1", "[html]") {
    QTemporaryDir dir;
    const auto document = readPage(dir, R"(<table>
<tbody><tr><td rowspan="0">项目</td><td colspan="2px">本年</td><td colspan="0">x</td></tr>
<tr><td>预算</td><td>决算</td></tr>
<tr><td>1.00</td><td>2.00</td></tr></tbody>
<tbody><tr><td>合计</td><td rowspan="9">3.00</td></tr></tbody>
</table>)");
    REQUIRE(document.tables.size() == 1);
    const ingest::CellGrid &grid = document.tables.first();
    CHECK(grid.headerRows == 2);
    CHECK(grid.cells ==
          QList<QList<QString>>{
              {QStringLiteral("项目"), QStringLiteral("本年"), QStringLiteral("本年"),
               QStringLiteral("x")},
              {QStringLiteral("项目"), QStringLiteral("预算"), QStringLiteral("决算"), {}},
              {{}, QStringLiteral("1.00"), QStringLiteral("2.00"), {}},
              {QStringLiteral("合计"), QStringLiteral("3.00"), {}, {}}});
    checkSpans(document);
}

TEST_CASE("HTML: a page named .html opening with text is still a page", "[html]") {
    QTemporaryDir dir;
    const auto document =
        readPage(dir, "收入总计\n1,250.40万元<p>支出总计1,250.40万元</p>", QStringLiteral("a.htm"));
    CHECK(document.format == u"html");
    CHECK(lines(document) == QStringList{QStringLiteral("收入总计 1,250.40万元"),
                                         QStringLiteral("支出总计1,250.40万元")});
}

TEST_CASE("HTML: pages without text, nested too deep or too large are refused quickly",
          "[html][badinput]") {
    QTemporaryDir dir;
    const auto refusal = [&](const QString &name, const QByteArray &bytes) {
        const auto result = ingest::readSource(writeFile(dir, name, bytes));
        REQUIRE_FALSE(result.ok());
        CHECK_FALSE(result.error.contains(u'\n'));
        return result.error;
    };
    CHECK(refusal(QStringLiteral("empty.html"),
                  "<html><head><script>var a = 1;</script></head><body> &nbsp; </body></html>")
              .contains(QStringLiteral("no text")));

    // Without the check, 100 000 nested <div> take gumbo over a minute.
    QElapsedTimer timer;
    timer.start();
    QByteArray deep;
    for (int i = 0; i < 100000; ++i)
        deep += "<div>";
    CHECK(refusal(QStringLiteral("deep.html"), deep + "收入").contains(QStringLiteral("1024")));
    // Unclosed cells, paragraphs and list items do not nest: this page is fine.
    QByteArray sloppy = "<table>";
    for (int i = 0; i < 5000; ++i)
        sloppy += "<tr><td><font size=2>" + QByteArray::number(i) + "<td><p>x<li>y";
    const auto result = ingest::readSource(writeFile(dir, QStringLiteral("sloppy.html"), sloppy));
    INFO(result.error.toStdString());
    CHECK(result.ok());

    QByteArray wide = "<table>";
    for (int i = 0; i < 4001; ++i)
        wide += "<tr><td colspan=1000>a<td>1.00";
    CHECK(refusal(QStringLiteral("wide.html"), wide)
              .contains(QStringLiteral("spans 4001 rows and 1000 columns, more than 4000000")));

    QByteArray many;
    for (int i = 0; i < 410000; ++i)
        many += "<b></b>";
    CHECK(refusal(QStringLiteral("many.html"), many + "收入").contains(QStringLiteral("400000")));
    CHECK(timer.elapsed() < 20000);
}
