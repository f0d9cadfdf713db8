// Reading a whole folder of real reports as a user does: `juesuan survey
// CORPUS --json` run as one process over the corpus folder, against
// `pdftotext -layout` run as one process per PDF of the same folder (what a
// user would run to get the text alone). Reports, per report, the median
// and the slowest seconds of both, and their ratio over the same PDFs.
//
// The corpus is JUESUAN_CORPUS_DIR (a CMake cache variable, or the
// environment variable of that name at run time); without it the program
// says so and exits 0. Run:
//   build/release/bench/bench_survey --benchmark_repetitions=5
#include "core/analysis/survey.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <sys/wait.h>
#include <vector>

using namespace juesuan;

namespace {

using Clock = std::chrono::steady_clock;

QString corpusDir() {
    const QString fromEnvironment = qEnvironmentVariable("JUESUAN_CORPUS_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(JUESUAN_CORPUS_DIR) : fromEnvironment;
}

const QString juesuanProgram = QStringLiteral(JUESUAN_BINARY_DIR "/bin/juesuan");

QByteArray quoted(const QString &path) {
    return "'" + QFile::encodeName(path) + "'";
}

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Runs a shell command, appending its standard output to `output`; its exit
// status, or -1 when it could not be run or did not exit normally.
int runCommand(const QByteArray &command, QByteArray &output) {
    FILE *pipe = popen(command.constData(), "r");
    if (!pipe)
        return -1;
    char buffer[65536];
    while (const size_t got = fread(buffer, 1, sizeof buffer, pipe))
        output.append(buffer, qsizetype(got));
    const int status = pclose(pipe);
    return status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

double median(std::vector<double> values) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

double slowest(const std::vector<double> &values) {
    return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

bool isPdf(const QString &path) {
    return QFileInfo(path).suffix().compare(u"pdf", Qt::CaseInsensitive) == 0;
}

// One value per benchmark run (repetition), summarised after all of them.
struct Samples {
    std::vector<double> median, slowest, mean;
};
Samples surveyAll, surveyPdf, pdftotext;
qsizetype surveyFiles = 0, surveyUnreadable = 0, pdfFiles = 0;
QString surveySlowestFile, pdftotextSlowestFile; // in the last run

void surveyProcess(benchmark::State &state) {
    const QByteArray command =
        quoted(juesuanProgram) + " survey " + quoted(corpusDir()) + " --json 2>/dev/null";
    for (auto _ : state) {
        QByteArray output;
        const Clock::time_point start = Clock::now();
        // Exit 2: some file could not be read; the others were surveyed.
        const int status = runCommand(command, output);
        const bool ran = status == 0 || status == 2;
        const double wall = secondsSince(start);
        const QJsonObject survey = QJsonDocument::fromJson(output).object();
        const QJsonArray reports = survey.value(u"reports").toArray();
        if (!ran || reports.isEmpty()) {
            state.SkipWithError("juesuan survey failed");
            return;
        }
        std::vector<double> all, pdf;
        for (const QJsonValue &value : reports) {
            const QJsonObject report = value.toObject();
            if (report.contains(u"error"))
                continue;
            const double seconds = report.value(u"seconds").toDouble();
            all.push_back(seconds);
            if (isPdf(report.value(u"file").toString()))
                pdf.push_back(seconds);
        }
        const QJsonObject totals = survey.value(u"totals").toObject();
        surveyFiles = reports.size();
        surveySlowestFile = totals.value(u"slowest").toString();
        surveyUnreadable = totals.value(u"unreadable").toInteger();
        surveyAll.median.push_back(median(all));
        surveyAll.slowest.push_back(slowest(all));
        surveyAll.mean.push_back(wall / double(reports.size()));
        surveyPdf.median.push_back(median(pdf));
        surveyPdf.slowest.push_back(slowest(pdf));
        state.counters["files"] = double(reports.size());
        state.counters["unreadable"] = double(surveyUnreadable);
        state.counters["s_per_file"] = wall / double(reports.size());
        state.counters["median_s"] = median(all);
        state.counters["slowest_s"] = slowest(all);
        state.counters["pdf_median_s"] = median(pdf);
        state.counters["pdf_slowest_s"] = slowest(pdf);
    }
}

void pdftotextProcesses(benchmark::State &state) {
    QStringList pdfs;
    for (const analysis::ReportFile &file : analysis::reportFiles({corpusDir()}))
        if (isPdf(file.path))
            pdfs.append(file.path);
    if (pdfs.isEmpty()) {
        state.SkipWithError("no PDF in the corpus");
        return;
    }
    for (auto _ : state) {
        std::vector<double> times;
        double total = 0;
        for (const QString &pdf : std::as_const(pdfs)) {
            const Clock::time_point start = Clock::now();
            QByteArray text;
            // A PDF pdftotext refuses (exit 1 to 3) still costs what it took.
            const int status =
                runCommand("pdftotext -layout " + quoted(pdf) + " - 2>/dev/null", text);
            if (status < 0 || status > 3) {
                state.SkipWithError("pdftotext failed (apt-get install poppler-utils)");
                return;
            }
            benchmark::DoNotOptimize(text.size());
            times.push_back(secondsSince(start));
            total += times.back();
            if (times.back() >= slowest(times))
                pdftotextSlowestFile = QFileInfo(pdf).fileName();
        }
        pdfFiles = pdfs.size();
        pdftotext.median.push_back(median(times));
        pdftotext.slowest.push_back(slowest(times));
        pdftotext.mean.push_back(total / double(times.size()));
        state.counters["files"] = double(times.size());
        state.counters["s_per_file"] = total / double(times.size());
        state.counters["median_s"] = median(times);
        state.counters["slowest_s"] = slowest(times);
    }
}

void printSummary() {
    if (surveyAll.median.empty() || pdftotext.median.empty())
        return;
    // `meanSeconds` below 0: not measured for that line.
    const auto line = [](const char *what, double medianSeconds, double slowestSeconds,
                         double meanSeconds) {
        std::printf("%-34s %10.3f %10.3f", what, medianSeconds, slowestSeconds);
        if (meanSeconds >= 0)
            std::printf(" %14.3f", meanSeconds);
        std::printf("\n");
    };
    std::printf("\nPer report, seconds (median of %zu runs; survey: read + extract + check "
                "inside the process; pdftotext: the whole process)\n",
                surveyAll.median.size());
    std::printf("%-34s %10s %10s %14s\n", "", "median", "slowest", "process/file");
    line(qPrintable(QStringLiteral("juesuan survey, %1 files").arg(surveyFiles)),
         median(surveyAll.median), median(surveyAll.slowest), median(surveyAll.mean));
    line("  of which PDFs", median(surveyPdf.median), median(surveyPdf.slowest), -1);
    line(qPrintable(QStringLiteral("pdftotext -layout, %1 PDFs").arg(pdfFiles)),
         median(pdftotext.median), median(pdftotext.slowest), median(pdftotext.mean));
    const double pdftotextMedian = median(pdftotext.median);
    const double pdftotextSlowest = median(pdftotext.slowest);
    if (pdftotextMedian > 0 && pdftotextSlowest > 0)
        std::printf("survey / pdftotext on the PDFs: median %.2fx, slowest %.2fx\n",
                    median(surveyPdf.median) / pdftotextMedian,
                    median(surveyPdf.slowest) / pdftotextSlowest);
    std::printf("slowest in the last run: survey %s, pdftotext %s\n", qPrintable(surveySlowestFile),
                qPrintable(pdftotextSlowestFile));
    if (surveyUnreadable > 0)
        std::printf("(%lld file(s) of the corpus could not be read)\n",
                    static_cast<long long>(surveyUnreadable));
}

} // namespace

BENCHMARK(surveyProcess)->Unit(benchmark::kSecond)->UseRealTime()->Iterations(1);
BENCHMARK(pdftotextProcesses)->Unit(benchmark::kSecond)->UseRealTime()->Iterations(1);

int main(int argc, char **argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (!QFileInfo(corpusDir()).isDir()) {
        std::fprintf(stderr,
                     "bench_survey: skipped: no corpus folder at %s (configure with "
                     "-DJUESUAN_CORPUS_DIR=… or set JUESUAN_CORPUS_DIR)\n",
                     qPrintable(corpusDir()));
        return 0;
    }
    if (!QFileInfo(juesuanProgram).isExecutable()) {
        std::fprintf(stderr, "bench_survey: %s is not built (ninja juesuan)\n",
                     qPrintable(juesuanProgram));
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    printSummary();
    benchmark::Shutdown();
    return 0;
}
