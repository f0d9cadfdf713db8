// `juesuan survey` as a user runs it over a folder: every report file found
// at any depth, in sorted order, one row each with what the report really
// holds; a damaged file is a row with its reason and exit code 2; the
// totals add up; the table is aligned for Chinese text.
#include "tests/core/juesuanprocess.h"
#include "tests/core/testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <random>

namespace {

using clitest::juesuan;
using clitest::Run;

const QString wuhaiName = QStringLiteral("wuhai-zonggonghui-2024-final.txt");
const QString shanghaiName = QStringLiteral("shanghai-putuo-caizhengju-2024-final.pdf");

// A folder as users keep them: a report at the top, one in a subfolder, a
// damaged "PDF" (random bytes) two levels down, and a note that is no report.
struct SurveyFolder {
    QTemporaryDir dir;
    QString wuhai, shanghai, damaged;

    SurveyFolder() {
        REQUIRE(dir.isValid());
        const QDir root(dir.path());
        REQUIRE(root.mkpath(QStringLiteral("more/broken")));
        wuhai = root.filePath(wuhaiName);
        shanghai = root.filePath(QStringLiteral("more/") + shanghaiName);
        damaged = root.filePath(QStringLiteral("more/broken/damaged.pdf"));
        REQUIRE(QFile::copy(testDataPath(QStringLiteral("samples/") + wuhaiName), wuhai));
        REQUIRE(QFile::copy(testDataPath(QStringLiteral("samples/") + shanghaiName), shanghai));
        std::mt19937 random(20240601);
        QByteArray bytes(4096, '\0');
        for (char &byte : bytes)
            byte = char(random() & 0xff);
        bytes[0] = 'x'; // never a %PDF signature by chance
        write(damaged, bytes);
        write(root.filePath(QStringLiteral("notes.md")), "# not a report\n");
    }

    static void write(const QString &path, const QByteArray &bytes) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(bytes) == bytes.size());
    }
};

// What the golden file of a sample says it holds (read by hand).
struct Golden {
    QString unit;
    int year = 0;
    QString type, scope;
    int narrativeFigures = 0, tableFigures = 0;
};

Golden golden(const QString &name) {
    const QJsonObject expected =
        QJsonDocument::fromJson(readTestData(QStringLiteral("golden/%1.expected.json").arg(name)))
            .object();
    Golden result{expected[u"unit"].toString(), expected[u"year"].toInt(),
                  expected[u"type"].toString(), expected[u"scope"].toString()};
    for (const QJsonValue &value : expected[u"figures"].toArray()) {
        const QString origin = value[u"origin"].toString(QStringLiteral("narrative"));
        if (origin == u"narrative")
            ++result.narrativeFigures;
        else if (origin == u"table")
            ++result.tableFigures;
    }
    return result;
}

// Terminal columns: two for the wide CJK characters and full-width forms.
int displayWidth(QStringView text) {
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xF900 && c <= 0xFAFF) ||
                         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                         (c >= 0xFFE0 && c <= 0xFFE6)
                     ? 2
                     : 1;
    return width;
}

QString lineWith(const QString &text, const QString &needle) {
    for (const QString &line : text.split(u'\n'))
        if (line.contains(needle))
            return line;
    return {};
}

} // namespace

