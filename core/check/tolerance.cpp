#include "core/check/tolerance.h"

namespace juesuan::check {
namespace {

// Whether the exact value, in the stated figure's unit and rounded to `scale`
// digits, gives the stated number.
bool roundsTo(const Rational &exact, const Term &stated, int scale) {
    const auto rounded = (exact / Rational::pow10(stated.exponent)).toDecimal(scale);
    const auto own = (stated.value / Rational::pow10(stated.exponent)).toDecimal(scale);
    return rounded && own && *rounded == *own;
}

Interval statedInterval(const Term &stated, bool coarse) {
    return Interval::around(stated.value, coarse ? stated.coarseHalf : stated.fineHalf);
}

Judgement judgeOnce(const Term &stated, const Implied &implied, bool strict) {
    Judgement result;
    result.expected = implied.exact;
    if (!stated.value.isValid() || !implied.exact.isValid() || !implied.fine.isValid()) {
        result.outcome = Outcome::Undetermined;
        return result;
    }
    result.interval = implied.fine;
    if (implied.exact == stated.value || roundsTo(implied.exact, stated, stated.fineScale)) {
        result.outcome = Outcome::Holds;
        return result;
    }
    if (implied.fine.intersects(statedInterval(stated, false), strict)) {
        result.outcome = Outcome::RoundingTail;
        return result;
    }
    if (implied.coarseUnbounded || roundsTo(implied.exact, stated, stated.printedScale) ||
        (implied.coarse.isValid() &&
         implied.coarse.intersects(statedInterval(stated, true), strict))) {
        result.outcome = Outcome::PrecisionOnly;
        return result;
    }
    result.interval = implied.coarse.isValid() ? implied.coarse : implied.fine;
    result.outcome = Outcome::Mismatch;
    return result;
}

} // namespace

Implied impliedSum(const QList<Term> &terms) {
    Implied implied;
    Rational fine, coarse;
    for (const Term &term : terms) {
        implied.exact = implied.exact + term.signedValue();
        fine = fine + term.fineHalf;
        coarse = coarse + term.coarseHalf;
    }
    implied.fine = Interval::around(implied.exact, fine);
    implied.coarse = Interval::around(implied.exact, coarse);
    return implied;
}

Judgement judge(const Term &stated, const Implied &implied, bool strict) {
    Judgement result = judgeOnce(stated, implied, strict);
    if (result.outcome == Outcome::Mismatch && stated.hasDirection() && !stated.value.isZero()) {
        const Judgement reversed = judgeOnce(stated.withFlippedDirection(), implied, strict);
        if (reversed.outcome != Outcome::Mismatch && reversed.outcome != Outcome::Undetermined)
            result.outcome = Outcome::SignOnly;
    }
    return result;
}

Judgement judgeAtMost(const Term &stated, const Implied &implied) {
    if (implied.exact.isValid() && stated.value.isValid() && implied.exact <= stated.value) {
        Judgement result;
        result.outcome = Outcome::Holds;
        result.expected = implied.exact;
        result.interval = implied.fine;
        return result;
    }
    return judge(stated, implied);
}

} // namespace juesuan::check
