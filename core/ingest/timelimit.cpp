#include "core/ingest/timelimit.h"

#include <QCoreApplication>

namespace juesuan::ingest {
namespace {

thread_local const FileDeadline *t_fileDeadline = nullptr;
// Calls to FileDeadline::passed() between two reads of the clock: the loops
// that call it do microseconds of work a turn, so the limit is seen within a
// fraction of a millisecond of passing.
constexpr unsigned callsPerClockRead = 256;
thread_local unsigned t_callsSinceClockRead = 0;

} // namespace

FileDeadline::FileDeadline(std::chrono::milliseconds maxTime)
    : m_outer(t_fileDeadline)
    , m_deadline(timeLimit(maxTime))
    , m_maxTime(maxTime) {
    if (m_outer && (m_deadline.isForever() || m_outer->m_deadline < m_deadline)) {
        m_deadline = m_outer->m_deadline;
        m_maxTime = m_outer->m_maxTime;
    }
    t_fileDeadline = this;
}

FileDeadline::~FileDeadline() {
    t_fileDeadline = m_outer;
}

bool FileDeadline::passed() {
    if (!t_fileDeadline || t_fileDeadline->m_deadline.isForever())
        return false;
    if (t_fileDeadline->m_passed)
        return true;
    if (++t_callsSinceClockRead < callsPerClockRead)
        return false;
    t_callsSinceClockRead = 0;
    t_fileDeadline->m_passed = t_fileDeadline->m_deadline.hasExpired();
    return t_fileDeadline->m_passed;
}

QString FileDeadline::reason() {
    const std::chrono::milliseconds maxTime =
        t_fileDeadline ? t_fileDeadline->m_maxTime : std::chrono::milliseconds{};
    return QCoreApplication::translate(
               "juesuan::ingest", "reading stopped: the limit of %1 s for one file was reached")
        .arg(seconds(maxTime));
}

} // namespace juesuan::ingest
