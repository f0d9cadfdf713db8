#include "ui/document/reportloader.h"

#include <QtConcurrent/QtConcurrentMap>

namespace juesuan::ui {

analysis::AnalysedReport loadReport(const QString &path) {
    analysis::AnalysisOptions options;
    options.keepSource = true;
    options.keepRelations = true;
    return analysis::analyse(path, options);
}

namespace {

// How often the UI thread looks for finished outcomes, and how many it takes
// at most per look: a batch costs well under a millisecond per report, so
// the event loop is back within a few tens of milliseconds whatever the
// folder's size. With a backlog it looks again as soon as the event loop
// has had its turn.
constexpr int collectIntervalMs = 30;
constexpr int maxBatch = 48;

} // namespace

ReportLoader::ReportLoader(QObject *parent)
    : QObject(parent) {
    m_collectTimer.setInterval(collectIntervalMs);
    connect(&m_collectTimer, &QTimer::timeout, this, &ReportLoader::collect);
}

ReportLoader::~ReportLoader() {
    for (Run &run : m_runs) {
        run.future.cancel();
        run.future.waitForFinished();
    }
}

void ReportLoader::load(const QStringList &files) {
    if (files.isEmpty())
        return;
    const bool wasBusy = isBusy();
    m_runs.append({QtConcurrent::mapped(&m_pool, files, &loadReport), 0});
    m_total += static_cast<int>(files.size());
    m_collectTimer.start();
    emit progressChanged(m_done, m_total);
    if (!wasBusy)
        emit busyChanged(true);
}

void ReportLoader::cancel() {
    if (!isBusy())
        return;
    m_cancelled = true;
    for (Run &run : m_runs)
        run.future.cancel();
}

void ReportLoader::collect() {
    QList<analysis::AnalysedReport> batch;
    for (Run &run : m_runs) {
        // resultCount(): the outcomes ready without a gap from the first.
        const int ready = run.future.resultCount();
        while (run.delivered < ready && batch.size() < maxBatch)
            batch.append(run.future.resultAt(run.delivered++));
    }
    if (!batch.isEmpty()) {
        m_done += static_cast<int>(batch.size());
        emit loaded(batch);
        emit progressChanged(m_done, m_total);
    }
    // A run is over when its future is and everything it produced is handed
    // over (a cancelled run produces no more).
    m_runs.removeIf([](const Run &run) {
        return run.future.isFinished() && run.delivered >= run.future.resultCount();
    });
    if (isBusy()) {
        bool backlog = false;
        for (const Run &run : std::as_const(m_runs))
            backlog = backlog || run.delivered < run.future.resultCount();
        const int interval = backlog ? 0 : collectIntervalMs;
        if (m_collectTimer.interval() != interval)
            m_collectTimer.setInterval(interval);
        return;
    }
    m_collectTimer.stop();
    const bool cancelled = m_cancelled;
    m_cancelled = false;
    m_done = 0;
    m_total = 0;
    emit busyChanged(false);
    emit finished(cancelled);
}

} // namespace juesuan::ui
