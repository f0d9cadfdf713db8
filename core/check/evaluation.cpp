#include "core/check/evaluation.h"

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
    // Members of a collection named partly by the narrative and partly by a
    // table: the two may name one item differently ("行政事业单位离退休" for
    // the 款 a table calls "行政事业单位养老支出"), so a sum over them may
    // count it twice.
    bool narrative = false, table = false;
    for (const Term &term : inputs) {
        if (!term.figure || term.figure->subject.isEmpty())
            continue;
        narrative = narrative || term.figure->origin == model::Origin::Narrative;
        table = table || term.figure->origin == model::Origin::Table;
    }
    return narrative && table ? QStringLiteral("subjects_mixed") : QString();
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
