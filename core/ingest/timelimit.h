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

} // namespace juesuan::ingest
