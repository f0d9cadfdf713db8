// Extraction speed on the sample narratives: decoding + normalising +
// extracting one report, from bytes already in memory (file I/O excluded).
// Target (issue 2): at least 1000 text reports per second on one core.
#include "bench/benchsamples.h"

using namespace juesuan;
using bench::extractOnly;

namespace {

void extractFromBytes(benchmark::State &state, const char *name) {
    const QByteArray bytes = bench::sampleBytes(name);
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
