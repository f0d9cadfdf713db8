// `juesuan --version` as a user runs it: the project's version and the Qt,
// Poppler and ICU versions the program runs with, without a display.
#include "core/about/versions.h"
#include "tests/core/catchqtstrings.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <catch2/catch.hpp>
#include <poppler-config.h> // POPPLER_VERSION: the Poppler built against
#include <unicode/uversion.h>

namespace {

QString icuVersion() {
    UVersionInfo version;
    u_getVersion(version);
    char text[U_MAX_VERSION_STRING_LENGTH] = {};
    u_versionToString(version, text);
    return QString::fromLatin1(text);
}

} // namespace

TEST_CASE("about names the project's version and the libraries it runs with", "[about]") {
    CHECK(juesuan::about::applicationVersion() == QStringLiteral(JUESUAN_PROJECT_VERSION));
    const QStringList lines = juesuan::about::versionLines();
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == QStringLiteral("Juesuan " JUESUAN_PROJECT_VERSION));
    CHECK(lines[1] == QString(u"Qt " + QString::fromLatin1(qVersion())));
    CHECK(lines[2] == QString(u"Poppler " + QStringLiteral(POPPLER_VERSION)));
    CHECK(lines[3] == QString(u"ICU " + icuVersion()));
    // Real numbers, not placeholders: "<name> 6.4.2".
    static const QRegularExpression numbered(QStringLiteral("^\\S+ \\d+\\.\\d+(\\.\\d+)*$"));
    for (const QString &line : lines)
        CHECK(numbered.match(line).hasMatch());
}

TEST_CASE("juesuan --version prints the versions without a display", "[about][cli]") {
    const QString program = QStringLiteral(JUESUAN_BINARY_DIR "/bin/juesuan");
    REQUIRE(QFile::exists(program)); // built with the project (target juesuan)
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(program, {QStringLiteral("--version")});
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    CHECK(QString::fromUtf8(process.readAllStandardError()).isEmpty());
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    CHECK(out == QString(juesuan::about::versionLines().join(u'\n') + u'\n'));
    CHECK(out.startsWith(QStringLiteral("Juesuan " JUESUAN_PROJECT_VERSION "\n")));
    CHECK(out.contains(QString(u"\nQt " + QString::fromLatin1(qVersion()) + u'\n')));
    CHECK(out.contains(QString(u"\nPoppler " + QStringLiteral(POPPLER_VERSION) + u'\n')));
    CHECK(out.contains(QString(u"\nICU " + icuVersion() + u'\n')));
}
