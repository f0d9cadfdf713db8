#include "core/analysis/reportfiles.h"

#include "core/ingest/fileformats.h"
#include "core/ingest/nativefiles.h"

#include <QDir>

namespace juesuan::analysis {

QList<ReportFile> reportFiles(const QStringList &paths) {
    QList<ReportFile> files;
    for (const QString &path : paths) {
        if (!ingest::fileStatus(path).isFolder) {
            files.append({path, path});
            continue;
        }
        const QDir folder(path);
        for (const QString &file : ingest::filesInFolder(path, true))
            if (ingest::isReportFileName(file))
                files.append({file, folder.relativeFilePath(file)});
    }
    return files;
}

} // namespace juesuan::analysis
