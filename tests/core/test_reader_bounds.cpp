// The readers' bounds: past each, the file is refused with a reason naming
// the limit; within them, a hostile structure costs bounded time and memory.
// The hostile inputs are the fuzz regressions that
// tests/fuzz/scripts/make-bounds-inputs.py made.

#include "core/check/relationcatalogue.h"
#include "core/ingest/reader.h"
#include "tests/core/catchqtstrings.h"
#include "tests/core/juesuanprocess.h"
#include "tests/core/test_docx_fixtures.h"
#include "tests/core/testdata.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

QString regression(const char *name) {
    return testDataPath(QStringLiteral("fuzz-regressions/")) + QLatin1String(name);
}

} // namespace

TEST_CASE("DOCX: nesting past the bound is refused, naming the part and the limit",
          "[badinput][docx][bounds]") {
    for (const char *name : {"docx/nested-tables.docx", "docx/nested-textboxes.docx"}) {
        INFO(name);
        const ingest::ReadResult result = ingest::readSource(regression(name));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error ==
              QStringLiteral("word/document.xml: tables or text boxes nested more than 32 deep"));
    }
}

TEST_CASE("DOCX: a cell spanning billions of columns spans a bounded number",
          "[badinput][docx][bounds]") {
    const ingest::ReadResult result = ingest::readSource(regression("docx/huge-gridspan.docx"));
    REQUIRE(result.ok());
    REQUIRE(result.document->tables.size() == 1);
    const ingest::CellGrid &table = result.document->tables.first();
    CHECK(table.cells.size() == 2);
    // Two cells of at most 1000 grid columns each (empty columns are dropped).
    for (const QList<QString> &row : table.cells)
        CHECK(row.size() <= 2000);
    CHECK(result.document->text.contains(u"合计"));
    CHECK(result.document->text.contains(u"100.00"));
}

TEST_CASE("DOCX: a list starting at two billion gets labels of bounded length",
          "[badinput][docx][bounds]") {
    const ingest::ReadResult result = ingest::readSource(regression("docx/huge-list-start.docx"));
    REQUIRE(result.ok());
    // Twenty items from the largest start Word allows (32767): labels of
    // some 1260 letters each, not 77 million.
    CHECK(result.document->text.count(u"收入合计100.00万元") == 20);
    CHECK(result.document->text.size() < 20 * 1400);
}

TEST_CASE("PDF: a page ruled by 2000 x 2000 lines is read in bounded time",
          "[badinput][pdf][bounds]") {
    QElapsedTimer timer;
    timer.start();
    const ingest::ReadResult result = ingest::readSource(regression("pdf/grid-2000.pdf"));
    // It took minutes before the grid was bounded; a few seconds under the
    // sanitizers now.
    CHECK(timer.elapsed() < 30'000);
    REQUIRE(result.ok());
    CHECK(result.document->text.contains(u"100.00"));
}

TEST_CASE("PDF: reading stops at the time limit, naming the page and the limit",
          "[badinput][pdf][bounds]") {
    ingest::ReadOptions options;
    options.maxReadTime = std::chrono::milliseconds(1);
    const ingest::ReadResult result = ingest::readSource(
        testDataPath(QStringLiteral("samples/shanghai-putuo-caizhengju-2024-final.pdf")), options);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error.startsWith(u"reading stopped at page "));
    CHECK(result.error.contains(u" of 25: the limit of 0.001 s for one file was reached"));

    SECTION("the default limit lets a report be read") {
        CHECK(ingest::readSource(
                  testDataPath(QStringLiteral("samples/shanghai-putuo-caizhengju-2024-final.pdf")))
                  .ok());
    }
}

TEST_CASE("DOCX, XLSX, web page: reading stops at the time limit, naming the limit",
          "[badinput][bounds]") {
    // Each takes far more than a millisecond to read: 17 sheets, 4000
    // paragraphs, a table of 20 000 rows.
    QTemporaryDir dir;
    const QByteArray paragraphs =
        QByteArray("<w:p><w:r><w:t>本年收入合计100.00万元。</w:t></w:r></w:p>").repeated(4000);
    const QString docx = fixtures::writeDocx(
        dir, QStringLiteral("long.docx"),
        R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)" +
            paragraphs + "</w:body></w:document>");
    const QString html = dir.filePath(QStringLiteral("long.html"));
    {
        QFile file(html);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("<html><body><table>" +
                   QByteArray("<tr><td>基本支出</td><td>35.00</td></tr>").repeated(20000) +
                   "</table></body></html>");
    }
    const QString xlsx =
        testDataPath(QStringLiteral("formats/budget-template-shanghai-putuo-dept-2026.xlsx"));
    ingest::ReadOptions options;
    options.maxReadTime = std::chrono::milliseconds(1);
    for (const QString &path : {docx, xlsx, html}) {
        INFO(path.toStdString());
        const ingest::ReadResult result = ingest::readSource(path, options);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error == u"reading stopped: the limit of 0.001 s for one file was reached");
        CHECK(ingest::readSource(path).ok()); // within the default limit
    }
}

TEST_CASE("Bytes already in memory are held to the size limit too", "[badinput][bounds]") {
    ingest::ReadOptions options;
    options.maxFileBytes = 1024 * 1024;
    const ingest::ReadResult result =
        ingest::readBytes(QStringLiteral("big.txt"), QByteArray(2 * 1024 * 1024, 'a'), options);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error == QStringLiteral("file too large (2 MB; the limit is 1 MB)"));
}

TEST_CASE("A relation catalogue past its size limit is refused with its name",
          "[badinput][check][bounds]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(65 * 1024 * 1024)); // sparse: nothing is written
    file.close();
    check::RelationCatalogue catalogue;
    QString error;
    CHECK_FALSE(catalogue.loadFile(path, &error));
    CHECK(error ==
          path + QStringLiteral(": 65 MB, larger than a relation catalogue can be (64 MB)"));
}

TEST_CASE("Command line: a file past a bound is named with its reason, the batch goes on",
          "[badinput][bounds][cli]") {
    const QString nested = regression("docx/nested-tables.docx");
    const QString sample = testDataPath(QStringLiteral("samples/wuhai-zonggonghui-2024-final.txt"));
    const clitest::Run run = clitest::juesuan({QStringLiteral("check"), nested, sample});
    CHECK(run.exitCode == 2);
    CHECK(
        run.err.contains(nested + QStringLiteral(": word/document.xml: tables or text boxes nested "
                                                 "more than 32 deep")));
    // The next file was still checked.
    CHECK(run.out.contains(u"wuhai-zonggonghui-2024-final.txt"));
}
