#include "core/ingest/nativefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace juesuan::ingest {
namespace {

constexpr char16_t escapeBase = 0xdc00;

bool isResourcePath(const QString &path) {
    return path.startsWith(u':') || path.startsWith(u"qrc:");
}

// The length of the valid UTF-8 sequence at `p` (at most `left` bytes), or 0.
qsizetype utf8SequenceLength(const unsigned char *p, qsizetype left) {
    const unsigned char lead = p[0];
    qsizetype length = 0;
    char32_t minimum = 0;
    char32_t code = 0;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2, minimum = 0x80, code = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3, minimum = 0x800, code = lead & 0x0f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4, minimum = 0x10000, code = lead & 0x07;
    } else {
        return 0;
    }
    if (length > left)
        return 0;
    for (qsizetype i = 1; i < length; ++i) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        code = (code << 6) | (p[i] & 0x3f);
    }
    const bool surrogate = code >= 0xd800 && code <= 0xdfff;
    return code < minimum || code > 0x10ffff || surrogate ? 0 : length;
}

bool isEscape(char16_t c) {
    return c >= escapeBase + 0x80 && c <= escapeBase + 0xff;
}

struct DirCloser {
    void operator()(DIR *dir) const { closedir(dir); }
};

void collectFiles(const QString &folder, bool recursive, QStringList *files) {
    const std::unique_ptr<DIR, DirCloser> dir(opendir(nativePath(folder).constData()));
    if (!dir)
        return;
    const QString prefix = folder.endsWith(u'/') ? folder : folder + u'/';
    while (const dirent *entry = readdir(dir.get())) {
        if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0)
            continue;
        const QString path = prefix + pathFromNative(entry->d_name);
        struct stat link;
        if (lstat(nativePath(path).constData(), &link) != 0)
            continue;
        if (S_ISDIR(link.st_mode)) {
            if (recursive)
                collectFiles(path, recursive, files);
            continue;
        }
        // A link counts as what it points to: a file is listed, a folder not.
        if (S_ISLNK(link.st_mode) && fileStatus(path).isFolder)
            continue;
        files->append(path);
    }
}

} // namespace

QString pathFromNative(QByteArrayView bytes) {
    if (bytes.isValidUtf8())
        return QString::fromUtf8(bytes);
    QString path;
    path.reserve(bytes.size());
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    for (qsizetype i = 0; i < bytes.size();) {
        const qsizetype length = utf8SequenceLength(p + i, bytes.size() - i);
        if (length == 0) {
            path.append(QChar(char16_t(escapeBase + p[i])));
            ++i;
        } else {
            path.append(QString::fromUtf8(bytes.sliced(i, length)));
            i += length;
        }
    }
    return path;
}

QByteArray nativePath(const QString &path) {
    if (std::none_of(path.begin(), path.end(), [](QChar c) { return isEscape(c.unicode()); }))
        return path.toUtf8();
    QByteArray bytes;
    qsizetype from = 0;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (!isEscape(path[i].unicode()))
            continue;
        bytes += QStringView(path).sliced(from, i - from).toUtf8();
        bytes += char(path[i].unicode() - escapeBase);
        from = i + 1;
    }
    bytes += QStringView(path).sliced(from).toUtf8();
    return bytes;
}

FileStatus fileStatus(const QString &path) {
    if (isResourcePath(path)) {
        const QFileInfo info(path);
        return {info.exists(), info.isDir(), info.size()};
    }
    struct stat status;
    if (stat(nativePath(path).constData(), &status) != 0)
        return {};
    return {true, S_ISDIR(status.st_mode), qint64(status.st_size)};
}

QStringList filesInFolder(const QString &folder, bool recursive) {
    QStringList files;
    if (isResourcePath(folder)) {
        const QDir dir(folder);
        for (const QFileInfo &info :
             dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (!info.isDir())
                files.append(info.filePath());
            else if (recursive)
                files.append(filesInFolder(info.filePath(), true));
        }
    } else {
        collectFiles(folder, recursive, &files);
    }
    files.sort();
    return files;
}

bool readWholeFile(const QString &path, QByteArray *bytes, QString *error) {
    QFile file;
    if (isResourcePath(path)) {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return false;
        }
    } else {
        const int descriptor = ::open(nativePath(path).constData(), O_RDONLY | O_CLOEXEC);
        if (descriptor < 0 ||
            !file.open(descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
            if (descriptor >= 0)
                ::close(descriptor);
            return false;
        }
    }
    *bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace juesuan::ingest
