#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace juesuan::ingest {

// File names as Linux stores them: bytes, which need not be UTF-8. A zip made
// on Windows unpacks into GBK names (决算 as BE F6 CB E3), and Qt, which
// decodes names as UTF-8, cannot open such a file and leaves it out of a
// folder's listing: a report would vanish from a batch without a word. Here
// every byte that is not part of valid UTF-8 becomes a lone surrogate
// U+DC80–U+DCFF (as Python's "surrogateescape" does), so that the name is a
// QString like any other (shown with a replacement mark) and turns back into
// the very bytes it came from. Qt resource paths (":/…") go through QFile.

// The QString for a name as the system gives it (argv, a directory entry).
QString pathFromNative(QByteArrayView bytes);
// The bytes to hand the system for a path made by pathFromNative (or by Qt).
QByteArray nativePath(const QString &path);

struct FileStatus {
    bool exists = false;
    bool isFolder = false;
    qint64 size = 0;
};
// What the file at `path` is; a symbolic link is followed.
FileStatus fileStatus(const QString &path);

// The files directly inside `folder` (recursive: at any depth beneath it),
// sorted by path. Links to files are listed, links to folders are not
// followed, so that a link loop cannot make a scan endless.
QStringList filesInFolder(const QString &folder, bool recursive);

// The whole content of a file, or false with a one-line reason.
bool readWholeFile(const QString &path, QByteArray *bytes, QString *error);

} // namespace juesuan::ingest
