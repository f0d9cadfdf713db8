// The one analysis path: what it keeps, how findings name figures, and a
// batch that runs on several threads and still delivers in input order.
#include "core/analysis/analysis.h"
#include "core/analysis/batch.h"
#include "core/analysis/reportfiles.h"
#include "tests/core/catchqtstrings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>
#include <numeric>

using namespace juesuan;

namespace {

QString sample(const char *name) {
    return QStringLiteral(JUESUAN_TEST_DATA_DIR "/samples/") + QString::fromUtf8(name);
}

} // namespace

TEST_CASE("Findings name the figures they involve by index, and relations point at their "
          "findings",
          "[analysis]") {
    analysis::AnalysisOptions options;
    options.keepRelations = true;
    const analysis::AnalysedReport analysed =
        analysis::analyse(sample("ordos-zonggonghui-2023-final.txt"), options);
    REQUIRE(analysed.ok());
    const QList<model::Figure> &figures = analysed.report.figures;
    REQUIRE(!analysed.findings.isEmpty());
    for (const check::Finding &finding : analysed.findings) {
        REQUIRE(!finding.figures.isEmpty());
        for (const check::FindingFigure &figure : finding.figures) {
            REQUIRE(figure.index >= 0);
            REQUIRE(figure.index < figures.size());
            const model::Figure &named = figures[figure.index];
            CHECK(named.span == figure.span);
            CHECK(named.metric == figure.metric);
            CHECK(named.facet == figure.facet);
        }
    }
    qsizetype withFinding = 0;
    for (const analysis::RelationUse &use : analysed.relations) {
        REQUIRE(use.relation);
        REQUIRE(!use.figures.isEmpty());
        if (use.finding < 0)
            continue;
        ++withFinding;
        const check::Finding &finding = analysed.findings.at(use.finding);
        CHECK(finding.relationId == use.relation->id);
        CHECK(finding.figures.first().index == use.figures.first());
    }
    // Every finding comes from exactly one relation instance.
    CHECK(withFinding == analysed.findings.size());
}

TEST_CASE("The source's layout is kept only when asked, a PDF with its bytes", "[analysis]") {
    const QString pdf = sample("shanghai-putuo-caizhengju-2024-final.pdf");
    CHECK(analysis::analyse(pdf).source == nullptr);

    analysis::AnalysisOptions options;
    options.keepSource = true;
    options.check = false;
    const analysis::AnalysedReport analysed = analysis::analyse(pdf, options);
    REQUIRE(analysed.ok());
    CHECK(analysed.findings.isEmpty());
    REQUIRE(analysed.source);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(analysed.source->bytes == file.readAll());
    CHECK(analysed.source->pages.size() == 25);
    const QList<ingest::PositionedWord> &words = analysed.source->words;
    CHECK(!words.isEmpty());
    CHECK(std::is_sorted(words.cbegin(), words.cend(),
                         [](const auto &a, const auto &b) { return a.span.begin < b.span.begin; }));
}

TEST_CASE("A file that cannot be read gives its reason and no report", "[analysis]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.7\nnot really");
    file.close();
    const analysis::AnalysedReport analysed = analysis::analyse(path);
    CHECK_FALSE(analysed.ok());
    CHECK(!analysed.error.isEmpty());
    CHECK(analysed.path == path);
    CHECK(analysed.report.figures.isEmpty());
}

TEST_CASE("A batch on several threads delivers every report once, in input order",
          "[analysis][batch]") {
    QTemporaryDir dir;
    // Three kinds of file in turn: two reports of different units and a
    // broken one, 30 in all, so that threads finish out of order.
    QStringList units;
    for (int i = 0; i < 30; ++i) {
        const QString name =
            dir.filePath(QStringLiteral("r%1.txt").arg(i, 2, 10, QLatin1Char('0')));
        if (i % 3 == 2) {
            QFile broken(name);
            REQUIRE(broken.open(QIODevice::WriteOnly)); // empty: "file is empty"
            units.append(QString());
        } else {
            REQUIRE(QFile::copy(sample(i % 3 ? "wuhai-zonggonghui-2024-final.txt"
                                             : "ordos-zonggonghui-2023-final.txt"),
                                name));
            units.append(i % 3 ? QStringLiteral("乌海") : QStringLiteral("鄂尔多斯"));
        }
    }
    const QList<analysis::ReportFile> files = analysis::reportFiles({dir.path()});
    REQUIRE(files.size() == 30);
    for (const int jobs : {1, 2, 5}) {
        QList<qsizetype> order;
        analysis::analyseInOrder(files, {}, jobs,
                                 [&](qsizetype index, analysis::AnalysedReport &&analysed) {
                                     order.append(index);
                                     CHECK(analysed.path == files[index].path);
                                     if (units[index].isEmpty()) {
                                         CHECK_FALSE(analysed.ok());
                                     } else {
                                         REQUIRE(analysed.ok());
                                         CHECK(analysed.report.unitName.contains(units[index]));
                                     }
                                 });
        QList<qsizetype> expected(30);
        std::iota(expected.begin(), expected.end(), 0);
        CHECK(order == expected);
    }
}
