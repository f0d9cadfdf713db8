#pragma once

#include "core/analysis/analysis.h"
#include "core/analysis/reportfiles.h"

#include <QList>
#include <functional>

namespace juesuan::analysis {

// Analyses many files on `jobs` threads and hands each result to `deliver`
// on the calling thread, in the order of `files`, as soon as it and every
// one before it are done. At most a few results per thread wait for their
// turn, so memory stays flat however many files there are. `jobs` < 1
// means one per processor.
void analyseInOrder(const QList<ReportFile> &files, const AnalysisOptions &options, int jobs,
                    const std::function<void(qsizetype index, AnalysedReport &&analysed)> &deliver);

} // namespace juesuan::analysis
