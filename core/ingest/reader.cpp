#include "core/ingest/reader.h"

#include "core/ingest/fileformats.h"
#include "core/ingest/nativefiles.h"
#include "core/ingest/reportgroup.h"
#include "core/ingest/timelimit.h"

#include <QCoreApplication>

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
    const FileStatus status = fileStatus(path);
    if (!status.exists)
        return ReadResult::failure(QCoreApplication::translate("Reader", "file not found"));
    if (status.isFolder)
        return readReportGroup({path}, options);
    if (status.size > options.maxFileBytes)
        return tooLarge(status.size, options);
    QByteArray bytes;
    QString error;
    if (!readWholeFile(path, &bytes, &error))
        return ReadResult::failure(error);
    return readBytes(path, bytes, options);
}

ReadResult readBytes(const QString &path, const QByteArray &bytes, const ReadOptions &options) {
    if (bytes.size() > options.maxFileBytes)
        return tooLarge(bytes.size(), options);
    if (bytes.isEmpty())
        return ReadResult::failure(QCoreApplication::translate("Reader", "file is empty"));

    const FileDeadline deadline(options.maxReadTime);
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
