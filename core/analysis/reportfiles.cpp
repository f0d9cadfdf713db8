#include "core/analysis/reportfiles.h"

#include "core/ingest/fileformats.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace juesuan::analysis {

bool isReportFileName(const QString &fileName) {
    return ingest::reportSuffixes().contains(QFileInfo(fileName).suffix(), Qt::CaseInsensitive);
}

QList<ReportFile> reportFiles(const QStringList &paths) {
    QList<ReportFile> files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append({path, path});
            continue;
        }
        const QDir folder(info.absoluteFilePath());
        QStringList found;
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (isReportFileName(file))
                found.append(file);
        }
        found.sort();
        for (const QString &file : std::as_const(found))
            files.append({file, folder.relativeFilePath(QFileInfo(file).absoluteFilePath())});
    }
    return files;
}

} // namespace juesuan::analysis
