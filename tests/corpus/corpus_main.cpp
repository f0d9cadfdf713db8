// Runs the corpus ledgers: `corpus_tests [--corpus DIR] [--ledger FILE]… [Catch2 options]`.
// Without --ledger every tests/data/corpus/*.ledger.json is run. When the
// corpus folder does not exist the run is skipped: exit code 77, which ctest
// shows as "Skipped" (SKIP_RETURN_CODE).
#define CATCH_CONFIG_RUNNER
#define CATCH_CONFIG_CONSOLE_WIDTH 160
#include "tests/corpus/corpusrun.h"

#include <QDir>
#include <QString>
#include <catch2/catch.hpp>
#include <cstring>
#include <iostream>
#include <vector>

namespace juesuan::corpus {

CorpusRun &corpusRun() {
    static CorpusRun run;
    return run;
}

} // namespace juesuan::corpus

int main(int argc, char **argv) {
    using juesuan::corpus::corpusRun;
    corpusRun().corpusDir = QStringLiteral(JUESUAN_CORPUS_DIR);
    std::vector<char *> catchArguments{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (hasValue && std::strcmp(argv[i], "--ledger") == 0)
            corpusRun().ledgers << QString::fromLocal8Bit(argv[++i]);
        else if (hasValue && std::strcmp(argv[i], "--corpus") == 0)
            corpusRun().corpusDir = QString::fromLocal8Bit(argv[++i]);
        else
            catchArguments.push_back(argv[i]);
    }
    if (!QDir(corpusRun().corpusDir).exists()) {
        std::cout << "SKIPPED: no corpus folder at " << corpusRun().corpusDir.toStdString()
                  << " (configure with -DJUESUAN_CORPUS_DIR=… to run the corpus ledgers)"
                  << std::endl;
        return 77;
    }
    if (corpusRun().ledgers.isEmpty()) {
        const QDir ledgers(QStringLiteral(JUESUAN_LEDGER_DIR));
        for (const QString &name :
             ledgers.entryList({QStringLiteral("*.ledger.json")}, QDir::Files, QDir::Name))
            corpusRun().ledgers << ledgers.filePath(name);
    }
    return Catch::Session().run(static_cast<int>(catchArguments.size()), catchArguments.data());
}
