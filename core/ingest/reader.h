#pragma once

#include "core/ingest/sourcedocument.h"
#include "core/ingest/ziparchive.h"

#include <QString>
#include <chrono>
#include <optional>

namespace juesuan::ingest {

struct ReadOptions {
    QString encoding;                       // forced charset for text files; empty = detect
    qint64 maxFileBytes = 64 * 1024 * 1024; // larger inputs are refused, not read
    ZipLimits zipLimits;                    // DOCX/XLSX: bounds on inflated parts
    // Reading one file stops with a reason after this long (zero: no limit).
    // The other bounds keep the readers near linear in the file's size; this
    // one is for what can still take long: Poppler drawing a PDF's pages, an
    // XLS sheet's declared range.
    std::chrono::milliseconds maxReadTime{120'000};
};

// Either a document or the reason it could not be read, in one line that a
// user can act on ("encrypted PDF", "not a DOCX: no zip signature" …).
struct ReadResult {
    std::optional<SourceDocument> document;
    QString error;

    bool ok() const { return document.has_value(); }
    static ReadResult failure(QString reason) { return {std::nullopt, std::move(reason)}; }
};

// Reads any supported file, picking the reader by content (magic bytes) first
// and by extension second, so a mislabelled file is still read or refused
// with a clear reason. Never writes to the input.
ReadResult readSource(const QString &path, const ReadOptions &options = {});

// The same for a file's content already in memory: `path` names it (its
// suffix counts when the content has no signature) and is what the document
// and any message give as its name; the file itself is not opened.
ReadResult readBytes(const QString &path, const QByteArray &bytes, const ReadOptions &options = {});

} // namespace juesuan::ingest
