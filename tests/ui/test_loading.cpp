// Loading runs on the thread pool: folders are searched for report files,
// outcomes arrive in batches, a cancelled run stops early and leaves what
// it loaded, and key figures read the loaded report.
#include "core/analysis/reportfiles.h"
#include "core/ingest/fileformats.h"
#include "tests/core/badsuite.h"
#include "tests/core/catchqtstrings.h"
#include "tests/ui/uitestapp.h"
#include "ui/document/reportdocument.h"
#include "ui/document/reportlibrary.h"
#include "ui/document/reportloader.h"
#include "ui/language.h"
#include "ui/views/keyfigures.h"
#include "ui/views/keyfiguresview.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace juesuan;

namespace {

// A folder of `count` copies of the Wuhai sample, one in a subfolder, plus
// files that are not reports.
void fillFolder(const QTemporaryDir &dir, int count) {
    QDir(dir.path()).mkdir(QStringLiteral("sub"));
    for (int i = 0; i < count; ++i) {
        const QString name =
            i == 0 ? QStringLiteral("sub/copy-0.txt") : QStringLiteral("copy-%1.txt").arg(i);
        REQUIRE(QFile::copy(uitest::wuhaiPath(), dir.filePath(name)));
    }
    QFile notes(dir.filePath(QStringLiteral("notes.md")));
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write("not a report");
}

} // namespace

TEST_CASE("Folders are searched recursively for report files only", "[ui][loading]") {
    QTemporaryDir dir;
    fillFolder(dir, 5);
    const QList<analysis::ReportFile> files = analysis::reportFiles({dir.path()});
    CHECK(files.size() == 5);
    CHECK(std::none_of(files.cbegin(), files.cend(), [](const analysis::ReportFile &file) {
        return file.path.endsWith(u".md");
    }));
    // A file named explicitly is tried whatever its name.
    CHECK(analysis::reportFiles({dir.filePath(QStringLiteral("notes.md"))}).size() == 1);
    CHECK(ingest::isReportFileName(QStringLiteral("a.PDF")));
    CHECK(!ingest::isReportFileName(QStringLiteral("a.png")));
}

TEST_CASE("Opened files are listed at once in the order given and fill in as they load",
          "[ui][loading]") {
    ui::ReportLibrary library;
    library.open({uitest::wuhaiPath(), uitest::ordosPath()});
    REQUIRE(library.count() == 2);
    CHECK(library.at(0)->path() == uitest::wuhaiPath());
    CHECK(library.at(1)->path() == uitest::ordosPath());
    CHECK(library.at(0)->isLoading());
    REQUIRE(uitest::openAndWait(library, {}));
    CHECK(library.at(0)->isLoaded());
    CHECK(library.at(1)->isLoaded());
    CHECK(library.at(1)->report().unitName.contains(u"鄂尔多斯"));
}

TEST_CASE("A folder of reports loads in batches with progress", "[ui][loading]") {
    QTemporaryDir dir;
    fillFolder(dir, 120);
    ui::ReportLibrary library;
    QSignalSpy progress(library.loader(), &ui::ReportLoader::progressChanged);
    QSignalSpy finished(library.loader(), &ui::ReportLoader::finished);
    CHECK(library.open({dir.path()}) == 120);
    CHECK(library.loader()->isBusy());
    REQUIRE(uitest::openAndWait(library, {}));
    CHECK(library.count() == 120);
    REQUIRE(finished.size() == 1);
    CHECK(finished.first().first().toBool() == false);
    REQUIRE(progress.size() >= 2);
    CHECK(progress.last().at(0).toInt() == 120); // done == total at the end
    for (int i = 0; i < library.count(); ++i)
        CHECK(library.at(i)->report().unitName == u"乌海市总工会（差额）");
}

