#pragma once
// The `juesuan` program run as a user runs it, for the command-line tests.
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

namespace clitest {

struct Run {
    int exitCode = -1;
    QString out, err;
};

// `environment`: variables set for this run, "NAME=value" each.
inline Run juesuan(const QStringList &arguments, const QStringList &environment = {}) {
    const QString program = QStringLiteral(JUESUAN_BINARY_DIR "/bin/juesuan");
    REQUIRE(QFile::exists(program)); // built with the project (target juesuan)
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    if (!environment.isEmpty()) {
        QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
        for (const QString &variable : environment)
            variables.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
        process.setProcessEnvironment(variables);
    }
    process.start();
    // A safety net against a hang; the tests that bound time measure it themselves.
    REQUIRE(process.waitForFinished(600000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace clitest
