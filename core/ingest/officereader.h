#pragma once

#include "core/ingest/reader.h"
#include "core/ingest/ziparchive.h"

#include <QByteArray>

namespace juesuan::ingest {

// A zip that is a DOCX or an XLSX, told apart by its parts; any other zip is
// refused with a reason.
ReadResult readOfficeZipSource(const QString &path, const QByteArray &bytes,
                               const ReadOptions &options);

ReadResult readDocxSource(const QString &path, ZipArchive &archive, const ReadOptions &options);
ReadResult readXlsxSource(const QString &path, ZipArchive &archive, const ReadOptions &options);
// An OLE compound file read as an Excel 97-2003 workbook (FreeXL).
ReadResult readXlsSource(const QString &path, const QByteArray &bytes, const ReadOptions &options);

} // namespace juesuan::ingest