TEST_CASE("Cancelling a load stops it and keeps what was loaded", "[ui][loading]") {
    QTemporaryDir dir;
    fillFolder(dir, 300);
    ui::ReportLibrary library;
    QSignalSpy finished(library.loader(), &ui::ReportLoader::finished);
    library.open({dir.path()});
    library.loader()->cancel();
    REQUIRE(uitest::openAndWait(library, {}));
    REQUIRE(finished.size() == 1);
    CHECK(finished.first().first().toBool() == true);
    CHECK(library.count() < 300);
    // Files that had not been read are closed, not left loading forever.
    for (int i = 0; i < library.count(); ++i)
        CHECK(library.at(i)->isLoaded());
    // The loader is usable again afterwards.
    REQUIRE(uitest::openAndWait(library, {uitest::ordosPath()}));
    CHECK(library.find(uitest::ordosPath()) != nullptr);
}

TEST_CASE("Key figures show the totals with their stated changes", "[ui][keyfigures]") {
    std::unique_ptr<ui::ReportDocument> wuhai(uitest::loadDocument(uitest::wuhaiPath()));
    const QList<ui::KeyFigure> figures = ui::keyFigures(wuhai->report());
    REQUIRE(!figures.isEmpty());
    // 收入支出决算总计均为 199.32 万元。与年初预算相比…增加 11.31 万元，增长 6.01%
    // …与上年决算相比…增加 8.20 万元，增长 4.29%
    const ui::KeyFigure &income = figures.first();
    CHECK(income.metric == u"income.total");
    CHECK(income.value == u"199.32 万元");
    CHECK(income.versusBudget.contains(u"+11.31 万元"));
    CHECK(income.versusBudget.contains(u"+6.01%"));
    CHECK(income.versusPrevious.contains(u"+8.20 万元"));
    CHECK(income.versusPrevious.contains(u"+4.29%"));
    const model::Figure &shown = wuhai->report().figures.at(income.figureIndex);
    CHECK(shown.metric == u"income.total");
    // 本年基本支出 102.26 万元，占 51.30%
    const auto basic = std::find_if(figures.cbegin(), figures.cend(), [](const ui::KeyFigure &f) {
        return f.metric == u"expenditure.basic";
    });
    REQUIRE(basic != figures.cend());
    CHECK(basic->value == u"102.26 万元");
    CHECK(basic->share == u"51.30%");
    // Stated once, or several times alike: no conflict.
    for (const ui::KeyFigure &figure : figures)
        CHECK(figure.conflict.isEmpty());
}

TEST_CASE("A key figure stated with two values shows the table's and names the other",
          "[ui][keyfigures]") {
    ui::applyLanguage(i18n::Language::Chinese);
    std::unique_ptr<ui::ReportDocument> putuo(uitest::loadDocument(
        uitest::samplePath(QStringLiteral("shanghai-putuo-caizhengju-2024-final.pdf"))));
    REQUIRE(putuo->isLoaded());
    const model::Report &report = putuo->report();
    // The narrative: "财政拨款收入支出总计0.3万元"; 财政拨款收入支出决算总表:
    // 收入总计 and 支出总计 2,961.68.
    const QList<ui::KeyFigure> figures = ui::keyFigures(report);
    const auto fiscal = std::find_if(figures.cbegin(), figures.cend(), [](const ui::KeyFigure &f) {
        return f.metric == u"fiscal.total";
    });
    REQUIRE(fiscal != figures.cend());
    CHECK(fiscal->value == u"2,961.68 万元");
    CHECK(report.figures.at(fiscal->figureIndex).origin == model::Origin::Table);
    CHECK(fiscal->conflict == u"正文为 0.3 万元");
    REQUIRE(fiscal->conflictFigureIndex >= 0);
    const model::Figure &other = report.figures.at(fiscal->conflictFigureIndex);
    CHECK(other.origin == model::Origin::Narrative);
    // The checker says so: the conflict leads to a finding.
    CHECK_FALSE(putuo->findingsOfFigure(fiscal->conflictFigureIndex).isEmpty());
    // 收入总计 is stated alike by the narrative and the tables.
    const auto income = std::find_if(figures.cbegin(), figures.cend(), [](const ui::KeyFigure &f) {
        return f.metric == u"income.total";
    });
    REQUIRE(income != figures.cend());
    CHECK(income->conflict.isEmpty());

    // On the card, the conflict line is what a click on it names.
    ui::KeyFiguresView view;
    view.setDocument(putuo.get());
    QSignalSpy conflicts(&view, &ui::KeyFiguresView::conflictActivated);
    QSignalSpy cards(&view, &ui::KeyFiguresView::figureActivated);
    QLabel *line = nullptr;
    for (QLabel *label : view.findChildren<QLabel *>())
        if (label->text().contains(u"正文为 0.3 万元"))
            line = label;
    REQUIRE(line != nullptr);
    QTest::mouseClick(line, Qt::LeftButton);
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.first().first().toInt() == fiscal->conflictFigureIndex);
    CHECK(cards.isEmpty());
}

