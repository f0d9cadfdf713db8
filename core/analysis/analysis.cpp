#include "core/analysis/analysis.h"

#include "core/extract/extractor.h"
#include "core/i18n/tr.h"
#include "core/ingest/reportgroup.h"

#include <QElapsedTimer>
#include <algorithm>
#include <exception>
#include <functional>
#include <new>

namespace juesuan::analysis {
namespace {

constexpr i18n::NamespaceTr tr{"juesuan::analysis"};

AnalysedReport failure(const QString &path, const QString &error) {
    AnalysedReport failed;
    failed.path = path;
    failed.error = error;
    return failed;
}

// Every relation instance, with its figures named by index into `figures`
// (a figure of another report is left out) and its finding when it gave one.
QList<RelationUse> relationUses(const check::CheckResult &checked,
                                const QList<model::Figure> &figures) {
    QList<RelationUse> uses;
    const model::Figure *first = figures.constData();
    const model::Figure *end = first + figures.size();
    for (qsizetype i = 0; i < checked.evaluations.size(); ++i) {
        const check::Evaluation &evaluation = checked.evaluations[i];
        RelationUse use;
        use.relation = evaluation.relation;
        use.outcome = evaluation.outcome;
        use.severity = evaluation.findingSeverity();
        use.finding = checked.findingOfEvaluation.value(i, -1);
        for (const model::Figure *figure : evaluation.figures())
            if (std::less_equal<>()(first, figure) && std::less<>()(figure, end))
                use.figures.append(int(figure - first));
        if (use.relation && !use.figures.isEmpty())
            uses.append(std::move(use));
    }
    return uses;
}

// The source as a page view looks words up in it: by text position.
std::shared_ptr<const ingest::SourceDocument> keptSource(ingest::SourceDocument &&document) {
    std::stable_sort(document.words.begin(), document.words.end(),
                     [](const ingest::PositionedWord &a, const ingest::PositionedWord &b) {
                         return a.span.begin < b.span.begin;
                     });
    return std::make_shared<const ingest::SourceDocument>(std::move(document));
}

AnalysedReport run(const QString &path, const AnalysisOptions &options,
                   const std::function<ingest::ReadResult()> &read) {
    AnalysedReport analysed;
    analysed.path = path;
    QElapsedTimer timer;
    timer.start();
    try {
        ingest::ReadResult source = read();
        if (!source.ok()) {
            analysed.error = source.error.isEmpty() ? tr("could not be read") : source.error;
        } else {
            analysed.report = extract::extractReport(*source.document);
            if (options.check) {
                check::CheckOptions checkOptions;
                checkOptions.keepEvaluations = options.keepRelations;
                const check::Checker builtin;
                const check::Checker &checker = options.checker ? *options.checker : builtin;
                check::CheckResult checked = checker.check(analysed.report, nullptr, checkOptions);
                if (options.keepRelations)
                    analysed.relations = relationUses(checked, analysed.report.figures);
                analysed.findings = std::move(checked.findings);
            }
            if (options.keepSource)
                analysed.source = keptSource(std::move(*source.document));
        }
    } catch (const std::bad_alloc &) {
        analysed = failure(path, tr("could not be processed: out of memory"));
    } catch (const std::exception &exception) {
        analysed = failure(
            path, tr("could not be processed: %1").arg(QString::fromLocal8Bit(exception.what())));
    } catch (...) {
        analysed = failure(path, tr("could not be processed: unknown exception"));
    }
    analysed.seconds = double(timer.nsecsElapsed()) / 1e9;
    return analysed;
}

} // namespace

AnalysedReport analyse(const QString &path, const AnalysisOptions &options) {
    return run(path, options, [&] { return ingest::readSource(path, options.read); });
}

AnalysedReport analyseBytes(const QString &path, const QByteArray &bytes,
                            const AnalysisOptions &options) {
    return run(path, options, [&] { return ingest::readBytes(path, bytes, options.read); });
}

AnalysedReport analyseParts(const QStringList &paths, const AnalysisOptions &options) {
    return run(paths.value(0), options,
               [&] { return ingest::readReportGroup(paths, options.read); });
}

} // namespace juesuan::analysis
