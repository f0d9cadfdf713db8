#include "reportgroup.h"

namespace juesuan::ingest {

ReadResult readReportGroup(const QStringList &, const ReadOptions &) {
    return ReadResult::failure(QStringLiteral("not implemented"));
}

} // namespace juesuan::ingest
