#pragma once

#include "core/ingest/reader.h"

#include <QByteArray>

namespace juesuan::ingest {

// Reads a report published as a web page (.html, .htm, or an HTML page saved
// under a .xls name, as web systems export "Excel" files): its paragraphs
// one a line and its tables as grids (see collectHtmlBlocks). The charset is
// the forced one, else a BOM or valid UTF-8, else the page's <meta charset>,
// else detection (see text::decodeDeclaredText).
ReadResult readHtmlSource(const QString &path, const QByteArray &bytes, const ReadOptions &options);

} // namespace juesuan::ingest
