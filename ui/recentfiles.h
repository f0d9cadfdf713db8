#pragma once

#include <QObject>
#include <QStringList>

namespace juesuan::ui {

// The most recently opened files and folders, newest first, kept in
// QSettings so they survive restarts. Bundled samples (":/…") are not kept:
// they open with no arguments anyway.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int maxEntries = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList paths() const { return m_paths; }
    void add(const QStringList &paths);
    void remove(const QString &path);
    void clear();

signals:
    void changed();

private:
    void store();

    QStringList m_paths;
};

} // namespace juesuan::ui
