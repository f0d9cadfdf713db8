#include "ui/recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace juesuan::ui {
namespace {

const QString settingsKey = QStringLiteral("recentFiles");

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent) {
    m_paths = QSettings().value(settingsKey).toStringList();
    m_paths = m_paths.mid(0, maxEntries);
}

void RecentFiles::add(const QStringList &paths) {
    bool added = false;
    for (const QString &path : paths) {
        if (path.startsWith(u':'))
            continue;
        const QString absolute = QFileInfo(path).absoluteFilePath();
        m_paths.removeAll(absolute);
        m_paths.prepend(absolute);
        added = true;
    }
    if (!added)
        return;
    m_paths = m_paths.mid(0, maxEntries);
    store();
}

void RecentFiles::remove(const QString &path) {
    if (m_paths.removeAll(path) > 0)
        store();
}

void RecentFiles::clear() {
    m_paths.clear();
    store();
}

void RecentFiles::store() {
    QSettings().setValue(settingsKey, m_paths);
    emit changed();
}

} // namespace juesuan::ui
