// Opening a folder of 1000 reports in the real main window (offscreen): how
// long until every report is loaded and checked, and how long the UI thread
// was ever kept from its event loop meanwhile. A 2 ms timer ticks on the UI
// thread throughout; the longest gap between two ticks is the worst freeze a
// user could have felt (counter max_stall_ms), the 99th percentile gap the
// usual one (p99_gap_ms). Issue 5: the window stays responsive.
// switchReport: selecting another loaded report in the list until the window
// has repainted: what a reviewer clicking through reports waits for.
#include "ui/document/reportlibrary.h"
#include "ui/document/reportloader.h"
#include "ui/mainwindow.h"
#include "ui/views/librarypanel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <vector>

using namespace juesuan;

namespace {

constexpr int reportCount = 1000;

// Half Wuhai, half Ordos copies, so the list has two kinds of rows.
bool fillFolder(const QTemporaryDir &dir) {
    const QString samples = QStringLiteral(JUESUAN_SAMPLES_DIR "/");
    for (int i = 0; i < reportCount; ++i) {
        const QString source =
            samples + (i % 2 ? QStringLiteral("ordos-zonggonghui-2023-final.txt")
                             : QStringLiteral("wuhai-zonggonghui-2024-final.txt"));
        if (!QFile::copy(source, dir.filePath(QStringLiteral("report-%1.txt").arg(i))))
            return false;
    }
    return true;
}

void openThousandReports(benchmark::State &state) {
    QTemporaryDir dir;
    if (!dir.isValid() || !fillFolder(dir)) {
        state.SkipWithError("cannot prepare the folder");
        return;
    }
    ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    ui::ReportLibrary *library = window.library();
    std::vector<double> gaps;
    double maxStall = 0;
    for (auto _ : state) {
        gaps.clear();
        QEventLoop loop;
        QElapsedTimer clock;
        QTimer ticker;
        ticker.setInterval(2);
        qint64 last = 0;
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            gaps.push_back(double(now - last) / 1e6);
            last = now;
        });
        QObject::connect(library->loader(), &ui::ReportLoader::finished, &loop, &QEventLoop::quit);
        clock.start();
        ticker.start();
        window.openPaths({dir.path()});
        loop.exec();
        ticker.stop();
        state.PauseTiming();
        if (library->count() != reportCount)
            state.SkipWithError("not every report was listed");
        maxStall = std::max(maxStall, *std::max_element(gaps.begin(), gaps.end()));
        library->closeAll();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
    std::sort(gaps.begin(), gaps.end());
    state.counters["max_stall_ms"] = maxStall;
    state.counters["p99_gap_ms"] = gaps.empty() ? 0 : gaps[gaps.size() * 99 / 100];
    state.counters["reports_per_s"] =
        benchmark::Counter(double(reportCount), benchmark::Counter::kIsIterationInvariantRate);
}

void switchReport(benchmark::State &state) {
    const QString samples = QStringLiteral(JUESUAN_SAMPLES_DIR "/");
    const QStringList paths{samples + QStringLiteral("ordos-zonggonghui-2023-final.txt"),
                            samples + QStringLiteral("shanghai-putuo-caizhengju-2024-final.pdf")};
    ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    QEventLoop loop;
    QObject::connect(window.library()->loader(), &ui::ReportLoader::finished, &loop,
                     &QEventLoop::quit);
    window.openPaths(paths);
    loop.exec();
    if (window.library()->count() != 2) {
        state.SkipWithError("samples not loaded");
        return;
    }
    int next = 0;
    for (auto _ : state) {
        window.libraryPanel()->setCurrentDocument(window.library()->at(next));
        window.repaint(); // everything the selection changed, drawn now
        QCoreApplication::processEvents();
        next = 1 - next;
    }
}

} // namespace

BENCHMARK(switchReport)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(openThousandReports)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // settings stay out of the user's
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JuesuanBench"));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
