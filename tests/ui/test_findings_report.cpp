// The findings report to hand on: the Shanghai sample's findings as HTML and
// PDF, each listed once with its words, its page and (for the PDF source) the
// page around its figures; written headless by `juesuan check --report`.
#include "core/export/findingsreport.h"
#include "tests/core/catchqtstrings.h"
#include "tests/core/juesuanprocess.h"
#include "tests/ui/uitestapp.h"
#include "ui/document/reportdocument.h"
#include "ui/language.h"
#include "ui/report/findingsreportfile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <memory>

using namespace juesuan;

namespace {

QString shanghaiPath() {
    return uitest::samplePath(QStringLiteral("shanghai-putuo-caizhengju-2024-final.pdf"));
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("A findings report lists each error and warning with its words and page",
          "[ui][report]") {
    ui::applyLanguage(i18n::Language::Chinese);
    const std::unique_ptr<ui::ReportDocument> document(uitest::loadDocument(shanghaiPath()));
    REQUIRE(document->isLoaded());
    const QList<check::Finding> &findings = document->findings();
    const qsizetype listed = check::countOf(findings, check::Severity::Error) +
                             check::countOf(findings, check::Severity::Warning);
    REQUIRE(listed > 0);

    exporting::FindingsReportOptions options;
    options.checkedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 5));
    const QString html = exporting::findingsReportHtml(document->report(), findings, options);
    // The report says whose it is and when it was checked.
    CHECK(html.contains(u"上海市普陀区财政局"));
    CHECK(html.contains(u"2024"));
    CHECK(html.contains(u"2026-11-30 09:05"));
    CHECK(html.contains(u"shanghai-putuo-caizhengju-2024-final.pdf"));
    // One numbered entry per error and warning; notes are counted, not listed.
    static const QRegularExpression entry(QStringLiteral("<h3>\\d+\\. "));
    CHECK(html.count(entry) == listed);
    for (const check::Finding &finding : findings)
        if (finding.severity >= check::Severity::Warning)
            CHECK(html.contains(finding.messageZh.toHtmlEscaped()));
    // The contradicted 财政拨款收入支出总计: the table's 2,961.68 is
    // highlighted in the words quoted from page 13, where the document prints it.
    CHECK(html.contains(QStringLiteral("font-weight:bold\">2,961.68</span>")));
    CHECK(html.contains(u"第 13 页"));
    // Without a picture provider (headless use) no image is referenced.
    CHECK_FALSE(html.contains(u"<img"));
}

TEST_CASE("The findings report is written as HTML with page pictures and as PDF", "[ui][report]") {
    ui::applyLanguage(i18n::Language::Chinese);
    const std::unique_ptr<ui::ReportDocument> document(uitest::loadDocument(shanghaiPath()));
    REQUIRE(document->isLoaded());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const QString html = dir.filePath(QStringLiteral("report.html"));
    CHECK(ui::writeFindingsReport(document->analysed(), html).isEmpty());
    const QString page = QString::fromUtf8(readAll(html));
    // Each listed finding of a PDF has the part of its page drawn in.
    CHECK(page.count(u"<img src=\"data:image/png;base64,") >= 1);

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    CHECK(ui::writeFindingsReport(document->analysed(), pdf).isEmpty());
    const QByteArray bytes = readAll(pdf);
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.size() > 20000); // text, fonts and the page pictures

    // A folder that does not exist: an error naming the file, and nothing
    // written anywhere.
    const QString nowhere = dir.filePath(QStringLiteral("missing/report.pdf"));
    const QString error = ui::writeFindingsReport(document->analysed(), nowhere);
    CHECK(error.contains(QDir::toNativeSeparators(nowhere)));
    CHECK_FALSE(QFile::exists(nowhere));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 2);
}

TEST_CASE("juesuan check --report writes the findings report headless", "[ui][report][cli]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("shanghai.pdf"));
    const clitest::Run run =
        clitest::juesuan({QStringLiteral("check"), shanghaiPath(), QStringLiteral("--report"), out,
                          QStringLiteral("--lang"), QStringLiteral("en")},
                         {QStringLiteral("QT_QPA_PLATFORM=")});
    // The sample has errors: exit 1, as `check` without a report.
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"wrote"));
    CHECK(readAll(out).startsWith("%PDF-"));

    // A report is of one report: two files are refused before anything runs.
    const clitest::Run two =
        clitest::juesuan({QStringLiteral("check"), shanghaiPath(), uitest::wuhaiPath(),
                          QStringLiteral("--report"), dir.filePath(QStringLiteral("two.html"))});
    CHECK(two.exitCode == 2);
    CHECK(two.err.contains(u"--report"));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("two.html"))));
}
