#include "core/check/term.h"

#include "core/check/figureindex.h"

#include <algorithm>

namespace juesuan::check {
namespace {

// Half a unit of the `scale`-th decimal, moved into 元 for money.
Rational halfUnit(int scale, int yuanExponent) {
    return Rational::fromDecimal(model::Decimal(5, scale + 1)) * Rational::pow10(yuanExponent);
}

} // namespace

bool isSignedFacet(model::Facet facet) {
    switch (facet) {
    case model::Facet::BudgetDelta:
    case model::Facet::BudgetPercent:
    case model::Facet::PreviousDelta:
    case model::Facet::PreviousPercent:
        return true;
    case model::Facet::Value:
    case model::Facet::Budget:
    case model::Facet::Completion:
    case model::Facet::Share:
        break;
    }
    return false;
}

Term termFor(const model::Figure &figure, const FigureIndex &index, int sign) {
    Term term;
    term.figure = &figure;
    term.sign = sign;
    const model::Quantity &q = figure.quantity;
    const model::Decimal stated = isSignedFacet(figure.facet) ? figure.signedValue() : q.value();
    const int exponent = q.kind() == model::QuantityKind::Money ? model::yuanExponent(q.unit()) : 0;
    // In checked 128-bit arithmetic: Decimal::shifted would overflow silently.
    term.value = Rational::fromDecimal(stated) * Rational::pow10(exponent);
    term.printedScale = q.value().scale();
    term.exponent = exponent;
    if (q.kind() == model::QuantityKind::Count) {
        // Counts are exact whole numbers: nothing was rounded.
        term.fineScale = term.printedScale;
        return term;
    }
    if (q.kind() == model::QuantityKind::Score) {
        // Points are allotted, not measured: whole points (分值 10, 得分 5) are
        // exact; a fractional score (4.50 = 10 × 45%) may be rounded where printed.
        term.fineScale = term.printedScale;
        if (term.printedScale > 0)
            term.fineHalf = term.coarseHalf = halfUnit(term.printedScale, 0);
        return term;
    }
    term.fineScale = std::max(term.printedScale, index.documentScale(q.kind(), q.unit()));
    term.fineHalf = halfUnit(term.fineScale, exponent);
    // The coarse reading (a number rounded to the digits printed) is only
    // plausible for a measured amount or rate. A printed zero is what a report
    // writes when there is nothing; a small non-zero amount keeps its decimals.
    term.coarseHalf = q.value().isZero() ? term.fineHalf : halfUnit(term.printedScale, exponent);
    return term;
}

Term constantTerm(const model::Decimal &value, int sign) {
    Term term;
    term.value = Rational::fromDecimal(value);
    term.sign = sign;
    term.fineScale = term.printedScale = value.scale();
    return term;
}

} // namespace juesuan::check
