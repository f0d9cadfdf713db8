#include "catchqtstrings.h"
#include "ingest/reader.h"

#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

// Writes `bytes` to `name` inside `dir` and returns the path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QByteArray sampleBytes(const char *name) {
    QFile file(QStringLiteral(JUESUAN_TEST_DATA_DIR "/samples/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray randomBytes(qsizetype size, quint32 seed) {
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

} // namespace

TEST_CASE("Unreadable inputs are refused with a one-line reason", "[badinput]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const struct {
        const char *what;
        QString path;
        const char16_t *reasonContains;
    } cases[] = {
        {"empty file", writeFile(dir, QStringLiteral("empty.txt"), {}), u"empty"},
        {"random bytes", writeFile(dir, QStringLiteral("random.txt"), randomBytes(256 * 1024, 7)),
         u"binary"},
        {"PNG named .txt",
         writeFile(dir, QStringLiteral("image.txt"),
                   QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + randomBytes(4096, 8)),
         u"binary"},
        {"NUL bytes", writeFile(dir, QStringLiteral("zeros.txt"), QByteArray(10000, '\0')),
         u"binary"},
        {"missing file", dir.filePath(QStringLiteral("no-such-file.txt")), u"not found"},
        {"a folder", dir.path(), u"folder"},
    };
    for (const auto &c : cases) {
        INFO(c.what);
        const ingest::ReadResult result = ingest::readSource(c.path);
        CHECK_FALSE(result.ok());
        CHECK(result.error.contains(QStringView(c.reasonContains)));
        CHECK_FALSE(result.error.contains(u'\n'));
    }
}

TEST_CASE("A file over the size limit is refused without being read", "[badinput]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ingest::ReadOptions options;
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        // Sparse on most file systems: no 64 MB actually written.
        REQUIRE(file.resize(options.maxFileBytes + 1));
    }
    const ingest::ReadResult result = ingest::readSource(path, options);
    CHECK_FALSE(result.ok());
    CHECK(result.error.contains(u"too large"));

    SECTION("the limit is an option") {
        const QString small = writeFile(dir, QStringLiteral("sample.txt"),
                                        sampleBytes("wuhai-zonggonghui-2024-final.txt"));
        ingest::ReadOptions tight;
        tight.maxFileBytes = 1024;
        CHECK_FALSE(ingest::readSource(small, tight).ok());
        CHECK(ingest::readSource(small).ok());
    }
}

TEST_CASE("An unknown forced encoding is refused with its name", "[badinput]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("report.txt"),
                                   sampleBytes("wuhai-zonggonghui-2024-final.txt"));
    ingest::ReadOptions options;
    options.encoding = QStringLiteral("klingon-8");
    const ingest::ReadResult result = ingest::readSource(path, options);
    CHECK_FALSE(result.ok());
    CHECK(result.error.contains(u"klingon-8"));
}

TEST_CASE("Damaged but textual files are still read", "[badinput]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray report = sampleBytes("wuhai-zonggonghui-2024-final.txt");
    const struct {
        const char *what;
        QByteArray bytes;
    } cases[] = {
        // Cut in the middle of a three-byte character.
        {"truncated UTF-8", report.left(report.indexOf("乌海市") + 4)},
        // A report whose last line lost its line end and gained a stray NUL.
        {"a stray NUL", report + QByteArray("\0", 1)},
        {"only line breaks", QByteArray(1000, '\n')},
        {"one character", QByteArray("一")},
    };
    for (const auto &c : cases) {
        INFO(c.what);
        const QString path = writeFile(dir, QStringLiteral("damaged.txt"), c.bytes);
        const ingest::ReadResult result = ingest::readSource(path);
        CHECK(result.ok());
        CHECK(result.error.isEmpty());
    }
}
