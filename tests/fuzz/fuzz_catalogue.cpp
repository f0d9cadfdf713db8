// libFuzzer target: any bytes as a relation catalogue given with
// `check --catalogue FILE`: parsed, merged over the built-in catalogue as
// the command does, and, when it loads, used to check two fixed reports (a
// report and the previous year's, so that cross-report relations run too).
#include "core/analysis/analysis.h"
#include "core/check/checker.h"
#include "core/check/relationcatalogue.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace juesuan;

namespace {

model::Report extracted(const char *name) {
    analysis::AnalysisOptions options;
    options.check = false;
    const analysis::AnalysedReport analysed = analysis::analyse(
        QStringLiteral(JUESUAN_TEST_DATA_DIR "/compare/") + QLatin1String(name), options);
    if (!analysed.ok()) {
        // Without its reports the target would test the parser alone.
        std::fprintf(stderr, "fuzz_catalogue: %s: %s\n", name, qPrintable(analysed.error));
        std::abort();
    }
    return analysed.report;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    static const model::Report previous = extracted("wuhai-2023-derived.txt");
    static const model::Report current = extracted("wuhai-2024-false-claim.txt");

    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto loaded =
        check::RelationCatalogue::fromJson(json, QStringLiteral("input.json"), &error);
    if (!loaded)
        return 0;
    check::RelationCatalogue catalogue = check::RelationCatalogue::builtin();
    catalogue.merge(*loaded);
    check::CheckOptions options;
    options.keepEvaluations = true;
    check::Checker(catalogue).check(current, &previous, options);
    return 0;
}
