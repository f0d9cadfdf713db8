#pragma once

#include "core/ingest/pdftable.h"

#include <QList>

namespace juesuan::ingest {

// The tables a document draws with ruling lines (see PdfLattice), each with
// its caption and unit note from the lines above it and its notes from the
// lines below. A table continued on the next pages is one table: the next
// page's grid continues it when it has the same columns and no caption of
// its own (or the same caption repeated); a header and a 合计 row repeated
// on the continuation page are not read twice.
QList<PdfTable> findRuledTables(const QList<PdfPage> &pages, const PdfPageLines &lines);

} // namespace juesuan::ingest
