#include "reader.h"

#include "formatsniffer.h"
#include "htmlreader.h"
#include "officereader.h"
#include "pdfreader.h"
#include "reportgroup.h"
#include "textreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace juesuan::ingest {
namespace {

// The context lupdate gives a free tr() call in this namespace, so that
// the translations it collects are found at run time.
QString tr(const char *text) {
    return QCoreApplication::translate("juesuan::ingest", text);
}

ReadResult refuse(SniffResult sniff) {
    switch (sniff.format) {
    case SourceFormat::Unsupported:
        if (sniff.expected == u"DOC")
            return ReadResult::failure(
                tr("a Word 97-2003 .doc file is not supported: save it as .docx"));
        return ReadResult::failure(
            tr("not a %1 file: its content has no %1 signature").arg(sniff.expected));
    default:
        break;
    }
    return ReadResult::failure(tr("unsupported file format"));
}

} // namespace

ReadResult readSource(const QString &path, const ReadOptions &options) {
    const QFileInfo info(path);
    if (!info.exists())
        return ReadResult::failure(QCoreApplication::translate("Reader", "file not found"));
    if (info.isDir())
        return readReportGroup({path}, options);
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

    const SniffResult sniff = sniffFormat(bytes, path);
    switch (sniff.format) {
    case SourceFormat::Pdf:
        return readPdfSource(path, bytes, options);
    case SourceFormat::Zip:
        return readOfficeZipSource(path, bytes, options);
    case SourceFormat::Ole:
        return readXlsSource(path, bytes, options);
    case SourceFormat::Html:
        return readHtmlSource(path, bytes, options);
    case SourceFormat::Text:
        return readTextSource(path, bytes, options);
    default:
        return refuse(sniff);
    }
}

} // namespace juesuan::ingest
