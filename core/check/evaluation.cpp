#include "evaluation.h"

#include <algorithm>

namespace juesuan::check {

std::optional<Severity> Evaluation::findingSeverity() const {
    if (!relation)
        return std::nullopt;
    const Severity own = relation->severity;
    switch (outcome) {
    case Outcome::Holds:
    case Outcome::Undetermined:
        return std::nullopt;
    case Outcome::RoundingTail:
        return Severity::Info;
    case Outcome::PrecisionOnly:
    case Outcome::SignOnly:
    case Outcome::LastDigit:
    case Outcome::Truncated:
        // Likely wrong but not provable: never more than a warning.
        return std::min(own, Severity::Warning);
    case Outcome::ZeroBase:
        if (relation->zeroBaseSeverity && !doubt().isEmpty())
            return std::min(*relation->zeroBaseSeverity, Severity::Warning);
        return relation->zeroBaseSeverity;
    case Outcome::Mismatch:
    case Outcome::Wording:
        break;
    }
    // A reading that is not sure accuses no one.
    return doubt().isEmpty() ? own : std::min(own, Severity::Warning);
}

QString Evaluation::doubt() const {
    for (const model::Figure *figure : figures())
        if (!figure->doubt.isEmpty())
            return figure->doubt;
    return {};
}

QList<const model::Figure *> Evaluation::figures() const {
    QList<const model::Figure *> result;
    if (stated.figure)
        result.append(stated.figure);
    for (const Term &term : inputs)
        if (term.figure && !result.contains(term.figure))
            result.append(term.figure);
    return result;
}

} // namespace juesuan::check
