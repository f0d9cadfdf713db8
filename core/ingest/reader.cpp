#include "reader.h"

#include "textreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace juesuan::ingest {

ReadResult readSource(const QString &path, const ReadOptions &options) {
    const QFileInfo info(path);
    if (!info.exists())
        return ReadResult::failure(QCoreApplication::translate("Reader", "file not found"));
    if (info.isDir())
        return ReadResult::failure(QCoreApplication::translate("Reader", "is a folder, not a file"));
    if (info.size() > options.maxFileBytes)
        return ReadResult::failure(
            QCoreApplication::translate("Reader", "file too large (%1 MB; the limit is %2 MB)")
                .arg(info.size() / (1024 * 1024))
                .arg(options.maxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ReadResult::failure(file.errorString());
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return ReadResult::failure(QCoreApplication::translate("Reader", "file is empty"));
    return readTextSource(path, bytes, options);
}

} // namespace juesuan::ingest
