#pragma once

#include "core/check/rational.h"
#include "core/check/relation.h"
#include "core/check/severity.h"
#include "core/check/term.h"

#include <QList>
#include <QString>
#include <optional>

namespace juesuan::check {

// One instance of a relation evaluated on a report: what was compared and
// what the comparison concluded. Holding evaluations are kept too (the
// mutation test and the UI's "checked" marks need them).
struct Evaluation {
    const Relation *relation = nullptr;
    QString boundMetric; // what the relation's foreach bound, if any
    QString boundSubject;
    Outcome outcome = Outcome::Undetermined;
    Term stated;
    QList<Term> inputs;     // parts, numerator then denominator, factors, the other statement
    int numeratorCount = 0; // Ratio: how many of `inputs` form the numerator
    Rational expected;      // exact recomputation, base unit (money in 元)
    Interval interval;      // interval implied by the inputs at the deciding precision
    bool partial = false;

    // The severity of the finding this evaluation produces, or nullopt when it
    // produces none (holds, or could not be determined).
    std::optional<Severity> findingSeverity() const;
    // Every figure involved, the stated one first.
    QList<const model::Figure *> figures() const;
    // Why one of the figures is not surely read (the first such doubt), or
    // empty: an evaluation with a doubt never makes an error.
    QString doubt() const;
};

} // namespace juesuan::check
