#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace juesuan::analysis {

// The one folder policy, shared by the window, the command line and the
// survey: a file named stands for itself (whatever its name: the readers
// judge by content), a folder for every report file beneath it, at any
// depth, sorted by path. Symbolic links to folders are not followed, so a
// link loop cannot make a scan endless. An unreadable file is still listed,
// so that its reason is reported instead of it vanishing, and so is one
// whose name is not UTF-8 (ingest/nativefiles.h). Paths may be Qt resource
// paths.

// One report file to analyse: where it is, and its name relative to the
// folder it was found in (the path as given for a file named on its own).
struct ReportFile {
    QString path;
    QString name;
};

QList<ReportFile> reportFiles(const QStringList &paths);

} // namespace juesuan::analysis
