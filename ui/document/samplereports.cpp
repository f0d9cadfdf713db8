#include "ui/document/samplereports.h"

#include <QDir>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initJuesuanResources() {
    Q_INIT_RESOURCE(juesuan);
}

namespace juesuan::ui {

void initUiResources() {
    static const bool initialised = [] {
        initJuesuanResources();
        return true;
    }();
    Q_UNUSED(initialised);
}

QStringList bundledSamplePaths() {
    initUiResources();
    const QDir samples(QStringLiteral(":/juesuan/samples"));
    QStringList paths;
    const QStringList names = samples.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths.append(samples.filePath(name));
    return paths;
}

} // namespace juesuan::ui