TEST_CASE("The malformed-file suite loads beside the samples: each sample opens, each bad "
          "file says why",
          "[ui][loading][badsuite]") {
    ui::applyLanguage(i18n::Language::English);
    const badsuite::Folder suite;
    const QStringList samples{
        uitest::wuhaiPath(), uitest::ordosPath(),
        uitest::samplePath(QStringLiteral("shanghai-putuo-caizhengju-2024-final.pdf"))};
    ui::ReportLibrary library;
    REQUIRE(uitest::openAndWait(library, QStringList{suite.path()} + samples, 180000));
    const QList<badsuite::Expectation> expected = badsuite::expectations();
    CHECK(library.count() == expected.size() + samples.size());
    for (const badsuite::Expectation &expectation : expected) {
        INFO(expectation.file.toStdString());
        const ui::ReportDocument *document = library.find(suite.path() + u'/' + expectation.file);
        REQUIRE(document);
        CHECK_FALSE(document->isLoading());
        if (!expectation.read) {
            CHECK(document->hasFailed());
            CHECK(document->error().contains(expectation.message));
            continue;
        }
        REQUIRE(document->isLoaded());
        CHECK(document->report().unitName == expectation.unit);
        const QStringList &warnings = document->report().warnings;
        if (expectation.message.isEmpty())
            CHECK(warnings.isEmpty());
        else
            CHECK(std::any_of(warnings.cbegin(), warnings.cend(), [&](const QString &warning) {
                return warning.contains(expectation.message);
            }));
    }
    for (const QString &sample : samples) {
        INFO(sample.toStdString());
        const ui::ReportDocument *document = library.find(sample);
        REQUIRE(document);
        CHECK(document->isLoaded());
        CHECK_FALSE(document->report().figures.isEmpty());
    }
    ui::applyLanguage(i18n::Language::Chinese);
}

TEST_CASE("The overview says what reading noticed before any figure", "[ui][keyfigures]") {
    ui::applyLanguage(i18n::Language::Chinese);
    // The Wuhai sample with one 0xFF byte in line 281 (tests/data/bad).
    std::unique_ptr<ui::ReportDocument> damaged(
        uitest::loadDocument(QStringLiteral(JUESUAN_TEST_DATA_DIR "/bad/utf8-one-ff.txt")));
    REQUIRE(damaged->isLoaded());
    ui::KeyFiguresView view;
    view.setDocument(damaged.get());
    const QList<QLabel *> labels = view.findChildren<QLabel *>();
    const auto notice = std::find_if(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text().startsWith(u"ⓘ ");
    });
    REQUIRE(notice != labels.cend());
    CHECK((*notice)->text().contains(u"第 281 行"));
    CHECK_FALSE((*notice)->isHidden());

    // A clean report shows none.
    std::unique_ptr<ui::ReportDocument> clean(uitest::loadDocument(uitest::wuhaiPath()));
    view.setDocument(clean.get());
    CHECK((*notice)->isHidden());
}
