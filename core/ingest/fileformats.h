#pragma once

#include "core/ingest/reader.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace juesuan::ingest {

// Every file format the program knows, one entry each: its name, the file
// name suffixes it goes by, its signature and its reader. Dispatch, folder
// scans, the open dialog's filters and the refusals of mislabelled files all
// come from this table, so a format is added in one place.
struct FileFormat {
    QString id;           // "pdf", "docx" …: SourceDocument::format of what it reads
    const char *name;     // as users know it ("PDF", "DOCX", "text"): see displayName()
    QStringList suffixes; // lower case, the usual one first
    // Whether the first bytes carry the format's signature; null for a
    // format that has none (text).
    bool (*signature)(const QByteArray &head) = nullptr;
    // Binary formats are only ever read by their signature: a file named
    // .pdf without one is refused as a damaged PDF rather than decoded as
    // text. A web page or a text file may be recognised by its name.
    bool binary = false;
    // Null for a format that is recognised only to be refused with `refusal`.
    ReadResult (*read)(const QString &path, const QByteArray &bytes,
                       const ReadOptions &options) = nullptr;
    const char *refusal =
        nullptr; // a source text for QCoreApplication::translate("juesuan::ingest", …)

    QString displayName() const; // the name in the user's language
};

// In the order signatures are tried.
const QList<FileFormat> &fileFormats();

// What a file is: the first format whose signature its content carries;
// else the format its name says (for a binary format, `signatureMissing` is
// set: the name promises what the content does not hold); else text.
struct Recognition {
    const FileFormat *format = nullptr;
    bool signatureMissing = false;
};
Recognition recognise(const QByteArray &bytes, const QString &fileName);

// The suffixes of the formats that are read, lower case: what a folder is
// scanned for and what the open dialog offers.
const QStringList &reportSuffixes();
// Whether a folder scan takes this file: its suffix, in any case, is one of them.
bool isReportFileName(const QString &fileName);

} // namespace juesuan::ingest
