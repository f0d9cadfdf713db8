#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace juesuan::check {

// How sure the checker is that a finding is a real error. Ordered: a
// minimum-severity filter keeps everything at or above it.
enum class Severity { Info = 0, Warning = 1, Error = 2 };

QString severityId(Severity severity); // "info", "warning", "error": stable in JSON
std::optional<Severity> severityFromId(QStringView id);
// The colour a severity is shown in everywhere (window, exported reports),
// as 0xRRGGBB: red errors, amber warnings, blue notes.
quint32 severityRgb(Severity severity);

// What the evaluation of one relation instance concluded.
enum class Outcome {
    Holds,         // exact recomputation gives the stated digits
    RoundingTail,  // differs, but the inputs' rounding explains it (info at most)
    PrecisionOnly, // holds only if a number was rounded coarser than the report prints
    Mismatch,      // no rounding explains it
    ZeroBase,      // a rate stated against a base of zero
    SignOnly,      // the magnitude holds, the worded direction does not
    LastDigit,     // two printings of one value one unit apart in the last place (warning)
    Truncated,     // a rate cut off instead of rounded: 9.5575 printed 9.55 (warning)
    Wording,       // a wording rule fired
    Undetermined,  // inputs missing or arithmetic overflow: nothing is said
};

QString outcomeId(Outcome outcome); // "holds", "rounding_tail", …

} // namespace juesuan::check
