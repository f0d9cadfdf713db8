// File names that are not UTF-8 (GBK names from a Windows zip) survive as
// QStrings, turn back into their bytes, are listed in folder scans and read.
#include "core/analysis/reportfiles.h"
#include "core/ingest/nativefiles.h"
#include "core/ingest/reader.h"
#include "tests/core/catchqtstrings.h"
#include "tests/core/testdata.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <fcntl.h>
#include <unistd.h>

using namespace juesuan;

namespace {

// 决算 in GBK: not valid UTF-8.
const QByteArray gbkName("\xbe\xf6\xcb\xe3", 4);

void writeNative(const QByteArray &path, const QByteArray &bytes) {
    const int descriptor = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    REQUIRE(descriptor >= 0);
    REQUIRE(::write(descriptor, bytes.constData(), size_t(bytes.size())) == bytes.size());
    ::close(descriptor);
}

} // namespace

TEST_CASE("Names turn into QStrings and back into the same bytes", "[nativefiles]") {
    SECTION("valid UTF-8 is decoded as UTF-8") {
        const QString name = QStringLiteral("普陀区财政局 2024.pdf");
        CHECK(ingest::pathFromNative(name.toUtf8()) == name);
        CHECK(ingest::nativePath(name) == name.toUtf8());
    }
    SECTION("each byte outside valid UTF-8 stands alone") {
        const QByteArray bytes = "a-" + gbkName + "-决算.txt";
        const QString name = ingest::pathFromNative(bytes);
        CHECK(name.size() == 2 + 4 + 1 + 2 + 4);
        const char16_t escaped[] = {0xdcbe, 0xdcf6, 0xdccb, 0xdce3};
        CHECK(name.mid(2, 4) == QStringView(escaped, 4));
        CHECK(name.endsWith(u"-决算.txt"));
        CHECK(ingest::nativePath(name) == bytes);
    }
    SECTION("any bytes at all make the round trip") {
        QRandomGenerator generator(11);
        for (int i = 0; i < 2000; ++i) {
            QByteArray bytes(int(generator.bounded(1, 24)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(generator.bounded(1, 256)); // a name holds no NUL
            INFO(bytes.toHex().toStdString());
            REQUIRE(ingest::nativePath(ingest::pathFromNative(bytes)) == bytes);
        }
    }
}

TEST_CASE("A report whose name is not UTF-8 is listed, read and named", "[nativefiles]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray folder = QFile::encodeName(dir.path());
    const QByteArray report =
        readTestData(QStringLiteral("samples/wuhai-zonggonghui-2024-final.txt"));
    const QByteArray nativeName = folder + "/sub/" + gbkName + ".txt";
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    writeNative(nativeName, report);

    const QList<analysis::ReportFile> files = analysis::reportFiles({dir.path()});
    REQUIRE(files.size() == 1);
    CHECK(ingest::nativePath(files.first().path) == nativeName);
    CHECK(files.first().name == QStringLiteral("sub/") + ingest::pathFromNative(gbkName) + u".txt");

    const ingest::FileStatus status = ingest::fileStatus(files.first().path);
    CHECK(status.exists);
    CHECK(status.size == report.size());
    const ingest::ReadResult read = ingest::readSource(files.first().path);
    REQUIRE(read.ok());
    CHECK(read.document->text == QString::fromUtf8(report));

    ::unlink(nativeName.constData()); // QTemporaryDir cannot see it to remove it
}
