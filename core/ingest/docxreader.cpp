#include "officereader.h"

namespace juesuan::ingest {

ReadResult readDocxSource(const QString &, ZipArchive &, const ReadOptions &) {
    return ReadResult::failure(QStringLiteral("not implemented"));
}

} // namespace juesuan::ingest
