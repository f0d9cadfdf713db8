#include "core/ingest/ziparchive.h"

#include <QCoreApplication>
#include <zip.h>

namespace juesuan::ingest {

struct ZipArchive::Handle {
    zip_t *archive = nullptr;
    ZipLimits limits;
    qint64 inflatedSoFar = 0;
    ~Handle() {
        if (archive)
            zip_discard(archive);
    }
};

ZipArchive::ZipArchive(std::unique_ptr<Handle> handle)
    : m_handle(std::move(handle)) {}
ZipArchive::~ZipArchive() = default;
ZipArchive::ZipArchive(ZipArchive &&) noexcept = default;
ZipArchive &ZipArchive::operator=(ZipArchive &&) noexcept = default;

std::optional<ZipArchive> ZipArchive::open(const QByteArray &bytes, const ZipLimits &limits,
                                           QString *error) {
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *source =
        zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &zipError);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY, &zipError) : nullptr;
    if (!archive) {
        if (source)
            zip_source_free(source);
        *error = QCoreApplication::translate("Zip", "damaged zip archive (%1)")
                     .arg(QString::fromUtf8(zip_error_strerror(&zipError)));
        zip_error_fini(&zipError);
        return std::nullopt;
    }
    zip_error_fini(&zipError);
    auto handle = std::make_unique<Handle>();
    handle->archive = archive;
    handle->limits = limits;

    const zip_int64_t count = zip_get_num_entries(archive, 0);
    if (count > limits.maxEntries) {
        *error = QCoreApplication::translate("Zip", "zip archive has %1 entries (the limit is %2)")
                     .arg(count)
                     .arg(limits.maxEntries);
        return std::nullopt;
    }
    ZipArchive result(std::move(handle));
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *name = zip_get_name(archive, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        result.m_names.append(name ? QString::fromUtf8(name) : QString());
    }
    return result;
}

std::optional<QByteArray> ZipArchive::read(const QString &name, QString *error) {
    zip_t *archive = m_handle->archive;
    const ZipLimits &limits = m_handle->limits;
    const zip_int64_t index = zip_name_locate(archive, name.toUtf8().constData(), 0);
    if (index < 0) {
        *error = QCoreApplication::translate("Zip", "zip entry %1 is missing").arg(name);
        return std::nullopt;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive, zip_uint64_t(index), 0, &stat) != 0) {
        *error = QCoreApplication::translate("Zip", "zip entry %1 is damaged").arg(name);
        return std::nullopt;
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
        *error = QCoreApplication::translate("Zip", "zip entry %1 is encrypted").arg(name);
        return std::nullopt;
    }
    // What this entry may still inflate to: its own limit, and what is left of the archive's.
    const qint64 budget =
        std::min(limits.maxEntryBytes, limits.maxTotalBytes - m_handle->inflatedSoFar);
    const auto tooLarge = [&] {
        *error = QCoreApplication::translate(
                     "Zip", "zip entry %1 expands past %2 MB: refused as a possible zip bomb")
                     .arg(name)
                     .arg(budget / (1024 * 1024));
        return std::nullopt;
    };
    if ((stat.valid & ZIP_STAT_SIZE) && qint64(stat.size) > budget)
        return tooLarge();

    zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(index), 0);
    if (!file) {
        *error = QCoreApplication::translate("Zip", "zip entry %1 cannot be opened (%2)")
                     .arg(name, QString::fromUtf8(zip_strerror(archive)));
        return std::nullopt;
    }
    // Read in chunks and stop past the budget: the declared size may lie.
    QByteArray data;
    if (stat.valid & ZIP_STAT_SIZE)
        data.reserve(qsizetype(stat.size));
    constexpr qsizetype chunk = 256 * 1024;
    for (;;) {
        const qsizetype old = data.size();
        data.resize(old + chunk);
        const zip_int64_t got = zip_fread(file, data.data() + old, zip_uint64_t(chunk));
        if (got < 0) {
            *error = QCoreApplication::translate("Zip", "zip entry %1 is damaged (%2)")
                         .arg(name, QString::fromUtf8(zip_file_strerror(file)));
            zip_fclose(file);
            return std::nullopt;
        }
        data.resize(old + qsizetype(got));
        if (data.size() > budget) {
            zip_fclose(file);
            return tooLarge();
        }
        if (got == 0)
            break;
    }
    zip_fclose(file);
    m_handle->inflatedSoFar += data.size();
    return data;
}

std::optional<QByteArray> ZipArchive::readIfPresent(const QString &name, QString *error) {
    if (!contains(name))
        return QByteArray();
    return read(name, error);
}

} // namespace juesuan::ingest
