// PDF speed on the Shanghai sample (25 pages, nine tables): reading (words,
// lines, tables, text) + extraction + checks, against `pdftotext -layout` on
// the same file, run as a process (what a user would run) and as the Poppler
// call it makes (page text in physical layout), both in the loop.
// Target (issue 4): at most 1.5× pdftotext's time.
#include "check/checker.h"
#include "extract/extractor.h"
#include "ingest/reader.h"

#include <QFile>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

using namespace juesuan;

namespace {

const QString samplePath =
    QStringLiteral(JUESUAN_SAMPLES_DIR "/shanghai-putuo-caizhengju-2024-final.pdf");

void pdfIngestExtractCheck(benchmark::State &state) {
    const check::Checker checker;
    qsizetype figures = 0, findings = 0;
    for (auto _ : state) {
        const ingest::ReadResult read = ingest::readSource(samplePath);
        if (!read.ok()) {
            state.SkipWithError("sample unreadable");
            return;
        }
        const model::Report report = extract::extractReport(*read.document);
        const check::CheckResult checked = checker.check(report);
        figures = report.figures.size();
        findings = checked.findings.size();
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

void popplerPhysicalLayout(benchmark::State &state) {
    poppler::set_debug_error_function([](const std::string &, void *) {}, nullptr);
    const std::string path = QFile::encodeName(samplePath).toStdString();
    for (auto _ : state) {
        std::unique_ptr<poppler::document> document(poppler::document::load_from_file(path));
        size_t total = 0;
        for (int i = 0; i < document->pages(); ++i) {
            std::unique_ptr<poppler::page> page(document->create_page(i));
            total += page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8().size();
        }
        benchmark::DoNotOptimize(total);
    }
}

} // namespace

BENCHMARK(pdfIngestExtractCheck)->Unit(benchmark::kMillisecond);
BENCHMARK(pdfIngestOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(pdftotextProcess)->Unit(benchmark::kMillisecond);
BENCHMARK(popplerPhysicalLayout)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
