// The arithmetic forms of the evaluator: sums, quotients (shares, rates,
// growth), products (a performance table's funds score) and counts.
#include "core/check/evaluator.h"
#include "core/check/tolerance.h"

namespace juesuan::check {
namespace {

Implied exactly(const Rational &value) {
    return {value, {value, value}, {value, value}, false};
}

// Whether the stated number is the exact value cut off (not rounded) at the
// digits it prints: 9.5575% printed as 9.55%.
bool truncatesTo(const Rational &exact, const Term &stated) {
    const Rational scaled = exact / Rational::pow10(stated.exponent);
    const Rational own = stated.value / Rational::pow10(stated.exponent);
    const auto cut = scaled < Rational() ? scaled.ceilDecimal(stated.printedScale)
                                         : scaled.floorDecimal(stated.printedScale);
    const auto printed = own.toDecimal(stated.printedScale);
    return cut && printed && *cut == *printed;
}

// factor · Π numerators / Π denominators, optionally capped, judged against
// the stated term. A denominator whose exact value is zero is a zero base:
// 0/0 stated as 0 (or as the whole, 100%) is accepted when `acceptZeroOverZero`;
// x/0 is a finding of the relation's zero-base severity.
void judgeQuotient(Evaluation &e, const QList<Implied> &numerators,
                   const QList<Implied> &denominators, const Rational &factor,
                   const std::optional<Implied> &cap, bool acceptZeroOverZero) {
    Implied q = exactly(factor);
    for (const Implied &n : numerators) {
        q.exact = q.exact * n.exact;
        q.fine = q.fine * n.fine;
        q.coarse = q.coarse * n.coarse;
    }
    const bool zeroBase = std::any_of(denominators.cbegin(), denominators.cend(),
                                      [](const Implied &d) { return d.exact.isZero(); });
    if (zeroBase) {
        e.expected = Rational();
        if (!q.exact.isZero())
            e.outcome = e.relation->zeroBaseSeverity ? Outcome::ZeroBase : Outcome::Undetermined;
        else if (!acceptZeroOverZero)
            e.outcome = Outcome::Undetermined;
        else
            e.outcome = e.stated.value.isZero() || e.stated.value == factor ? Outcome::Holds
                                                                            : Outcome::Mismatch;
        return;
    }
    for (const Implied &d : denominators) {
        q.exact = q.exact / d.exact;
        if (d.fine.containsZero()) {
            // Rounding alone could make the base zero: nothing can be said.
            e.outcome = Outcome::Undetermined;
            return;
        }
        q.fine = q.fine / d.fine;
        if (d.coarse.containsZero())
            q.coarseUnbounded = true;
        else if (!q.coarseUnbounded)
            q.coarse = q.coarse / d.coarse;
    }
    if (cap) {
        q.exact = Rational::min(q.exact, cap->exact);
        q.fine = Interval::minimum(q.fine, cap->fine);
        if (!q.coarseUnbounded)
            q.coarse = Interval::minimum(q.coarse, cap->coarse);
    }
    const Judgement judgement = judge(e.stated, q);
    e.outcome = judgement.outcome == Outcome::Mismatch && truncatesTo(q.exact, e.stated)
                    ? Outcome::Truncated
                    : judgement.outcome;
    e.expected = judgement.expected;
    e.interval = judgement.interval;
}

} // namespace

std::optional<Evaluation> Evaluator::evaluateSum(const Relation &relation,
                                                 const Bound &bound) const {
    const auto stated = resolveOne(relation.stated, bound);
    bool missingOptional = false;
    const auto parts = resolveAll(relation.parts, bound, &missingOptional);
    if (!stated || !parts || parts->isEmpty())
        return std::nullopt;
    Evaluation e = start(relation, bound);
    e.stated = *stated;
    e.inputs = *parts;
    e.partial = relation.partial || missingOptional;
    const Implied implied = impliedSum(*parts);
    const Judgement judgement = e.partial ? judgeAtMost(*stated, implied) : judge(*stated, implied);
    e.outcome = judgement.outcome;
    e.expected = judgement.expected;
    e.interval = judgement.interval;
    return e;
}

std::optional<Evaluation> Evaluator::evaluateRatio(const Relation &relation,
                                                   const Bound &bound) const {
    const auto stated = resolveOne(relation.stated, bound);
    const auto numerator = resolveAll(relation.numerator, bound);
    const auto denominator = resolveAll(relation.denominator, bound);
    if (!stated || !numerator || !denominator)
        return std::nullopt;
    Evaluation e = start(relation, bound);
    e.stated = *stated;
    e.inputs = *numerator + *denominator;
    e.numeratorCount = int(numerator->size());
    judgeQuotient(e, {impliedSum(*numerator)}, {impliedSum(*denominator)},
                  Rational::fromDecimal(relation.factor), std::nullopt, true);
    return e;
}

std::optional<Evaluation> Evaluator::evaluateProduct(const Relation &relation,
                                                     const Bound &bound) const {
    const auto stated = resolveOne(relation.stated, bound);
    if (!stated)
        return std::nullopt;
    Evaluation e = start(relation, bound);
    e.stated = *stated;
    QList<Implied> factors, divisors;
    for (const FigureRef &ref : relation.factors) {
        const auto term = resolveOne(ref, bound);
        if (!term)
            return std::nullopt;
        e.inputs.append(*term);
        factors.append(impliedSum({*term}));
    }
    e.numeratorCount = int(e.inputs.size());
    for (const FigureRef &ref : relation.divisors) {
        const auto term = resolveOne(ref, bound);
        if (!term)
            return std::nullopt;
        e.inputs.append(*term);
        divisors.append(impliedSum({*term}));
    }
    std::optional<Implied> cap;
    if (relation.cap) {
        const auto term = resolveOne(*relation.cap, bound);
        if (!term)
            return std::nullopt;
        cap = impliedSum({*term});
        if (term->figure && !e.figures().contains(term->figure))
            e.inputs.append(*term);
    }
    judgeQuotient(e, factors, divisors, Rational::fromDecimal(relation.factor), cap, false);
    return e;
}

std::optional<Evaluation> Evaluator::evaluateCount(const Relation &relation,
                                                   const Bound &bound) const {
    const auto stated = resolveOne(relation.stated, bound);
    const auto members = resolve(relation.collection, bound);
    if (!stated || !members)
        return std::nullopt;
    Evaluation e = start(relation, bound);
    e.stated = *stated;
    QStringList subjects;
    for (const Term &term : *members)
        if (term.figure && !subjects.contains(term.figure->subject))
            subjects.append(term.figure->subject);
    const Judgement judgement = judge(*stated, exactly(Rational::fromInt(subjects.size())));
    e.outcome = judgement.outcome;
    e.expected = judgement.expected;
    e.interval = judgement.interval;
    return e;
}

} // namespace juesuan::check
