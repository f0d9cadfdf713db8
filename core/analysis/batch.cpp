#include "core/analysis/batch.h"

#include <QThread>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace juesuan::analysis {
namespace {

// How many results per thread may be finished ahead of the next one due.
constexpr qsizetype aheadPerJob = 4;

} // namespace

void analyseInOrder(const QList<ReportFile> &files, const AnalysisOptions &options, int jobs,
                    const std::function<void(qsizetype, AnalysedReport &&)> &deliver) {
    if (jobs < 1)
        jobs = qMax(1, QThread::idealThreadCount());
    jobs = int(qMin<qsizetype>(jobs, qMax<qsizetype>(1, files.size())));
    if (jobs == 1) {
        for (qsizetype i = 0; i < files.size(); ++i)
            deliver(i, analyse(files[i].path, options));
        return;
    }

    const qsizetype window = aheadPerJob * jobs;
    std::mutex mutex;
    std::condition_variable changed;
    qsizetype next = 0;      // the next file a worker takes
    qsizetype delivered = 0; // results handed over so far
    std::map<qsizetype, AnalysedReport> done;

    auto work = [&] {
        for (;;) {
            qsizetype index;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock,
                             [&] { return next >= files.size() || next < delivered + window; });
                if (next >= files.size())
                    return;
                index = next++;
            }
            AnalysedReport analysed = analyse(files[index].path, options);
            {
                std::lock_guard lock(mutex);
                done.emplace(index, std::move(analysed));
            }
            changed.notify_all();
        }
    };
    std::vector<std::thread> workers;
    workers.reserve(size_t(jobs));
    for (int i = 0; i < jobs; ++i)
        workers.emplace_back(work);

    while (delivered < files.size()) {
        AnalysedReport ready;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return done.count(delivered) > 0; });
            auto it = done.find(delivered);
            ready = std::move(it->second);
            done.erase(it);
        }
        // Outside the lock: the workers go on while the caller prints.
        deliver(delivered, std::move(ready));
        {
            std::lock_guard lock(mutex);
            ++delivered;
        }
        changed.notify_all();
    }
    for (std::thread &worker : workers)
        worker.join();
}

} // namespace juesuan::analysis
