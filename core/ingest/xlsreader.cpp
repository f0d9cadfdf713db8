#include "officereader.h"

namespace juesuan::ingest {

ReadResult readXlsSource(const QString &, const QByteArray &, const ReadOptions &) {
    return ReadResult::failure(QStringLiteral("not implemented"));
}

} // namespace juesuan::ingest
