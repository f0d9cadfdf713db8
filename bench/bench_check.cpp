// Checking speed on the sample narratives, against extraction of the same
// report: checking must cost less than extracting (issue 3). The report is
// extracted once outside the timed loop; `checkOnly` times the checker alone
// (every built-in relation, findings with both messages rendered),
// `extractOnly` the extractor alone from an already decoded source.
#include "bench/benchsamples.h"
#include "core/check/checker.h"

using namespace juesuan;
using bench::extractOnly;

namespace {

void checkOnly(benchmark::State &state, const char *name) {
    const auto document = bench::sampleSource(name);
    if (!document) {
        state.SkipWithError("sample missing");
        return;
    }
    const model::Report report = extract::extractReport(*document);
    const check::Checker checker; // the built-in catalogue loads once, outside the loop
    qsizetype findings = checker.check(report).findings.size();
    for (auto _ : state) {
        findings = checker.check(report).findings.size();
        benchmark::DoNotOptimize(findings);
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["figures"] = double(report.figures.size());
    state.counters["relations"] = double(check::RelationCatalogue::builtin().relations().size());
    state.counters["findings"] = double(findings);
}

} // namespace

BENCHMARK_CAPTURE(checkOnly, wuhai, "wuhai-zonggonghui-2024-final.txt")
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(checkOnly, ordos, "ordos-zonggonghui-2023-final.txt")
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(extractOnly, wuhai, "wuhai-zonggonghui-2024-final.txt")
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(extractOnly, ordos, "ordos-zonggonghui-2023-final.txt")
    ->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
