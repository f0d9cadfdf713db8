#include "tests/fuzz/fuzzanalyse.h"

#include "core/analysis/analysis.h"

#include <QByteArray>

namespace juesuan::fuzz {

int analyseInput(const std::uint8_t *data, std::size_t size, const QString &fileName) {
    // A copy, not QByteArray::fromRawData: a file read from disk is
    // NUL-terminated, and the readers may rely on that as Qt allows.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    analysis::AnalysisOptions options;
    options.keepRelations = true; // the relation instances are built only then
    options.keepSource = true;    // the words sorted as the page view needs them
    analysis::analyseBytes(fileName, bytes, options);
    return 0; // libFuzzer's convention: the input may join the corpus
}

} // namespace juesuan::fuzz
