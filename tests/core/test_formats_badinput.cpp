// Damaged and hostile files in every format: a clear reason each, never a
// crash and never a hang.

#include "core/ingest/reader.h"
#include "tests/core/catchqtstrings.h"
#include "tests/core/test_docx_fixtures.h"
#include "tests/core/testdata.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

QString refusal(const QString &path, const ingest::ReadOptions &options = {}) {
    const ingest::ReadResult result = ingest::readSource(path, options);
    REQUIRE_FALSE(result.ok());
    REQUIRE_FALSE(result.error.isEmpty());
    CHECK_FALSE(result.error.contains(u'\n')); // one line
    return result.error;
}

const char *billionLaughs() {
    return R"(<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>)";
}

} // namespace

TEST_CASE("PDF: encrypted, truncated, damaged and image-only files are refused",
          "[badinput][pdf]") {
    QTemporaryDir dir;
    CHECK(refusal(testDataPath(QStringLiteral("formats/encrypted.pdf")))
              .contains(QStringLiteral("encrypted PDF")));

    const QByteArray sample =
        readTestData(QStringLiteral("samples/shanghai-putuo-caizhengju-2024-final.pdf"));
    REQUIRE(sample.size() > 100000);
    for (qsizetype size : {qsizetype(16), sample.size() / 2, sample.size() - 100}) {
        const QString path = writeFile(dir, QStringLiteral("cut.pdf"), sample.left(size));
        CHECK(refusal(path).contains(QStringLiteral("truncated PDF")));
    }

    const QString damaged = writeFile(dir, QStringLiteral("damaged.pdf"),
                                      "%PDF-1.7\n" + QByteArray(4000, 'x') + "\n%%EOF\n");
    CHECK(refusal(damaged).contains(QStringLiteral("damaged PDF")));

    const QString scan = writeFile(dir, QStringLiteral("scan.pdf"), fixtures::imageOnlyPdf());
    CHECK(refusal(scan).contains(QStringLiteral("no text layer")));

    // Named .pdf without being one: refused as a PDF, not decoded as text.
    const QString text =
        writeFile(dir, QStringLiteral("report.pdf"), QStringLiteral("收入总计199.32万元").toUtf8());
    CHECK(refusal(text).contains(QStringLiteral("not a PDF file")));
}

TEST_CASE("DOCX and XLSX: not a zip, damaged zip, foreign zip, empty document",
          "[badinput][docx]") {
    QTemporaryDir dir;
    CHECK(refusal(writeFile(dir, QStringLiteral("a.docx"), QByteArray("this is no zip at all")))
              .contains(QStringLiteral("not a DOCX file")));
    CHECK(refusal(writeFile(dir, QStringLiteral("b.xlsx"), QByteArray(3000, '\0')))
              .contains(QStringLiteral("not a XLSX file")));
    CHECK(refusal(writeFile(dir, QStringLiteral("c.docx"), "PK\x03\x04" + QByteArray(200, 'z')))
              .contains(QStringLiteral("damaged zip")));
    CHECK(refusal(fixtures::writeZip(dir, QStringLiteral("d.docx"),
                                     {{QStringLiteral("notes.txt"), "hello"}}))
              .contains(QStringLiteral("neither a DOCX nor an XLSX")));
    const QByteArray empty = R"(<?xml version="1.0"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>)";
    CHECK(refusal(fixtures::writeZip(dir, QStringLiteral("e.docx"),
                                     {{QStringLiteral("word/document.xml"), empty}}))
              .contains(QStringLiteral("no text")));
    const QByteArray broken = "<w:document><w:body><w:p><w:r><w:t>未闭合";
    CHECK(refusal(fixtures::writeZip(dir, QStringLiteral("f.docx"),
                                     {{QStringLiteral("word/document.xml"), broken}}))
              .contains(QStringLiteral("damaged XML")));
}

TEST_CASE("Zip bombs are refused before they are inflated", "[badinput][docx]") {
    QTemporaryDir dir;
    // 80 MB of one byte deflates to about 80 KB: past the 64 MB entry limit.
    const QByteArray huge(80 * 1024 * 1024, ' ');
    const QString bomb = fixtures::writeZip(dir, QStringLiteral("bomb.docx"),
                                            {{QStringLiteral("word/document.xml"), huge}});
    REQUIRE(QFileInfo(bomb).size() < 1024 * 1024);
    CHECK(refusal(bomb).contains(QStringLiteral("zip bomb")));

    // Many parts together passing the archive's limit are refused as well.
    ingest::ReadOptions small;
    small.zipLimits.maxEntryBytes = 4 * 1024 * 1024;
    small.zipLimits.maxTotalBytes = 6 * 1024 * 1024;
    const QByteArray part(3 * 1024 * 1024, ' ');
    const QString parts = fixtures::writeZip(dir, QStringLiteral("parts.docx"),
                                             {{QStringLiteral("word/document.xml"), part},
                                              {QStringLiteral("word/numbering.xml"), part},
                                              {QStringLiteral("word/styles.xml"), part}});
    CHECK(refusal(parts, small).contains(QStringLiteral("zip bomb")));
}

TEST_CASE("XML with a DTD or entities is refused in every part", "[badinput][docx][xlsx]") {
    QTemporaryDir dir;
    CHECK(refusal(fixtures::writeDocx(dir, QStringLiteral("laughs.docx"), billionLaughs()))
              .contains(QStringLiteral("DTD")));
    const QByteArray external = R"(<?xml version="1.0"?>
<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>)";
    const QByteArray workbook = R"(<?xml version="1.0"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>)";
    const QString xlsx = fixtures::writeZip(dir, QStringLiteral("xxe.xlsx"),
                                            {{QStringLiteral("xl/workbook.xml"), workbook},
                                             {QStringLiteral("xl/sharedStrings.xml"), external}});
    const QString reason = refusal(xlsx);
    CHECK(reason.contains(QStringLiteral("xl/sharedStrings.xml")));
    CHECK(reason.contains(QStringLiteral("DTD")));
}

TEST_CASE("XLS: an OLE file that is no workbook", "[badinput][xls]") {
    QTemporaryDir dir;
    const QByteArray ole =
        QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(1024, '\0');
    CHECK(refusal(writeFile(dir, QStringLiteral("x.xls"), ole))
              .contains(QStringLiteral("not a readable Excel")));
    CHECK(refusal(writeFile(dir, QStringLiteral("x.doc"), ole)).contains(QStringLiteral(".doc")));
}
