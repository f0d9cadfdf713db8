#pragma once

#include "core/ingest/reader.h"

#include <QStringList>

namespace juesuan::ingest {

// Reads several files as one report: a narrative and its tables published
// separately, or one file per table. A folder stands for the supported files
// in it. The parts' texts follow one another in name order; every span,
// table and chart is moved to the combined text.
ReadResult readReportGroup(const QStringList &paths, const ReadOptions &options = {});

} // namespace juesuan::ingest
