#include "core/ingest/reader.h"

#include "core/ingest/fileformats.h"
#include "core/ingest/reportgroup.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace juesuan::ingest {
namespace {

ReadResult tooLarge(qint64 size, const ReadOptions &options) {
    return ReadResult::failure(
        QCoreApplication::translate("Reader", "file too large (%1 MB; the limit is %2 MB)")
            .arg(size / (1024 * 1024))
            .arg(options.maxFileBytes / (1024 * 1024)));
}

} // namespace

ReadResult readSource(const QString &path, const ReadOptions &options) {
    const QFileInfo info(path);
    if (!info.exists())
        return ReadResult::failure(QCoreApplication::translate("Reader", "file not found"));
    if (info.isDir())
        return readReportGroup({path}, options);
    if (info.size() > options.maxFileBytes)
        return tooLarge(info.size(), options);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ReadResult::failure(file.errorString());
    return readBytes(path, file.readAll(), options);
}

ReadResult readBytes(const QString &path, const QByteArray &bytes, const ReadOptions &options) {
    if (bytes.size() > options.maxFileBytes)
        return tooLarge(bytes.size(), options);
    if (bytes.isEmpty())
        return ReadResult::failure(QCoreApplication::translate("Reader", "file is empty"));

    const Recognition recognised = recognise(bytes, path);
    const FileFormat &format = *recognised.format;
    if (!format.read)
        return ReadResult::failure(QCoreApplication::translate("juesuan::ingest", format.refusal));
    if (recognised.signatureMissing)
        return ReadResult::failure(
            QCoreApplication::translate("juesuan::ingest",
                                        "not a %1 file: its content has no %1 signature")
                .arg(format.displayName()));
    return format.read(path, bytes, options);
}

} // namespace juesuan::ingest
