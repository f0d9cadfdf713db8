// `juesuan compare` run as a separate process, as scripts run it: JSON rows
// with exact values, a PNG of the asked size written headless, a readable
// table, and one line on stderr with exit code 2 for a file it cannot read.
#include "tests/core/catchqtstrings.h"
#include "tests/ui/uitestapp.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run runJuesuan(const QStringList &arguments) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No display: the sub-command must choose the offscreen platform itself.
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(JUESUAN_BINARY_DIR "/bin/juesuan"), arguments);
    REQUIRE(process.waitForStarted(20000));
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject findRow(const QJsonArray &rows, const QString &metric, const QString &facet,
                    const QString &subjectB = {}) {
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        if (row.value(u"metric").toString() == metric && row.value(u"facet").toString() == facet &&
            row.value(u"subjectB").toString() == subjectB)
            return row;
    }
    return {};
}

} // namespace

TEST_CASE("juesuan compare --json prints the aligned rows", "[ui][compare][cli]") {
    const Run run = runJuesuan({QStringLiteral("compare"), uitest::wuhaiPath(), uitest::ordosPath(),
                                QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject root = document.object();
    CHECK(root.value(u"mode").toString() == u"unit_vs_unit");
    CHECK(root.value(u"a").toObject().value(u"year").toInt() == 2024);
    CHECK(root.value(u"b").toObject().value(u"year").toInt() == 2023);
    const QJsonArray rows = root.value(u"rows").toArray();

    const QJsonObject total =
        findRow(rows, QStringLiteral("income.total"), QStringLiteral("value"));
    CHECK(total.value(u"a").toString() == u"199.32");
    CHECK(total.value(u"b").toString() == u"1336.82");
    CHECK(total.value(u"delta").toString() == u"1137.50");
    CHECK(total.value(u"unit").toString() == u"wanyuan");
    CHECK(total.value(u"kind").toString() == u"money");
    const QJsonObject health = findRow(rows, QStringLiteral("func.expenditure"),
                                       QStringLiteral("value"), QStringLiteral("卫生健康支出"));
    CHECK(health.value(u"delta").toString() == u"-3.36");
    // Stated by Ordos only: no "a" and no "delta" at all, rather than 0.
    const QJsonObject onlyB =
        findRow(rows, QStringLiteral("func.expenditure"), QStringLiteral("value"),
                QStringLiteral("社会保障和就业支出/抚恤/死亡抚恤"));
    REQUIRE_FALSE(onlyB.isEmpty());
    CHECK_FALSE(onlyB.contains(u"a"));
    CHECK_FALSE(onlyB.contains(u"delta"));
    CHECK(onlyB.value(u"b").toString() == u"127.05");
    CHECK(root.value(u"crossReportFindings").toArray().isEmpty());
}

TEST_CASE("juesuan compare --png writes the chart headless at the asked size",
          "[ui][compare][cli]") {
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("income.png"));
    const QString svg = dir.filePath(QStringLiteral("income.svg"));
    const Run run = runJuesuan({QStringLiteral("compare"), uitest::wuhaiPath(), uitest::ordosPath(),
                                QStringLiteral("--chart"), QStringLiteral("income"),
                                QStringLiteral("--size"), QStringLiteral("900x600"),
                                QStringLiteral("--png"), png, QStringLiteral("--svg"), svg});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QImage image(png);
    REQUIRE(!image.isNull());
    CHECK(image.size() == QSize(1800, 1200)); // PNG at 2×
    CHECK(QFileInfo(svg).size() > 1000);

    const QString single = dir.filePath(QStringLiteral("all-1x.png"));
    const Run scaled = runJuesuan({QStringLiteral("compare"), uitest::wuhaiPath(),
                                   uitest::ordosPath(), QStringLiteral("--scale"),
                                   QStringLiteral("1.5"), QStringLiteral("--png"), single});
    INFO(scaled.err.toStdString());
    REQUIRE(scaled.exitCode == 0);
    CHECK(QImage(single).size() == QSize(2400, 1500)); // the default 1600×1000 at 1.5×
    const Run tooLarge = runJuesuan({QStringLiteral("compare"), uitest::wuhaiPath(),
                                     uitest::ordosPath(), QStringLiteral("--scale"),
                                     QStringLiteral("40"), QStringLiteral("--png"), single});
    CHECK(tooLarge.exitCode == 2);
    CHECK(tooLarge.err.contains("--scale"));

    const Run unknown = runJuesuan({QStringLiteral("compare"), uitest::wuhaiPath(),
                                    uitest::ordosPath(), QStringLiteral("--chart"),
                                    QStringLiteral("pies"), QStringLiteral("--png"), png});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("pies"));
}

TEST_CASE("juesuan compare prints a table and reports an unreadable file", "[ui][compare][cli]") {
    const Run table =
        runJuesuan({QStringLiteral("compare"), uitest::wuhaiPath(), uitest::ordosPath(),
                    QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    REQUIRE(table.exitCode == 0);
    const QString text = QString::fromUtf8(table.out);
    CHECK(text.contains(u"乌海市总工会"));
    // The row of 收入总计 carries A, B, Δ and Δ% on one line.
    const QStringList lines = text.split(u'\n');
    const auto total = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.startsWith(u"收入总计");
    });
    REQUIRE(total != lines.cend());
    CHECK(total->contains(u"199.32"));
    CHECK(total->contains(u"1,336.82"));
    CHECK(total->contains(u"+1,137.50"));
    CHECK(total->contains(u"+570.69%"));

    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.txt"));
    const Run run = runJuesuan({QStringLiteral("compare"), uitest::wuhaiPath(), missing});
    CHECK(run.exitCode == 2);
    const QStringList errorLines =
        QString::fromUtf8(run.err).split(u'\n', Qt::SkipEmptyParts).filter(u"missing.txt");
    CHECK(errorLines.size() == 1);
    CHECK(run.out.isEmpty());
}
