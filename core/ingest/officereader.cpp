#include "officereader.h"

#include "formatsniffer.h"

#include <QCoreApplication>

namespace juesuan::ingest {

ReadResult readOfficeZipSource(const QString &path, const QByteArray &bytes,
                               const ReadOptions &options) {
    QString error;
    auto archive = ZipArchive::open(bytes, options.zipLimits, &error);
    if (!archive)
        return ReadResult::failure(error);
    switch (classifyZip(archive->entryNames())) {
    case SourceFormat::Docx:
        return readDocxSource(path, *archive, options);
    case SourceFormat::Xlsx:
        return readXlsxSource(path, *archive, options);
    default:
        break;
    }
    return ReadResult::failure(QCoreApplication::translate(
        "Reader", "a zip archive that is neither a DOCX nor an XLSX document"));
}

} // namespace juesuan::ingest
