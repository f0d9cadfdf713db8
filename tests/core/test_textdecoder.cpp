#include "core/text/textdecoder.h"
#include "tests/core/catchqtstrings.h"

#include <QFile>
#include <QRandomGenerator>
#include <QString>
#include <catch2/catch.hpp>

using juesuan::text::decodeText;

namespace {

QByteArray fixture(const char *name) {
    QFile file(QStringLiteral(JUESUAN_TEST_DATA_DIR "/encoding/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The reference text, decoded by Qt's own UTF-8 decoder rather than ours.
QString original(const char *name) {
    return QString::fromUtf8(fixture(name));
}

struct EncodedFixture {
    const char *encoded;
    const char *utf8Original;
    const char *expectedEncoding;
};

// tests/data/encoding/README.md says how each file was made from the samples.
const EncodedFixture encodedFixtures[] = {
    {"wuhai-excerpt.utf8.txt", "wuhai-excerpt.utf8.txt", "UTF-8"},
    {"wuhai-excerpt.gb18030.txt", "wuhai-excerpt.utf8.txt", "GB18030"},
    {"wuhai-excerpt.utf16le-bom.txt", "wuhai-excerpt.utf8.txt", "UTF-16LE"},
    {"wuhai-excerpt.utf16be.txt", "wuhai-excerpt.utf8.txt", "UTF-16BE"},
    {"wuhai-excerpt-hant.big5.txt", "wuhai-excerpt-hant.utf8.txt", "Big5"},
    {"ordos-table.gb18030.txt", "ordos-table.utf8.txt", "GB18030"},
    {"ordos-table.utf16le.txt", "ordos-table.utf8.txt", "UTF-16LE"},
    {"wuhai-line.gb18030.txt", "wuhai-line.utf8.txt", "GB18030"},
    {"wuhai-line.utf16be.txt", "wuhai-line.utf8.txt", "UTF-16BE"},
};

} // namespace

TEST_CASE("Every encoding fixture decodes to its UTF-8 original", "[textdecoder]") {
    for (const EncodedFixture &f : encodedFixtures) {
        INFO(f.encoded);
        QString error;
        const auto decoded = decodeText(fixture(f.encoded), {}, &error);
        REQUIRE(decoded);
        CHECK(error.isEmpty());
        CHECK(decoded->encoding == QLatin1String(f.expectedEncoding));
        CHECK(decoded->text == original(f.utf8Original));
    }
}

TEST_CASE("The real sample reports decode as UTF-8", "[textdecoder]") {
    for (const char *name :
         {"ordos-zonggonghui-2023-final.txt", "wuhai-zonggonghui-2024-final.txt"}) {
        QFile file(QStringLiteral(JUESUAN_TEST_DATA_DIR "/samples/") + QLatin1String(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const auto decoded = decodeText(bytes, {}, nullptr);
        REQUIRE(decoded);
        CHECK(decoded->encoding == u"UTF-8");
        CHECK(decoded->text == QString::fromUtf8(bytes));
    }
}

TEST_CASE("A byte order mark decides the encoding and is stripped", "[textdecoder]") {
    const QString expected = original("wuhai-excerpt.utf8.txt");
    SECTION("UTF-8 BOM") {
        const auto decoded =
            decodeText(QByteArray("\xef\xbb\xbf") + fixture("wuhai-excerpt.utf8.txt"), {}, nullptr);
        REQUIRE(decoded);
        CHECK(decoded->encoding == u"UTF-8");
        CHECK(decoded->text == expected);
    }
    SECTION("GB18030 BOM") {
        const auto decoded = decodeText(
            QByteArray("\x84\x31\x95\x33") + fixture("wuhai-excerpt.gb18030.txt"), {}, nullptr);
        REQUIRE(decoded);
        CHECK(decoded->encoding == u"GB18030");
        CHECK(decoded->text == expected);
    }
    SECTION("UTF-16LE BOM") {
        const auto decoded = decodeText(fixture("wuhai-excerpt.utf16le-bom.txt"), {}, nullptr);
        REQUIRE(decoded);
        CHECK_FALSE(decoded->text.startsWith(QChar(0xfeff)));
    }
}

TEST_CASE("Empty input decodes to empty text", "[textdecoder]") {
    const auto decoded = decodeText(QByteArray(), {}, nullptr);
    REQUIRE(decoded);
    CHECK(decoded->text.isEmpty());
}

TEST_CASE("A forced encoding overrides detection", "[textdecoder]") {
    SECTION("the right charset, named by an alias") {
        const auto decoded =
            decodeText(fixture("wuhai-excerpt.gb18030.txt"), QStringLiteral("gb18030"), nullptr);
        REQUIRE(decoded);
        CHECK(decoded->encoding == u"GB18030");
        CHECK(decoded->text == original("wuhai-excerpt.utf8.txt"));
    }
    SECTION("a wrong charset is still obeyed") {
        const QByteArray bytes = fixture("wuhai-line.utf8.txt");
        const auto decoded = decodeText(bytes, QStringLiteral("ISO-8859-1"), nullptr);
        REQUIRE(decoded);
        CHECK(decoded->encoding == u"ISO-8859-1");
        CHECK(decoded->text == QString::fromLatin1(bytes));
    }
    SECTION("BOM-less UTF-16 forced to the other byte order decodes differently") {
        const auto decoded =
            decodeText(fixture("wuhai-line.utf16be.txt"), QStringLiteral("UTF-16LE"), nullptr);
        REQUIRE(decoded);
        CHECK(decoded->text != original("wuhai-line.utf8.txt"));
    }
    SECTION("an unknown name is an error naming it") {
        QString error;
        const auto decoded =
            decodeText(fixture("wuhai-line.utf8.txt"), QStringLiteral("no-such-charset"), &error);
        CHECK_FALSE(decoded);
        CHECK(error.contains(u"unknown encoding"));
        CHECK(error.contains(u"no-such-charset"));
    }
}

TEST_CASE("A few corrupt bytes do not make a GB18030 report unreadable", "[textdecoder]") {
    QByteArray bytes = fixture("wuhai-excerpt.gb18030.txt");
    bytes[bytes.size() / 2] = '\xff'; // 0xFF is never valid in GB18030
    const auto decoded = decodeText(bytes, {}, nullptr);
    REQUIRE(decoded);
    CHECK(decoded->encoding == u"GB18030");
    const QString expected = original("wuhai-excerpt.utf8.txt");
    CHECK(decoded->text.left(100) == expected.left(100));
    CHECK(decoded->text.right(100) == expected.right(100));
    // ICU counts the byte itself, and the half of a pair it may have orphaned.
    CHECK(decoded->replaced >= 1);
    CHECK(decoded->replaced <= 2);
    CHECK(decoded->replaced == decoded->text.count(QChar(QChar::ReplacementCharacter)));
}

TEST_CASE("Damaged is not foreign: a few bad bytes in UTF-8 are replaced and counted",
          "[textdecoder]") {
    const QByteArray report = fixture("wuhai-excerpt.utf8.txt");
    const QString expected = original("wuhai-excerpt.utf8.txt");
    // A line end in the middle of the file: the byte goes in before it.
    const qsizetype cut = report.indexOf('\n', report.size() / 2);
    const qsizetype at = QString::fromUtf8(report.left(cut)).size();
    const QString marked =
        expected.left(at) + QChar(QChar::ReplacementCharacter) + expected.mid(at);
    const struct {
        const char *what;
        QByteArray bytes;
    } cases[] = {
        {"one 0xFF byte", report.left(cut) + '\xff' + report.mid(cut)},
        {"one NUL byte", report.left(cut) + QByteArray(1, '\0') + report.mid(cut)},
        {"a character cut to its first byte", report.left(cut) + '\xe4' + report.mid(cut)},
    };
    for (const auto &c : cases) {
        INFO(c.what);
        QString error;
        const auto decoded = decodeText(c.bytes, {}, &error);
        REQUIRE(decoded);
        CHECK(decoded->encoding == u"UTF-8");
        CHECK(decoded->replaced == 1);
        CHECK(decoded->text == marked);
        const int line = int(expected.left(at).count(u'\n')) + 1;
        // The core's source text; the shipped English says "sequence".
        CHECK(juesuan::text::damageWarning(*decoded) ==
              QStringLiteral("1 damaged byte sequence(s) (not valid UTF-8) shown as �, on line %1")
                  .arg(line));
    }
}

TEST_CASE("A damage warning lists the first five lines, and none for clean text", "[textdecoder]") {
    QByteArray bytes;
    for (int line = 1; line <= 8; ++line)
        bytes += QStringLiteral("第%1行：本年收入合计100万元，本年支出合计90万元，年末结转10万元。")
                     .arg(line)
                     .repeated(2)
                     .toUtf8() +
                 '\xff' + '\n';
    const auto decoded = decodeText(bytes, {}, nullptr);
    REQUIRE(decoded);
    CHECK(decoded->replaced == 8);
    CHECK(juesuan::text::damageWarning(*decoded) ==
          u"8 damaged byte sequence(s) (not valid UTF-8) shown as �, on lines 1, 2, 3, 4, 5, …");
    const auto clean = decodeText(fixture("wuhai-excerpt.utf8.txt"), {}, nullptr);
    REQUIRE(clean);
    CHECK(clean->replaced == 0);
    CHECK(juesuan::text::damageWarning(*clean).isEmpty());
}

TEST_CASE("GB18030 is not taken for damaged UTF-8, however few its Chinese characters",
          "[textdecoder]") {
    // Mostly ASCII digits and tabs, as a table is: the few GB18030 pairs
    // are invalid UTF-8, and no valid multi-byte UTF-8 stands beside them.
    const QString table =
        QStringLiteral("项目\t2024\n") + QStringLiteral("1\t100.00\t200.00\t300.00\n").repeated(40);
    QByteArray gb = table.toLocal8Bit();
    gb = QByteArray("\xcf\xee\xc4\xbf") + gb.mid(gb.indexOf('\t')); // 项目 in GB18030
    const auto decoded = decodeText(gb, {}, nullptr);
    REQUIRE(decoded);
    CHECK(decoded->encoding == u"GB18030");
    CHECK(decoded->text == table);
    CHECK(decoded->replaced == 0);
}

TEST_CASE("Tabs, form feeds and CRLF line ends are text", "[textdecoder]") {
    const QByteArray bytes = "项目名称\t金额\r\n基本支出\t102.26\r\n\f第二页\r\n";
    const auto decoded = decodeText(bytes, {}, nullptr);
    REQUIRE(decoded);
    CHECK(decoded->text == QString::fromUtf8(bytes));
}

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed) {
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

// An executable-like blob: a header, NUL padding, then short ASCII strings
// (valid UTF-8 with NULs, and not UTF-16 either way round).
QByteArray executableLike() {
    QByteArray bytes("\x7f"
                     "ELF\x02\x01\x01",
                     7);
    bytes += QByteArray(57, '\0');
    static const char symbols[] = "GLIBC_2.34\0_ZN7QString\0\0\0";
    for (int i = 0; i < 200; ++i)
        bytes += QByteArray(symbols, sizeof symbols);
    return bytes;
}

} // namespace

TEST_CASE("Binary data is refused with a reason", "[textdecoder]") {
    const struct {
        const char *what;
        QByteArray bytes;
    } cases[] = {
        {"random bytes", randomBytes(64 * 1024, 1)},
        {"a few random bytes", randomBytes(64, 2)},
        {"NUL bytes", QByteArray(4096, '\0')},
        {"executable-like", executableLike()},
        {"control characters", QByteArray(2048, '\x01') + "收入总计"},
    };
    for (const auto &c : cases) {
        INFO(c.what);
        QString error;
        const auto decoded = decodeText(c.bytes, {}, &error);
        CHECK_FALSE(decoded);
        CHECK(error.contains(u"binary"));
    }
}

TEST_CASE("Binary data is refused even under a forced encoding", "[textdecoder]") {
    QString error;
    CHECK_FALSE(decodeText(randomBytes(4096, 3), QStringLiteral("GB18030"), &error));
    CHECK(error.contains(u"binary"));
}

TEST_CASE("A charset the document declares decides after the BOM and valid UTF-8",
          "[textdecoder]") {
    using juesuan::text::decodeDeclaredText;
    QString error;
    // GB18030 bytes labelled as web pages label them.
    for (const char *label : {"gb2312", "GBK", " x-gbk ", "gb18030"}) {
        INFO(label);
        const auto decoded =
            decodeDeclaredText(fixture("wuhai-line.gb18030.txt"), QLatin1String(label), &error);
        REQUIRE(decoded);
        CHECK(decoded->encoding == u"GB18030");
        CHECK(decoded->text == original("wuhai-line.utf8.txt"));
    }
    // Valid UTF-8 stays UTF-8 whatever the page declares.
    const auto utf8 =
        decodeDeclaredText(fixture("wuhai-line.utf8.txt"), QStringLiteral("gb2312"), &error);
    REQUIRE(utf8);
    CHECK(utf8->encoding == u"UTF-8");
    // A Western or unknown label on Chinese bytes is ignored: detection decides.
    for (const char *label : {"iso-8859-1", "windows-1252", "no-such-charset"}) {
        INFO(label);
        const auto decoded =
            decodeDeclaredText(fixture("wuhai-excerpt.gb18030.txt"), QLatin1String(label), &error);
        REQUIRE(decoded);
        CHECK(decoded->encoding == u"GB18030");
        CHECK(decoded->text == original("wuhai-excerpt.utf8.txt"));
    }
    // Big5 declared: read as Big5.
    const auto big5 =
        decodeDeclaredText(fixture("wuhai-excerpt-hant.big5.txt"), QStringLiteral("big5"), &error);
    REQUIRE(big5);
    CHECK(big5->encoding == u"Big5");
    CHECK(big5->text == original("wuhai-excerpt-hant.utf8.txt"));
}
