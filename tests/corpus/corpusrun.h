#pragma once

#include <QString>
#include <QStringList>

namespace juesuan::corpus {

// What this run of corpus_tests reads: set by main() from the command line
// and the build (JUESUAN_CORPUS_DIR, JUESUAN_LEDGER_DIR).
struct CorpusRun {
    QString corpusDir;
    QStringList ledgers; // ledger files to run, in order
};

CorpusRun &corpusRun();

} // namespace juesuan::corpus
