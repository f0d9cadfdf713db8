#pragma once

#include <QString>
#include <QTextStream>

namespace juesuan::app {

// On a terminal, stderr shows how far a batch has come and the file last
// done, on one line that each file overwrites and that is wiped at the end.
// Elsewhere (a pipe, a log file) it shows nothing.
class Progress {
public:
    explicit Progress(qsizetype total);
    ~Progress();
    Progress(const Progress &) = delete;
    Progress &operator=(const Progress &) = delete;

    void show(qsizetype index, const QString &name);
    // Prints a line of its own (a file's error) without breaking the bar.
    void message(const QString &line);

private:
    qsizetype m_total;
    bool m_shown;
    QTextStream m_err;
};

} // namespace juesuan::app
