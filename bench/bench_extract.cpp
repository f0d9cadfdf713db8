// Extraction speed on the sample narratives: decoding + normalising +
// extracting one report, from bytes already in memory (file I/O excluded).
// Target (issue 2): at least 1000 text reports per second on one core.
#include "extract/extractor.h"
#include "ingest/textreader.h"

#include <QFile>
#include <benchmark/benchmark.h>

using namespace juesuan;

namespace {

QByteArray sample(const char *name) {
    QFile file(QStringLiteral(JUESUAN_SAMPLES_DIR "/") + QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void extractFromBytes(benchmark::State &state, const char *name) {
    const QByteArray bytes = sample(name);
    if (bytes.isEmpty()) {
        state.SkipWithError("sample missing");
        return;
    }
    extract::extractReport(*ingest::readTextSource({}, bytes, {}).document); // warm caches
    qsizetype figures = 0;
    for (auto _ : state) {
        const auto read = ingest::readTextSource(QStringLiteral("sample.txt"), bytes, {});
        const model::Report report = extract::extractReport(*read.document);
        figures = report.figures.size();
        benchmark::DoNotOptimize(figures);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters["figures"] = double(figures);
}

void extractOnly(benchmark::State &state, const char *name) {
    const auto read = ingest::readTextSource(QStringLiteral("sample.txt"), sample(name), {});
    if (!read.ok()) {
        state.SkipWithError("sample missing");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(extract::extractReport(*read.document));
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK_CAPTURE(extractFromBytes, wuhai, "wuhai-zonggonghui-2024-final.txt")
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(extractFromBytes, ordos, "ordos-zonggonghui-2023-final.txt")
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(extractOnly, wuhai, "wuhai-zonggonghui-2024-final.txt")
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(extractOnly, ordos, "ordos-zonggonghui-2023-final.txt")
    ->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
