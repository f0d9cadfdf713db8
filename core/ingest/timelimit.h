#pragma once

#include <QDeadlineTimer>
#include <QString>
#include <chrono>

namespace juesuan::ingest {

// The deadline of a reader given ReadOptions::maxReadTime (zero: none).
inline QDeadlineTimer timeLimit(std::chrono::milliseconds maxTime) {
    return maxTime.count() > 0 ? QDeadlineTimer(maxTime) : QDeadlineTimer(QDeadlineTimer::Forever);
}

// The limit as a message gives it: seconds, with the decimals it needs.
inline QString seconds(std::chrono::milliseconds maxTime) {
    return QString::number(double(maxTime.count()) / 1000.0, 'g', 6);
}

// The time limit of the file being read on this thread, for the parsers deep
// inside a reader (XML token loops, the web page's tree) that have no
// ReadOptions at hand: readBytes sets it while a file is read. A file read
// inside another (a folder's parts) keeps the earlier deadline of the two.
class FileDeadline {
public:
    explicit FileDeadline(std::chrono::milliseconds maxTime);
    ~FileDeadline();
    FileDeadline(const FileDeadline &) = delete;
    FileDeadline &operator=(const FileDeadline &) = delete;

    // Whether the file being read on this thread is past its limit (false
    // when none is set). Cheap: a clock read once in every few hundred calls;
    // once true, true for the rest of the file.
    static bool passed();
    // "reading stopped: the limit of N s for one file was reached".
    static QString reason();

private:
    const FileDeadline *m_outer;
    QDeadlineTimer m_deadline;
    std::chrono::milliseconds m_maxTime;
    mutable bool m_passed = false;
};

} // namespace juesuan::ingest
