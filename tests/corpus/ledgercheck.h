#pragma once

#include "core/check/checker.h"
#include "core/model/report.h"
#include "tests/corpus/ledger.h"

#include <QString>
#include <QStringList>

// Compares what the reader and the checker made of a corpus report with what
// its ledger says the report holds.
namespace juesuan::corpus {

struct LedgerCounts {
    int identityWrong = 0; // unit, year, type, scope, template, money unit
    int tablesFound = 0, tablesTotal = 0;
    int figuresFound = 0, figuresTotal = 0;
    int errorsUnledgered = 0;
    int inconsistenciesFound = 0, inconsistenciesTotal = 0;
    int inconsistenciesNotSought = 0; // real, but no relation can establish them
};

struct LedgerComparison {
    QStringList problems; // one readable diagnostic each: what was expected, what the build gave
    QStringList context;  // what helps reading them (the tables met), not problems themselves
    LedgerCounts counts;

    // "budget-x [reading]: identity ok, tables 8/9, figures 5/6, …"
    QString summary(const Ledger &ledger) const;
};

// What is wrong with the ledger itself: an unknown metric, facet, table id or
// money unit, a value that is not a decimal. Empty when it can be used.
QStringList validateLedger(const Ledger &ledger);

LedgerComparison compareWithLedger(const Ledger &ledger, const model::Report &report,
                                   const check::CheckResult &result);

} // namespace juesuan::corpus
