#pragma once
// The `juesuan` program run as a user runs it, for the command-line tests.
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

namespace clitest {

struct Run {
    int exitCode = -1;
    QString out, err;
};

inline Run juesuan(const QStringList &arguments) {
    const QString program = QStringLiteral(JUESUAN_BINARY_DIR "/bin/juesuan");
    REQUIRE(QFile::exists(program)); // built with the project (target juesuan)
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.start();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace clitest