TEST_CASE("survey --json: one row per report found at any depth, in order, and the totals",
          "[survey][cli]") {
    SurveyFolder folder;
    const Run run = juesuan({QStringLiteral("survey"), folder.dir.path(), QStringLiteral("--json"),
                             QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 2); // the damaged file could not be read
    QJsonParseError error;
    const QJsonObject survey = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonArray reports = survey[u"reports"].toArray();
    REQUIRE(reports.size() == 3); // notes.md is not a report file

    // Sorted by path: more/broken/…, more/shanghai…, wuhai….
    const QJsonObject damaged = reports[0].toObject();
    const QJsonObject shanghai = reports[1].toObject();
    const QJsonObject wuhai = reports[2].toObject();
    CHECK(damaged[u"name"].toString() == u"more/broken/damaged.pdf");
    CHECK(damaged[u"file"].toString() == folder.damaged);
    CHECK(shanghai[u"name"].toString() == QStringLiteral("more/") + shanghaiName);
    CHECK(wuhai[u"name"].toString() == wuhaiName);

    // The damaged file: its reason, nothing read.
    const QString reason = damaged[u"error"].toString();
    CHECK(reason.contains(u"PDF"));
    CHECK(reason.contains(u"signature"));
    CHECK_FALSE(damaged.contains(u"unit"));
    CHECK_FALSE(damaged.contains(u"figures"));

    // Wuhai: identity and figures as the golden file (read by hand) has them;
    // the extractor may find more figures than the hand-made list, never fewer.
    const Golden wuhaiGolden = golden(QStringLiteral("wuhai"));
    CHECK(wuhai[u"unit"].toString() == wuhaiGolden.unit);
    CHECK(wuhai[u"unit"].toString() == u"乌海市总工会（差额）");
    CHECK(wuhai[u"year"].toInt() == wuhaiGolden.year);
    CHECK(wuhai[u"type"].toString() == wuhaiGolden.type);
    CHECK(wuhai[u"scope"].toString() == wuhaiGolden.scope);
    CHECK(wuhai[u"template"].toBool() == false);
    const QJsonObject wuhaiFigures = wuhai[u"figures"].toObject();
    CHECK(wuhaiFigures[u"narrative"].toInt() >= wuhaiGolden.narrativeFigures);
    CHECK(wuhaiFigures[u"table"].toInt() >= wuhaiGolden.tableFigures);
    CHECK(wuhaiFigures[u"total"].toInt() == wuhaiFigures[u"narrative"].toInt() +
                                                wuhaiFigures[u"table"].toInt() +
                                                wuhaiFigures[u"chart"].toInt());
    CHECK(wuhai[u"errors"].toInt() == 0); // `juesuan check` passes it (test_check_cli)
    CHECK(wuhai[u"seconds"].toDouble() > 0);

    // Shanghai: 上海市普陀区财政局 2024年度部门决算 with its nine captioned tables
    // (tests/data/formats/shanghai-tables.golden.txt), named as the table
    // catalogue (resources/core/tables.json) names them.
    CHECK(shanghai[u"unit"].toString() == u"上海市普陀区财政局");
    CHECK(shanghai[u"year"].toInt() == 2024);
    CHECK(shanghai[u"type"].toString() == u"final");
    CHECK(shanghai[u"scope"].toString() == u"department");
    QStringList ids;
    for (const QJsonValue &id : shanghai[u"tableIds"].toArray())
        ids.append(id.toString());
    const QStringList nine{QStringLiteral("summary"),        QStringLiteral("income"),
                           QStringLiteral("expenditure"),    QStringLiteral("fiscal_summary"),
                           QStringLiteral("general_budget"), QStringLiteral("general_budget_basic"),
                           QStringLiteral("three_public"),   QStringLiteral("gov_fund"),
                           QStringLiteral("state_capital")};
    CHECK(ids == nine); // in the order the report prints them
    CHECK(shanghai[u"tables"].toInt() == 9);
    CHECK(shanghai[u"figures"][u"table"].toInt() > 0);
    CHECK(shanghai[u"figures"][u"narrative"].toInt() > 0);

    // Totals: the sums of the rows; times over the two reports read.
    const QJsonObject totals = survey[u"totals"].toObject();
    CHECK(totals[u"files"].toInt() == 3);
    CHECK(totals[u"reports"].toInt() == 2);
    CHECK(totals[u"unreadable"].toInt() == 1);
    CHECK(totals[u"tables"].toInt() == shanghai[u"tables"].toInt() + wuhai[u"tables"].toInt());
    for (const char16_t *origin : {u"narrative", u"table", u"chart", u"total"}) {
        const QString key = QString::fromUtf16(origin);
        CHECK(totals[u"figures"][key].toInt() ==
              shanghai[u"figures"][key].toInt() + wuhai[u"figures"][key].toInt());
    }
    for (const char16_t *severity : {u"errors", u"warnings", u"notes"}) {
        const QString key = QString::fromUtf16(severity);
        CHECK(totals[key].toInt() == shanghai[key].toInt() + wuhai[key].toInt());
    }
    const double a = shanghai[u"seconds"].toDouble(), b = wuhai[u"seconds"].toDouble();
    CHECK(totals[u"slowestSeconds"].toDouble() == Approx(qMax(a, b)).margin(0.0011));
    CHECK(totals[u"medianSeconds"].toDouble() == Approx((a + b) / 2).margin(0.0011));
    CHECK(totals[u"slowest"].toString() == (a >= b ? shanghai : wuhai)[u"name"].toString());
    CHECK(totals[u"seconds"].toDouble() >= a + b - 0.002);
}

TEST_CASE("survey prints an aligned table, the unreadable file's reason and the totals",
          "[survey][cli]") {
    SurveyFolder folder;
    const Run run = juesuan({QStringLiteral("survey"), folder.dir.path(), QStringLiteral("--lang"),
                             QStringLiteral("en")});
    INFO(run.out.toStdString());
    CHECK(run.exitCode == 2);

    const QString header = lineWith(run.out, QStringLiteral("Warnings"));
    const QString wuhai = lineWith(run.out, wuhaiName);
    // The file names as found below the folder (the beginning of a long one
    // may give way to "…"), sorted by path.
    const QString shanghai = lineWith(run.out, QStringLiteral("putuo-caizhengju-2024-final.pdf"));
    const QString damaged = lineWith(run.out, QStringLiteral("damaged.pdf"));
    REQUIRE(!header.isEmpty());
    REQUIRE(!wuhai.isEmpty());
    REQUIRE(!shanghai.isEmpty());
    CHECK(wuhai.contains(u"乌海市总工会（差额）"));
    CHECK(shanghai.contains(u"上海市普陀区财政局"));
    CHECK(damaged.contains(u"unreadable: not a PDF file"));
    CHECK(damaged.contains(u"more/broken/damaged.pdf"));
    CHECK(run.out.indexOf(damaged) < run.out.indexOf(shanghai));
    CHECK(run.out.indexOf(shanghai) < run.out.indexOf(wuhai));

    // Unit names of different lengths in Chinese: the year stands in the
    // same terminal column on both rows and under its heading.
    const qsizetype wuhaiYear = wuhai.indexOf(u" 2024 ");
    const qsizetype shanghaiYear = shanghai.indexOf(u" 2024 ");
    REQUIRE(wuhaiYear > 0);
    REQUIRE(shanghaiYear > 0);
    const int column = displayWidth(QStringView(wuhai).left(wuhaiYear));
    CHECK(displayWidth(QStringView(shanghai).left(shanghaiYear)) == column);
    CHECK(displayWidth(QStringView(header).left(header.indexOf(u"Year"))) == column + 1);
    CHECK(displayWidth(wuhai) <= 160);

    // The catalogue ids of the tables recognised on the line below the row.
    const QStringList lines = run.out.split(u'\n');
    const qsizetype shanghaiAt = lines.indexOf(shanghai);
    REQUIRE(shanghaiAt + 1 < lines.size());
    CHECK(lines[shanghaiAt + 1].trimmed().startsWith(u"summary income expenditure"));

    CHECK(run.out.contains(u"Files: 3; reports read: 2; unreadable: 1"));
    CHECK(run.out.contains(u"Seconds per report: median "));
}

TEST_CASE("survey shortens a long unit name, names a missing file and an empty folder",
          "[survey][cli]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // The Wuhai report as if a longer name stood everywhere its own does.
    QString text = QString::fromUtf8(readTestData(QStringLiteral("samples/") + wuhaiName));
    const QString longName = QStringLiteral("内蒙古自治区乌海市总工会机关及所属事业单位（差额）");
    text.replace(QStringLiteral("乌海市总工会（差额）"), longName);
    const QString renamed = dir.filePath(QStringLiteral("renamed.txt"));
    SurveyFolder::write(renamed, text.toUtf8());
    const QString missing = dir.filePath(QStringLiteral("no-such-report.pdf"));

    const Run run = juesuan({QStringLiteral("survey"), renamed, missing, QStringLiteral("--lang"),
                             QStringLiteral("en")});
    CHECK(run.exitCode == 2);
    const QString row = lineWith(run.out, QStringLiteral("renamed.txt"));
    REQUIRE(!row.isEmpty());
    CHECK_FALSE(row.contains(longName));
    CHECK(row.contains(u"内蒙古自治区乌海市总工会"));
    CHECK(row.contains(u"…"));
    CHECK(lineWith(run.out, QStringLiteral("no-such-report.pdf")).contains(u"unreadable: "));

    const Run json = juesuan({QStringLiteral("survey"), renamed, QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    const QJsonArray reports =
        QJsonDocument::fromJson(json.out.toUtf8()).object()[u"reports"].toArray();
    REQUIRE(reports.size() == 1);
    CHECK(reports[0][u"unit"].toString() == longName); // JSON keeps the whole name

    QTemporaryDir empty;
    const Run none = juesuan({QStringLiteral("survey"), empty.path()});
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(empty.path()));
    CHECK(none.out.isEmpty());
}

TEST_CASE("survey is in the usage text", "[survey][cli]") {
    const Run run = juesuan({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(u"juesuan survey"));
}
