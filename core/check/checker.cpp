#include "core/check/checker.h"

#include "core/check/evaluator.h"
#include "core/check/figureindex.h"
#include "core/check/findingbuilder.h"
#include "core/model/metriccatalogue.h"

#include <algorithm>
#include <numeric>

namespace juesuan::check {

bool CheckResult::hasErrors() const {
    return count(Severity::Error) > 0;
}

qsizetype CheckResult::count(Severity severity) const {
    return countOf(findings, severity);
}

Checker::Checker(const RelationCatalogue &catalogue)
    : m_catalogue(catalogue) {}

CheckResult Checker::check(const model::Report &report, const model::Report *previous,
                           const CheckOptions &options) const {
    const FigureIndex current(report);
    const std::optional<FigureIndex> before =
        previous ? std::optional<FigureIndex>(std::in_place, *previous) : std::nullopt;
    const Evaluator evaluator(current, before ? &*before : nullptr, options.keepEvaluations);
    const FindingBuilder builder(m_catalogue, model::MetricCatalogue::builtin(), report.figures);

    CheckResult result;
    QList<int> evaluationOfFinding; // kept in step with result.findings
    for (const Relation &relation : m_catalogue.relations()) {
        if (!options.family.isEmpty() && relation.family != options.family)
            continue;
        for (Evaluation &evaluation : evaluator.evaluate(relation)) {
            const auto severity = evaluation.findingSeverity();
            if (severity && *severity >= options.minSeverity) {
                result.findings.append(builder.build(evaluation, *severity));
                evaluationOfFinding.append(int(result.evaluations.size()));
            }
            if (options.keepEvaluations)
                result.evaluations.append(std::move(evaluation));
        }
    }
    // Most severe first, then in text order; the permutation is kept so that
    // each evaluation still knows its finding.
    QList<int> order(result.findings.size());
    std::iota(order.begin(), order.end(), 0);
    const QList<Finding> &built = result.findings;
    std::stable_sort(order.begin(), order.end(), [&built](int a, int b) {
        if (built[a].severity != built[b].severity)
            return built[a].severity > built[b].severity;
        return built[a].primarySpan().begin < built[b].primarySpan().begin;
    });
    QList<Finding> sorted;
    sorted.reserve(order.size());
    if (options.keepEvaluations)
        result.findingOfEvaluation.fill(-1, result.evaluations.size());
    for (int position = 0; position < order.size(); ++position) {
        sorted.append(std::move(result.findings[order[position]]));
        if (options.keepEvaluations)
            result.findingOfEvaluation[evaluationOfFinding[order[position]]] = position;
    }
    result.findings = std::move(sorted);
    return result;
}

} // namespace juesuan::check
