#pragma once
// What the benchmark programs share: the sample reports, read from the
// test data, and the extraction-only measurement that the checking
// benchmark sets its own against.
#include "core/extract/extractor.h"
#include "core/ingest/textreader.h"

#include <QFile>
#include <benchmark/benchmark.h>
#include <optional>

namespace juesuan::bench {

inline QByteArray sampleBytes(const char *name) {
    QFile file(QStringLiteral(JUESUAN_SAMPLES_DIR "/") + QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The decoded sample, or nothing when it is missing.
inline std::optional<ingest::SourceDocument> sampleSource(const char *name) {
    const QByteArray bytes = sampleBytes(name);
    if (bytes.isEmpty())
        return std::nullopt;
    return ingest::readTextSource(QStringLiteral("sample.txt"), bytes, {}).document;
}

// Extraction alone, from an already decoded source.
inline void extractOnly(benchmark::State &state, const char *name) {
    const auto document = sampleSource(name);
    if (!document) {
        state.SkipWithError("sample missing");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(extract::extractReport(*document));
    state.SetItemsProcessed(state.iterations());
}

} // namespace juesuan::bench
