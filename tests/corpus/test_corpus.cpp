// Every real report of the shared corpus, read and checked in-process, against
// its hand-made ledger (tests/data/corpus/README.md). A "complete" ledger
// fails on any problem; a "reading" ledger reports its problems as warnings
// and fails once it has none, so that it gets promoted.
#include "core/analysis/analysis.h"
#include "tests/corpus/corpusrun.h"
#include "tests/corpus/ledger.h"
#include "tests/corpus/ledgercheck.h"

#include <QDir>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <exception>
#include <iostream>

using namespace juesuan;
using corpus::corpusRun;

namespace {

// Analyses the ledger's report. A report that cannot be read, or whose
// reading throws, is compared as an empty report, so that the ledger's
// every expectation is listed as missed after the reason.
corpus::LedgerComparison readAndCompare(const corpus::Ledger &ledger, const QString &source) {
    analysis::AnalysedReport analysed = analysis::analyse(source);
    check::CheckResult checked;
    checked.findings = std::move(analysed.findings);
    corpus::LedgerComparison comparison =
        corpus::compareWithLedger(ledger, analysed.report, checked);
    if (!analysed.ok())
        comparison.problems.prepend(
            QStringLiteral("the report cannot be analysed: %1").arg(analysed.error));
    return comparison;
}

void runLedger(const QString &path) {
    QString error;
    const std::optional<corpus::Ledger> ledger = corpus::readLedger(path, &error);
    INFO(error.toStdString());
    REQUIRE(ledger.has_value());
    // A malformed ledger always fails, whatever its status.
    const QStringList invalid = corpus::validateLedger(*ledger);
    for (const QString &problem : invalid)
        FAIL_CHECK("ledger " << ledger->name.toStdString() << ": " << problem.toStdString());
    REQUIRE(invalid.isEmpty());
    const QString source = QDir(corpusRun().corpusDir).filePath(ledger->file);
    INFO("report: " << source.toStdString());
    REQUIRE(QFileInfo::exists(source));

    const corpus::LedgerComparison comparison = readAndCompare(*ledger, source);
    std::cout << comparison.summary(*ledger).toStdString() << std::endl;
    for (const QString &line : comparison.context)
        std::cout << "  " << line.toStdString() << std::endl;

    if (ledger->status == corpus::LedgerStatus::Complete) {
        for (const QString &problem : comparison.problems)
            FAIL_CHECK(problem.toStdString());
        return;
    }
    for (const QString &problem : comparison.problems)
        WARN(problem.toStdString());
    if (comparison.problems.isEmpty())
        FAIL(ledger->name.toStdString()
             << " now reads exactly as its ledger says: set its \"status\" to \"complete\" "
                "so that a regression fails");
}

} // namespace

TEST_CASE("corpus reports read as their ledgers say", "[corpus]") {
    REQUIRE_FALSE(corpusRun().ledgers.isEmpty());
    for (const QString &path : corpusRun().ledgers) {
        DYNAMIC_SECTION(QFileInfo(path).fileName().toStdString()) {
            runLedger(path);
        }
    }
}
