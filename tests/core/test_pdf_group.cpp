// A report published as several files (narrative + tables, one file per
// table) read as one: a folder or a list of files.

#include "core/check/checker.h"
#include "core/extract/extractor.h"
#include "core/ingest/reader.h"
#include "core/ingest/reportgroup.h"
#include "tests/core/catchqtstrings.h"
#include "tests/core/testdata.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

void copyTestData(const QString &relative, const QString &target) {
    QFile::remove(target);
    REQUIRE(QFile::copy(testDataPath(relative), target));
}

} // namespace

TEST_CASE("Report group: a folder with a PDF narrative and XLSX tables is one report",
          "[group][pdf]") {
    QTemporaryDir dir;
    copyTestData(QStringLiteral("formats/summary-lo.xlsx"),
                 dir.filePath(QStringLiteral("a-tables.xlsx")));
    copyTestData(QStringLiteral("samples/shanghai-putuo-caizhengju-2024-final.pdf"),
                 dir.filePath(QStringLiteral("b-report.pdf")));
    QFile(dir.filePath(QStringLiteral("readme.md")))
        .open(QIODevice::WriteOnly); // not a report file

    const ingest::ReadResult group = ingest::readSource(dir.path());
    REQUIRE(group.ok());
    const ingest::ReadResult pdf = ingest::readSource(dir.filePath(QStringLiteral("b-report.pdf")));
    REQUIRE(pdf.ok());
    const ingest::SourceDocument &document = *group.document;
    CHECK(document.format == u"group");
    CHECK(document.memberPaths.size() == 2);
    CHECK(document.tables.size() == 1 + pdf.document->tables.size());
    CHECK(document.tables.first().sourcePath.endsWith(QStringLiteral("a-tables.xlsx")));
    CHECK(document.tables.last().sourcePath.endsWith(QStringLiteral("b-report.pdf")));
    CHECK(document.pages.size() == 25);

    // Every span moved with its part: words, cells and pages point at the same text.
    REQUIRE(document.words.size() == pdf.document->words.size());
    for (qsizetype i = 0; i < document.words.size(); i += 7) {
        const model::Span moved = document.words[i].span;
        const model::Span original = pdf.document->words[i].span;
        CHECK(moved.page == original.page);
        CHECK(document.text.mid(moved.begin, moved.length()) ==
              pdf.document->text.mid(original.begin, original.length()));
    }
    for (const ingest::CellGrid &grid : document.tables)
        for (qsizetype r = 0; r < grid.cells.size(); ++r)
            for (qsizetype c = 0; c < grid.cells[r].size(); ++c)
                CHECK(document.text.mid(grid.spans[r][c].begin, grid.spans[r][c].length()) ==
                      grid.cells[r][c]);
    for (const ingest::PageInfo &page : document.pages)
        CHECK(page.textBegin >= document.text.indexOf(QStringLiteral("上海市普陀区财政局")));
}

TEST_CASE("Report group: narrative text and table files checked against each other", "[group]") {
    QTemporaryDir dir;
    const QString narrative = dir.filePath(QStringLiteral("1-说明.txt"));
    QFile file(narrative);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("示例市测试局2024年度部门决算\n第二部分 决算情况说明\n"
                              "一、收入支出决算总体情况说明\n"
                              "2024年度收入、支出决算总计1250.40万元。\n"
                              "二、收入决算情况说明\n本年收入合计1200.40万元。\n"
                              "三、支出决算情况说明\n本年支出合计1200.50万元。\n")
                   .toUtf8());
    file.close();
    const QString tables = dir.filePath(QStringLiteral("2-决算表.xlsx"));
    copyTestData(QStringLiteral("formats/summary-lo.xlsx"), tables);
    const QString broken = dir.filePath(QStringLiteral("3-附件.pdf"));
    QFile damaged(broken);
    REQUIRE(damaged.open(QIODevice::WriteOnly));
    damaged.write("%PDF-1.4 nothing else");
    damaged.close();

    const ingest::ReadResult group = ingest::readReportGroup({narrative, tables, broken});
    REQUIRE(group.ok());
    // The unreadable part is named, the others are read.
    REQUIRE(group.document->warnings.size() == 1);
    CHECK(group.document->warnings.first().contains(QStringLiteral("3-附件.pdf")));
    CHECK(group.document->memberPaths == QStringList{narrative, tables});

    const model::Report report = extract::extractReport(*group.document);
    QStringList errors;
    for (const check::Finding &finding : check::Checker().check(report).findings)
        if (finding.severity == check::Severity::Error)
            errors.append(finding.relationId + u' ' + finding.figures.first().metric);
    errors.sort();
    // The narrative's 本年支出合计 1200.50 against the table's 1200.40 — and,
    // the narrative's statement being the one relations read, against the
    // table's 支出总计 (1250.40 − 50.00) and its classes (1000.00 + 200.40).
    // The other totals agree across the two files.
    CHECK(errors == QStringList{QStringLiteral("stated_twice expenditure.current_year"),
                                QStringLiteral("tables.classes.func.all expenditure.current_year"),
                                QStringLiteral("totals.expenditure expenditure.total")});
}

TEST_CASE("Report group: a folder without report files is refused", "[group][badinput]") {
    QTemporaryDir dir;
    const ingest::ReadResult result = ingest::readSource(dir.path());
    REQUIRE_FALSE(result.ok());
    CHECK(result.error.contains(QStringLiteral("no report file")));
}
