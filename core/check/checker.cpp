#include "checker.h"

#include "evaluator.h"
#include "figureindex.h"
#include "findingbuilder.h"
#include "model/metriccatalogue.h"

#include <algorithm>

namespace juesuan::check {

bool CheckResult::hasErrors() const {
    return count(Severity::Error) > 0;
}

qsizetype CheckResult::count(Severity severity) const {
    return std::count_if(findings.cbegin(), findings.cend(),
                         [severity](const Finding &f) { return f.severity == severity; });
}

Checker::Checker(const RelationCatalogue &catalogue)
    : m_catalogue(catalogue) {}

CheckResult Checker::check(const model::Report &report, const model::Report *previous,
                           const CheckOptions &options) const {
    const FigureIndex current(report);
    const std::optional<FigureIndex> before =
        previous ? std::optional<FigureIndex>(std::in_place, *previous) : std::nullopt;
    const Evaluator evaluator(current, before ? &*before : nullptr, options.keepEvaluations);
    const FindingBuilder builder(m_catalogue, model::MetricCatalogue::builtin());

    CheckResult result;
    for (const Relation &relation : m_catalogue.relations()) {
        for (Evaluation &evaluation : evaluator.evaluate(relation)) {
            const auto severity = evaluation.findingSeverity();
            if (severity && *severity >= options.minSeverity)
                result.findings.append(builder.build(evaluation, *severity));
            if (options.keepEvaluations)
                result.evaluations.append(std::move(evaluation));
        }
    }
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const Finding &a, const Finding &b) {
                         if (a.severity != b.severity)
                             return a.severity > b.severity;
                         return a.primarySpan().begin < b.primarySpan().begin;
                     });
    return result;
}

} // namespace juesuan::check
