#pragma once

#include "core/check/rational.h"
#include "core/check/severity.h"
#include "core/check/term.h"

#include <QList>

namespace juesuan::check {

// The rounding rule (DESIGN.md, "Tolerance").
//
// A printed number stands for an interval: "199.32" is [199.315, 199.325].
// A relation holds when the stated number's interval meets the interval its
// inputs imply. Two readings of "printed":
//
//  - fine: the report's own precision. Disclosure reports print amounts to
//    0.01 and drop trailing zeros in prose ("年初预算20万元" beside "24.00");
//    such a number is read as 20.00.
//  - coarse: the digits actually printed (20 ± 0.5). A printed zero (nothing,
//    not a rounded small amount) has no coarse reading: its fine one stands.
//
// Counts are exact. Scores are allotted points: a whole score is exact, a
// fractional one carries the half-unit of its printed digits.
//
// Judgement, in order: exact recomputation rounds to the stated digits →
// Holds; the fine intervals meet → RoundingTail (info at most); only the
// coarse ones meet → PrecisionOnly (warning at most: true only if the writer
// rounded to whole units while the report prints cents); the stated number
// with its worded direction reversed would hold → SignOnly; otherwise
// Mismatch.
struct Judgement {
    Outcome outcome = Outcome::Undetermined;
    Rational expected; // exact recomputation, base unit
    Interval interval; // the inputs' interval of the tier that decided
};

// What the inputs of an evaluation imply: the exact value and its interval
// at both precisions.
struct Implied {
    Rational exact;
    Interval fine;
    Interval coarse;
    // A coarse interval that is unbounded (a divisor that may be zero).
    bool coarseUnbounded = false;
};

// The implied value of Σ sign·terms.
Implied impliedSum(const QList<Term> &terms);

// `strict`: the intervals must overlap with positive width. Two printings of
// one true value at the same precision can only differ by rounding if they
// are equal, so stated-twice relations are strict.
Judgement judge(const Term &stated, const Implied &implied, bool strict = false);

// Partial lists (主要包括 …): only Σ parts > stated is a finding.
Judgement judgeAtMost(const Term &stated, const Implied &implied);

} // namespace juesuan::check
