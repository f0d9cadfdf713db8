#pragma once

#include "core/ingest/reader.h"

#include <QByteArray>

namespace juesuan::ingest {

// Reads a plain-text report (.txt): decodes it (see text::decodeText) and
// refuses binary data with a reason.
ReadResult readTextSource(const QString &path, const QByteArray &bytes, const ReadOptions &options);

} // namespace juesuan::ingest
