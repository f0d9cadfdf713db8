#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// Paths of test data come from the build (JUESUAN_TEST_DATA_DIR), never from
// the working directory.
inline QString testDataPath(const QString &relative) {
    return QStringLiteral(JUESUAN_TEST_DATA_DIR "/") + relative;
}

inline QByteArray readTestData(const QString &relative) {
    QFile file(testDataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
