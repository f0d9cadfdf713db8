#include "core/extract/extractor.h"
#include "core/ingest/reader.h"
#include "tests/core/catchqtstrings.h"

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
    };
    for (const auto &c : cases) {
        INFO(c.what);
        const ingest::ReadResult result = ingest::readSource(c.path);
        CHECK_FALSE(result.ok());
        INFO(result.error.toStdString());
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

namespace {

// Reads and extracts; the invariant for any input that reads: a report with
// figures, or an empty one that says why in a warning.
model::Report readAndExtract(const QString &path) {
    const ingest::ReadResult read = ingest::readSource(path);
    REQUIRE(read.ok());
    model::Report report = extract::extractReport(*read.document);
    CHECK(report.text == read.document->text);
    if (report.figures.isEmpty())
        CHECK_FALSE(report.warnings.isEmpty());
    return report;
}

} // namespace

TEST_CASE("Texts that are not reports give an empty report with a warning", "[badinput]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const struct {
        const char *what;
        QByteArray text;
    } cases[] = {
        {"a poem", "静夜思\n李白\n\n床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n"},
        {"an English README",
         "# Build\n\nRun `make` and then `make install`.\n\n## Changes in 2.3.1 (2024-05-01)\n\n"
         "- 12 files changed, 340 insertions, 25 deletions.\n- Fixed a crash (50% of runs).\n"},
        {"a list of numbers", "1\n2.5\n3,000\n-4\n100%\n"},
        {"one word", "决算"},
    };
    for (const auto &c : cases) {
        INFO(c.what);
        const model::Report report =
            readAndExtract(writeFile(dir, QStringLiteral("not-a-report.txt"), c.text));
        CHECK(report.figures.isEmpty());
        CHECK_FALSE(report.warnings.isEmpty());
    }
}

TEST_CASE("Pathological texts are extracted without crashing", "[badinput]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const struct {
        const char *what;
        QByteArray text;
    } cases[] = {
        {"headings only", QByteArray("一、").repeated(20000)},
        {"nested headings", QByteArray("第一部分\n一、\n（一）\n1.\n").repeated(5000)},
        {"a number too large for any amount",
         "收入总计 99999999999999999999999999.99 万元，增长 99999999999999999999%。"},
        {"a very long line of digits", QByteArray(1000000, '9')},
        {"a very long line of separators", QByteArray("1,").repeated(200000)},
        {"unbalanced brackets", QByteArray("（（（收入总计（").repeated(10000)},
        {"a table row of empty cells", QByteArray("\t").repeated(100000)},
        {"clauses without figures",
         QByteArray("与上年决算相比，增加万元，增长%，主要原因：。").repeated(2000)},
        {"a section number past any table", "九千九百九十九、收入决算情况说明\n收入 1 万元。"},
    };
    for (const auto &c : cases) {
        INFO(c.what);
        readAndExtract(writeFile(dir, QStringLiteral("pathological.txt"), c.text));
    }
}

TEST_CASE("A 50 MB report-like file is read and extracted", "[badinput][large]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray report = sampleBytes("wuhai-zonggonghui-2024-final.txt");
    constexpr qsizetype targetBytes = 50 * 1024 * 1024;
    const QByteArray big = report.repeated(targetBytes / report.size() + 1);
    REQUIRE(big.size() >= targetBytes);
    const ingest::ReadOptions options;
    REQUIRE(big.size() < options.maxFileBytes);

    const model::Report extracted = readAndExtract(writeFile(dir, QStringLiteral("big.txt"), big));
    CHECK(extracted.text.size() == QString::fromUtf8(big).size());
    CHECK_FALSE(extracted.figures.isEmpty());
    CHECK_FALSE(extracted.sections.isEmpty());
}
