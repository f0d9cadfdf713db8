#pragma once

#include "core/check/rational.h"
#include "core/check/relation.h"
#include "core/model/figure.h"

#include <QString>

namespace juesuan::check {

class FigureIndex;

// One number taking part in an evaluation: a figure (or a catalogue
// constant) with its exact value and the half-widths of the interval it may
// stand for, in a common base unit (money in 元).
//
// Two half-widths: `fineHalf` reads the number at the report's own printed
// precision ("24" in a report printing 0.01 is 24.00 ± 0.005), `coarseHalf`
// at the digits actually printed (24 ± 0.5). See tolerance.h.
struct Term {
    const model::Figure *figure = nullptr; // nullptr for a constant
    Rational value;                        // signed: 减少 X is −X
    Rational fineHalf;
    Rational coarseHalf;
    int fineScale = 0;    // decimals in the report's precision, in the figure's own unit
    int printedScale = 0; // decimals printed
    int exponent = 0;     // power of ten from the figure's unit to the base unit (万元 → 4)
    int sign = 1;         // the sign the relation gives the term (a − b)
    ReportRole report = ReportRole::Current; // which report of a pair the figure is in

    // The term as it enters the relation (sign applied).
    Rational signedValue() const { return sign < 0 ? -value : value; }
    bool hasDirection() const {
        return figure && (figure->direction == model::Direction::Increase ||
                          figure->direction == model::Direction::Decrease);
    }
    // The stated number without the sign its wording gives.
    Term withFlippedDirection() const {
        Term flipped = *this;
        flipped.value = -value;
        return flipped;
    }
};

// Whether a facet states a signed change whose sign is carried by its wording.
bool isSignedFacet(model::Facet facet);

Term termFor(const model::Figure &figure, const FigureIndex &index, int sign = 1);
Term constantTerm(const model::Decimal &value, int sign = 1);

} // namespace juesuan::check
