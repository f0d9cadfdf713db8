#pragma once

#include "core/ingest/reader.h"

#include <QByteArray>

namespace juesuan::ingest {

// Reads a PDF report through Poppler: narrative in reading order, joined
// into paragraphs; tables rebuilt from word positions into cell grids; every
// word kept with its page and box for highlighting.
ReadResult readPdfSource(const QString &path, const QByteArray &bytes, const ReadOptions &options);

} // namespace juesuan::ingest
