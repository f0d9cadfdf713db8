// Batch throughput: text reports analysed end to end (read, extract, check)
// by analysis::analyseInOrder, on 1 and 2 threads, and the start-up of the
// `juesuan` process. Target (issue 13): 1000 text reports per second per
// core, about linear in cores. Items per second are reports.
#include "core/analysis/batch.h"

#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>

using namespace juesuan;

namespace {

constexpr int reportCount = 200;

// A folder of `reportCount` text reports, the two samples in turn.
const QTemporaryDir &reportFolder() {
    static const QTemporaryDir folder;
    static const bool filled = [] {
        for (int i = 0; i < reportCount; ++i) {
            const char *sample =
                i % 2 ? "wuhai-zonggonghui-2024-final.txt" : "ordos-zonggonghui-2023-final.txt";
            QFile::copy(QStringLiteral(JUESUAN_SAMPLES_DIR "/") + QString::fromUtf8(sample),
                        folder.filePath(QStringLiteral("r%1.txt").arg(i, 3, 10, QLatin1Char('0'))));
        }
        return true;
    }();
    Q_UNUSED(filled);
    return folder;
}

void batchOfTextReports(benchmark::State &state) {
    const QList<analysis::ReportFile> files = analysis::reportFiles({reportFolder().path()});
    if (files.size() != reportCount) {
        state.SkipWithError("the report folder could not be made");
        return;
    }
    for (auto _ : state) {
        qsizetype figures = 0;
        analysis::analyseInOrder(files, {}, int(state.range(0)),
                                 [&figures](qsizetype, analysis::AnalysedReport &&analysed) {
                                     figures += analysed.report.figures.size();
                                 });
        benchmark::DoNotOptimize(figures);
    }
    state.SetItemsProcessed(state.iterations() * reportCount);
}

// The whole `juesuan --version` process: loading the program and its
// libraries, which every headless command pays before its first report.
void processStart(benchmark::State &state) {
    const QByteArray command = JUESUAN_BINARY_DIR "/bin/juesuan --version >/dev/null 2>&1";
    for (auto _ : state)
        benchmark::DoNotOptimize(std::system(command.constData()));
}

// `juesuan check` on one text report as a whole process: what a script that
// checks reports one by one pays per report. Target (issue 13): 30 ms.
void checkTextProcess(benchmark::State &state) {
    const QByteArray command =
        JUESUAN_BINARY_DIR "/bin/juesuan check " JUESUAN_SAMPLES_DIR
                           "/wuhai-zonggonghui-2024-final.txt >/dev/null 2>&1";
    for (auto _ : state)
        benchmark::DoNotOptimize(std::system(command.constData()));
}

} // namespace

BENCHMARK(batchOfTextReports)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(processStart)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(checkTextProcess)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_MAIN();
