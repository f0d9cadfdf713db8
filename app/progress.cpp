#include "app/progress.h"

#include "app/surveytable.h"

#include <cstdio>
#include <unistd.h>

namespace juesuan::app {

Progress::Progress(qsizetype total)
    : m_total(total)
    , m_shown(isatty(STDERR_FILENO) == 1)
    , m_err(stderr) {}

Progress::~Progress() {
    if (m_shown)
        m_err << "\r\x1b[K" << Qt::flush;
}

void Progress::show(qsizetype index, const QString &name) {
    if (m_shown)
        m_err << "\r\x1b[K[" << index + 1 << '/' << m_total << "] "
              << elideToWidth(name, surveyLineWidth / 2, true) << Qt::flush;
}

void Progress::message(const QString &line) {
    if (m_shown)
        m_err << "\r\x1b[K";
    m_err << line << Qt::endl;
}

} // namespace juesuan::app
