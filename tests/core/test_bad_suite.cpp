// The malformed-file suite (tests/data/bad) through the command line, in one
// batch with the sample reports: each file gives what EXPECTED.tsv says (a
// one-line reason, or a report with the warning that names its damage), the
// batch stays within time and memory, nothing is written beside the inputs,
// and the samples come out exactly as they do on their own.
#include "core/ingest/nativefiles.h"
#include "tests/core/badsuite.h"
#include "tests/core/catchqtstrings.h"
#include "tests/core/juesuanprocess.h"
#include "tests/core/testdata.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace juesuan;

namespace {

// Under the sanitizers everything runs several times slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 slowdown = 5;
#else
constexpr qint64 slowdown = 1;
#endif
// The whole batch takes about 2 s; a file that hangs until the readers' own
// time limit (2 minutes) would pass this …
constexpr qint64 batchMilliseconds = 120'000 * slowdown;
// … and running out of memory is more than this, for the whole process.
constexpr long maxResidentKilobytes = 2L * 1024 * 1024;

const QStringList samples{
    testDataPath(QStringLiteral("samples/ordos-zonggonghui-2023-final.txt")),
    testDataPath(QStringLiteral("samples/shanghai-putuo-caizhengju-2024-final.pdf")),
    testDataPath(QStringLiteral("samples/wuhai-zonggonghui-2024-final.txt")),
};

// Every file of a folder with its size and modification time, to the nanosecond.
QMap<QString, QString> snapshot(const QString &folder) {
    QMap<QString, QString> files;
    for (const QString &path : ingest::filesInFolder(folder, true)) {
        struct stat status;
        REQUIRE(stat(ingest::nativePath(path).constData(), &status) == 0);
        files.insert(path, QStringLiteral("%1 %2.%3")
                               .arg(status.st_size)
                               .arg(status.st_mtim.tv_sec)
                               .arg(status.st_mtim.tv_nsec));
    }
    return files;
}

// The JSON Lines of `juesuan check`, by file name (an error line names its
// "file", a report its "source").
QMap<QString, QJsonObject> linesByName(const QString &out) {
    QMap<QString, QJsonObject> lines;
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
        REQUIRE_FALSE(object.isEmpty());
        const QString path = object.contains(u"error") ? object.value(u"file").toString()
                                                       : object.value(u"source").toString();
        lines.insert(QFileInfo(path).fileName(), object);
    }
    return lines;
}

QStringList warningsOf(const QJsonObject &line) {
    QStringList warnings;
    for (const QJsonValue &warning : line.value(u"warnings").toArray())
        warnings.append(warning.toString());
    return warnings;
}

} // namespace

TEST_CASE("Malformed files: each gets its reason or its warning, and the batch goes on",
          "[badinput][badsuite]") {
    const badsuite::Folder dir;
    const QList<badsuite::Expectation> expected = badsuite::expectations();

    // The suite and its expectations name the same files.
    QStringList names, expectedNames;
    for (const QString &path : ingest::filesInFolder(dir.path(), false))
        names.append(QFileInfo(path).fileName());
    for (const badsuite::Expectation &expectation : expected)
        expectedNames.append(expectation.file);
    expectedNames.sort();
    REQUIRE(names == expectedNames);

    const QMap<QString, QString> before = snapshot(dir.path());
    QElapsedTimer timer;
    timer.start();
    const clitest::Run run =
        clitest::juesuan(QStringList{QStringLiteral("check"), QStringLiteral("--jsonl"),
                                     QStringLiteral("--lang"), QStringLiteral("en"), dir.path()} +
                         samples);
    const qint64 elapsed = timer.elapsed();
    rusage usage{};
    REQUIRE(getrusage(RUSAGE_CHILDREN, &usage) == 0);

    CHECK(run.exitCode == 2); // files that could not be read
    CHECK(elapsed < batchMilliseconds);
    CHECK(usage.ru_maxrss < maxResidentKilobytes);
    CHECK(snapshot(dir.path()) == before);

    const QMap<QString, QJsonObject> lines = linesByName(run.out);
    CHECK(lines.size() == expected.size() + samples.size());
    for (const badsuite::Expectation &expectation : expected) {
        INFO(expectation.file.toStdString());
        REQUIRE(lines.contains(expectation.file));
        const QJsonObject line = lines.value(expectation.file);
        if (!expectation.read) {
            const QString error = line.value(u"error").toString();
            INFO(error.toStdString());
            CHECK(error.contains(expectation.message));
            CHECK_FALSE(error.contains(u'\n'));
            CHECK(run.err.contains(expectation.message)); // said on stderr too
            continue;
        }
        REQUIRE_FALSE(line.contains(u"error"));
        const QStringList warnings = warningsOf(line);
        INFO(warnings.join(u'|').toStdString());
        if (expectation.message.isEmpty())
            CHECK(warnings.isEmpty());
        else
            CHECK(std::any_of(warnings.cbegin(), warnings.cend(), [&](const QString &warning) {
                return warning.contains(expectation.message);
            }));
        CHECK(line.value(u"unit").toString() == expectation.unit);
    }

    // The samples' lines are what each gives on its own.
    for (const QString &sample : samples) {
        INFO(sample.toStdString());
        const clitest::Run alone =
            clitest::juesuan({QStringLiteral("check"), QStringLiteral("--jsonl"),
                              QStringLiteral("--lang"), QStringLiteral("en"), sample});
        const QMap<QString, QJsonObject> own = linesByName(alone.out);
        const QString name = QFileInfo(sample).fileName();
        REQUIRE(own.contains(name));
        CHECK(lines.value(name) == own.value(name));
    }
}
