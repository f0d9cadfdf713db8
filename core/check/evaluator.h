#pragma once

#include "core/check/evaluation.h"
#include "core/check/figureindex.h"
#include "core/check/relation.h"

#include <QList>
#include <optional>

namespace juesuan::check {

// Evaluates catalogue relations on one report (and, for cross-report
// relations, the previous year's report of the same unit). Stateless apart
// from the indices it reads; every form is a member so they share resolution.
class Evaluator {
public:
    // `keepHolding`: also return the evaluations that hold (the mutation test
    // and the UI's "checked" marks need them; a plain check does not).
    Evaluator(const FigureIndex &current, const FigureIndex *previous = nullptr,
              bool keepHolding = false);

    // The instances of the relation that the report allows evaluating: all of
    // them with keepHolding, otherwise only those that produce a finding.
    QList<Evaluation> evaluate(const Relation &relation) const;

private:
    struct Bound {
        QString metric;
        QString subject;
    };

    QList<Bound> bindings(const Relation &relation) const;
    const FigureIndex *indexFor(const FigureRef &ref) const;
    QString metricOf(const FigureRef &ref, const Bound &bound) const;
    QString subjectOf(const FigureRef &ref, const Bound &bound) const;
    std::optional<Term> resolveOne(const FigureRef &ref, const Bound &bound) const;
    // A collection expands to one term per subject. nullopt when a required
    // term is missing or a collection is empty; `missingOptional` is set when
    // an optional term is missing (the relation becomes partial).
    std::optional<QList<Term>> resolve(const FigureRef &ref, const Bound &bound,
                                       bool *missingOptional = nullptr) const;
    std::optional<QList<Term>> resolveAll(const QList<FigureRef> &refs, const Bound &bound,
                                          bool *missingOptional = nullptr) const;
    Evaluation start(const Relation &relation, const Bound &bound) const;

    // Arithmetic forms (arithmeticforms.cpp).
    std::optional<Evaluation> evaluateSum(const Relation &relation, const Bound &bound) const;
    std::optional<Evaluation> evaluateRatio(const Relation &relation, const Bound &bound) const;
    std::optional<Evaluation> evaluateProduct(const Relation &relation, const Bound &bound) const;
    std::optional<Evaluation> evaluateCount(const Relation &relation, const Bound &bound) const;
    // Statement forms (statementforms.cpp).
    std::optional<Evaluation> evaluateEqual(const Relation &relation, const Bound &bound) const;
    QList<Evaluation> evaluateTwice(const Relation &relation) const;
    // Wording forms (wordingforms.cpp): one evaluation per statement. They
    // walk the figures directly (a wording rule binds nearly every figure, so
    // enumerating bindings first would cost a lookup per figure).
    QList<Evaluation> evaluateWording(const Relation &relation) const;
    bool binds(const Relation &relation, const model::Figure &figure) const;

    bool keeps(const Evaluation &evaluation) const;

    const FigureIndex &m_current;
    const FigureIndex *m_previous;
    bool m_keepHolding;
};

} // namespace juesuan::check
