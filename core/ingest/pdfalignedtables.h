#pragma once

#include "core/ingest/pdftable.h"

namespace juesuan::ingest {

// The tables a document prints without ruling lines, rebuilt from where
// their words stand (PdfTableRegion, PdfColumnModel, PdfTableRow). Lines
// listed in `taken` belong to tables already found otherwise: a region
// touching any of them is left out.
QList<PdfTable> findAlignedTables(const QList<PdfPage> &pages, const PdfPageLines &lines,
                                  const QList<PdfTable> &taken);

} // namespace juesuan::ingest
