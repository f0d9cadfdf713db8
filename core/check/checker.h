#pragma once

#include "core/check/evaluation.h"
#include "core/check/finding.h"
#include "core/check/relationcatalogue.h"
#include "core/model/report.h"

#include <QList>
#include <QString>

namespace juesuan::check {

struct CheckOptions {
    Severity minSeverity = Severity::Info; // findings below it are dropped
    bool keepEvaluations = false;          // also return every evaluation, holding or not
    QString family; // only the relations of this family (e.g. "cross_report"); all when empty
};

struct CheckResult {
    QList<Finding> findings; // most severe first, then in text order
    // Only with CheckOptions::keepEvaluations. They point into the report and
    // the catalogue: valid while both live.
    QList<Evaluation> evaluations;
    // With keepEvaluations: for each evaluation, the index of the finding it
    // produced in `findings`, or -1.
    QList<int> findingOfEvaluation;

    bool hasErrors() const;
    qsizetype count(Severity severity) const;
};

// Checks a report against a relation catalogue. Pure function of its inputs;
// a Checker may be shared between threads.
class Checker {
public:
    explicit Checker(const RelationCatalogue &catalogue = RelationCatalogue::builtin());

    // `other`: the other report of a comparison (the previous year's report of
    // the same unit, or the budget of the final checked), for the
    // cross-report relations; they are skipped without it.
    CheckResult check(const model::Report &report, const model::Report *other = nullptr,
                      const CheckOptions &options = {}) const;

private:
    const RelationCatalogue &m_catalogue;
};

} // namespace juesuan::check
