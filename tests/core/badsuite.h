#pragma once
// The malformed-file suite (tests/data/bad): assembled into a temporary
// folder by its script, and what EXPECTED.tsv says each file must give.
#include "core/ingest/nativefiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <unistd.h>

namespace badsuite {

struct Expectation {
    QString file; // the name in the suite, as ingest::pathFromNative gives it
    bool read = false;
    QString message; // empty: read without a warning
    QString unit;    // empty: none
};

// "\xHH" in EXPECTED.tsv stands for a raw byte of a name that is not UTF-8.
inline QString unescapeName(const QString &written) {
    QByteArray bytes;
    const QByteArray utf8 = written.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.mid(i, 2) == "\\x" && i + 3 < utf8.size()) {
            bytes.append(char(utf8.mid(i + 2, 2).toInt(nullptr, 16)));
            i += 3;
        } else {
            bytes.append(utf8[i]);
        }
    }
    return juesuan::ingest::pathFromNative(bytes);
}

inline QList<Expectation> expectations() {
    QFile file(QStringLiteral(JUESUAN_TEST_DATA_DIR "/bad/EXPECTED.tsv"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QList<Expectation> all;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QStringList fields = QString::fromUtf8(line).split(u'\t');
        REQUIRE(fields.size() == 4);
        REQUIRE((fields[1] == u"read" || fields[1] == u"refused"));
        const auto value = [](const QString &field) { return field == u"-" ? QString() : field; };
        all.append(
            {unescapeName(fields[0]), fields[1] == u"read", value(fields[2]), value(fields[3])});
    }
    return all;
}

// The suite assembled into a temporary folder (about 260 MB, most of it the
// 200 MB text), removed afterwards. Qt cannot see the file whose name is not
// UTF-8, so QTemporaryDir alone would leave it and its folder behind.
class Folder {
public:
    Folder() {
        REQUIRE(m_dir.isValid());
        QProcess script;
        script.start(QStringLiteral("bash"),
                     {QStringLiteral(JUESUAN_TEST_DATA_DIR "/bad/assemble.sh"), m_dir.path()});
        REQUIRE(script.waitForFinished(60000));
        INFO(script.readAllStandardError().toStdString());
        REQUIRE(script.exitCode() == 0);
    }
    ~Folder() {
        for (const QString &file : juesuan::ingest::filesInFolder(m_dir.path(), true))
            ::unlink(juesuan::ingest::nativePath(file).constData());
    }
    Folder(const Folder &) = delete;
    Folder &operator=(const Folder &) = delete;

    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace badsuite
