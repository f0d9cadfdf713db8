#pragma once

#include "core/analysis/analysis.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

namespace juesuan::ui {

// Analyses one file as the window needs it: with the source's layout for
// the page view and every relation for the figure details. Thread-safe;
// never throws.
analysis::AnalysedReport loadReport(const QString &path);

// Loads files on the global thread pool and hands the outcomes to the UI
// thread in batches, so a folder of a thousand reports fills the library
// progressively while the window stays responsive. The UI thread collects
// what is ready on a timer, a bounded batch per turn of its event loop:
// outcomes announced one by one from the workers (QFutureWatcher's way)
// arrive faster than a busy UI thread can take them on two cores, and it
// then never gets back to painting or input until the last one.
// The work runs on a pool of its own: Qt's raster engine draws with helper
// tasks on the global pool, and a thousand queued loads there would keep
// the window from painting until the last one.
// Several load() calls may overlap; progress counts them together.
class ReportLoader : public QObject {
    Q_OBJECT
public:
    explicit ReportLoader(QObject *parent = nullptr);
    // Cancels what has not started and waits for what has.
    ~ReportLoader() override;

    void load(const QStringList &files);
    void cancel();
    bool isBusy() const { return !m_runs.isEmpty(); }
    int done() const { return m_done; }
    int total() const { return m_total; }

signals:
    void loaded(const QList<juesuan::analysis::AnalysedReport> &outcomes);
    void progressChanged(int done, int total);
    void busyChanged(bool busy);
    // Every pending load finished or was cancelled.
    void finished(bool cancelled);

private:
    struct Run {
        QFuture<analysis::AnalysedReport> future;
        int delivered = 0; // outcomes already handed over
    };

    void collect();

    QThreadPool m_pool;
    QList<Run> m_runs;
    QTimer m_collectTimer;
    int m_done = 0;
    int m_total = 0;
    bool m_cancelled = false;
};

} // namespace juesuan::ui
