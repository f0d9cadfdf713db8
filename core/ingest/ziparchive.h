#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace juesuan::ingest {

// Bounds that keep a hostile archive (a "zip bomb") from exhausting memory:
// entries are refused when their declared size passes the limit, and reading
// stops as soon as the bytes actually inflated pass it, whatever the header says.
struct ZipLimits {
    qint64 maxEntryBytes = 64 * 1024 * 1024;
    qint64 maxTotalBytes = 256 * 1024 * 1024;
    qint64 maxEntries = 20000;
};

// A read-only zip archive in memory (libzip). Entry names are as stored,
// with '/' separators. Errors are plain sentences for the user.
class ZipArchive {
public:
    ~ZipArchive();
    ZipArchive(ZipArchive &&) noexcept;
    ZipArchive &operator=(ZipArchive &&) noexcept;

    // `bytes` must outlive the archive.
    static std::optional<ZipArchive> open(const QByteArray &bytes, const ZipLimits &limits,
                                          QString *error);

    const QStringList &entryNames() const { return m_names; }
    bool contains(const QString &name) const { return m_names.contains(name); }
    // The inflated entry, or nullopt with `error` set (missing, encrypted,
    // damaged, or past the limits).
    std::optional<QByteArray> read(const QString &name, QString *error);
    // The same for an optional part: empty when the archive lacks it.
    std::optional<QByteArray> readIfPresent(const QString &name, QString *error);

private:
    struct Handle;
    explicit ZipArchive(std::unique_ptr<Handle> handle);
    std::unique_ptr<Handle> m_handle;
    QStringList m_names;
};

} // namespace juesuan::ingest
