#include "core/ingest/officereader.h"

#include <QCoreApplication>

namespace juesuan::ingest {

ReadResult readOfficeZipSource(const QString &path, const QByteArray &bytes,
                               const ReadOptions &options) {
    QString error;
    auto archive = ZipArchive::open(bytes, options.zipLimits, &error);
    if (!archive)
        return ReadResult::failure(error);
    // A zip is a DOCX when it holds word/document.xml, an XLSX when it holds
    // xl/workbook.xml, whatever its name.
    const QStringList entries = archive->entryNames();
    if (entries.contains(u"word/document.xml"))
        return readDocxSource(path, *archive, options);
    if (entries.contains(u"xl/workbook.xml"))
        return readXlsxSource(path, *archive, options);
    return ReadResult::failure(QCoreApplication::translate(
        "Reader", "a zip archive that is neither a DOCX nor an XLSX document"));
}

} // namespace juesuan::ingest
