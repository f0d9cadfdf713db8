// The statement forms of the evaluator: one value stated in two places must
// agree, whether it is the same key stated twice (section 一 and 四, narrative
// and chart) or two keys the catalogue declares equal (a project's narrative
// budget and its table's 全年预算数).
#include "core/check/evaluator.h"
#include "core/check/tolerance.h"

namespace juesuan::check {
namespace {

// Two printings at the same precision one unit apart in their last place
// (326.71 against 326.72): a rounding made twice, or a slip of one digit.
bool oneUnitApart(const Term &a, const Term &b) {
    if (!a.figure || !b.figure || a.printedScale != b.printedScale || a.exponent != b.exponent)
        return false;
    const Rational unit = Rational::pow10(a.exponent) / Rational::pow10(a.printedScale);
    const Rational difference = a.value - b.value;
    return difference == unit || difference == -unit;
}

void judgeAgainst(Evaluation &e, const Term &other) {
    e.inputs = {other};
    // Two printings of one true value: strict overlap (see tolerance.h).
    const Judgement judgement = judge(e.stated, impliedSum({other}), true);
    e.outcome = judgement.outcome == Outcome::Mismatch && oneUnitApart(e.stated, other)
                    ? Outcome::LastDigit
                    : judgement.outcome;
    e.expected = judgement.expected;
    e.interval = judgement.interval;
}

} // namespace

std::optional<Evaluation> Evaluator::evaluateEqual(const Relation &relation,
                                                   const Bound &bound) const {
    const auto stated = resolveOne(relation.stated, bound);
    const auto other = resolveOne(*relation.other, bound);
    if (!stated || !other)
        return std::nullopt;
    Evaluation e = start(relation, bound);
    e.stated = *stated;
    judgeAgainst(e, *other);
    return e;
}

QList<Evaluation> Evaluator::evaluateTwice(const Relation &relation) const {
    const bool all = relation.metrics.contains(QStringLiteral("*"));
    QList<Evaluation> result;
    for (const auto &statements : m_current.repeated()) {
        const model::Figure *first = statements.first();
        if (!all && !relation.metrics.contains(first->metric))
            continue;
        const Term reference = m_current.term(*first);
        for (qsizetype i = 1; i < statements.size(); ++i) {
            Evaluation e = start(relation, {first->metric, first->subject});
            e.stated = m_current.term(*statements[i]);
            judgeAgainst(e, reference);
            if (keeps(e))
                result.append(std::move(e));
        }
    }
    return result;
}

} // namespace juesuan::check
