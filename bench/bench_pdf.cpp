// PDF speed on the Shanghai sample (25 pages, nine tables): reading (words,
// lines, tables, text) + extraction + checks, against `pdftotext -layout` on
// the same file, run as a process (what a user would run) and as the Poppler
// call it makes (page text in physical layout), both in the loop; and
// `juesuan check` on it as a whole process beside `pdftotext -layout`.
// Target: at most 1.5× pdftotext's time, in the process and as processes.
#include "core/analysis/analysis.h"
#include "core/ingest/pdfengine.h"
#include "core/ingest/reader.h"

#include <QFile>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>
#include <poppler/PDFDoc.h>
#include <poppler/TextOutputDev.h>
#include <sys/wait.h>

using namespace juesuan;

namespace {

const QString samplePath =
    QStringLiteral(JUESUAN_SAMPLES_DIR "/shanghai-putuo-caizhengju-2024-final.pdf");

void pdfIngestExtractCheck(benchmark::State &state) {
    qsizetype figures = 0, findings = 0;
    for (auto _ : state) {
        const analysis::AnalysedReport analysed = analysis::analyse(samplePath);
        if (!analysed.ok()) {
            state.SkipWithError("sample unreadable");
            return;
        }
        figures = analysed.report.figures.size();
        findings = analysed.findings.size();
        benchmark::DoNotOptimize(findings);
    }
    state.counters["figures"] = double(figures);
    state.counters["findings"] = double(findings);
}

void pdfIngestOnly(benchmark::State &state) {
    for (auto _ : state) {
        const ingest::ReadResult read = ingest::readSource(samplePath);
        benchmark::DoNotOptimize(read.document->text.size());
    }
}

void pdftotextProcess(benchmark::State &state) {
    const QByteArray command =
        "pdftotext -layout '" + QFile::encodeName(samplePath) + "' - 2>/dev/null";
    for (auto _ : state) {
        FILE *pipe = popen(command.constData(), "r");
        if (!pipe) {
            state.SkipWithError("pdftotext cannot be started");
            return;
        }
        char buffer[65536];
        size_t total = 0;
        while (const size_t got = fread(buffer, 1, sizeof buffer, pipe))
            total += got;
        if (pclose(pipe) != 0 || total == 0) {
            state.SkipWithError("pdftotext failed (apt-get install poppler-utils)");
            return;
        }
        benchmark::DoNotOptimize(total);
    }
}

// `juesuan check` on the sample as a user runs it: start, read, extract,
// check, print, exit.
void juesuanCheckProcess(benchmark::State &state) {
    const QByteArray command = JUESUAN_BINARY_DIR "/bin/juesuan check '" +
                               QFile::encodeName(samplePath) + "' >/dev/null 2>&1";
    for (auto _ : state) {
        // Exit 1: the sample has error findings; 2 or more: it did not run.
        const int status = std::system(command.constData());
        if (status < 0 || !WIFEXITED(status) || WEXITSTATUS(status) > 1) {
            state.SkipWithError("juesuan check failed");
            return;
        }
    }
}

// What pdftotext -layout does, in this process: Poppler's text device in
// physical layout over every page, the text written to memory.
void popplerPhysicalLayout(benchmark::State &state) {
    QFile file(samplePath);
    if (!file.open(QIODevice::ReadOnly)) {
        state.SkipWithError("sample unreadable");
        return;
    }
    const QByteArray bytes = file.readAll();
    for (auto _ : state) {
        QString error;
        const std::unique_ptr<PDFDoc> document = ingest::pdfengine::open(bytes, &error);
        size_t total = 0;
        TextOutputDev device(
            [](void *stream, const char *text, int length) {
                *static_cast<size_t *>(stream) += size_t(length);
                benchmark::DoNotOptimize(text);
            },
            &total, true, 0, false);
        document->displayPages(&device, 1, document->getNumPages(), 72, 72, 0, true, false, false);
        benchmark::DoNotOptimize(total);
    }
}

} // namespace

BENCHMARK(pdfIngestExtractCheck)->Unit(benchmark::kMillisecond);
BENCHMARK(pdfIngestOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(pdftotextProcess)->Unit(benchmark::kMillisecond);
BENCHMARK(juesuanCheckProcess)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(popplerPhysicalLayout)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
