#include "core/check/severity.h"

#include <array>

namespace juesuan::check {
namespace {

struct OutcomeName {
    Outcome outcome;
    const char16_t *id;
};

constexpr std::array outcomeNames{
    OutcomeName{Outcome::Holds, u"holds"},
    OutcomeName{Outcome::RoundingTail, u"rounding_tail"},
    OutcomeName{Outcome::PrecisionOnly, u"precision"},
    OutcomeName{Outcome::Mismatch, u"mismatch"},
    OutcomeName{Outcome::ZeroBase, u"zero_base"},
    OutcomeName{Outcome::SignOnly, u"sign_only"},
    OutcomeName{Outcome::Wording, u"wording"},
    OutcomeName{Outcome::LastDigit, u"last_digit"},
    OutcomeName{Outcome::Truncated, u"truncated"},
    OutcomeName{Outcome::Undetermined, u"undetermined"},
};

} // namespace

QString severityId(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

std::optional<Severity> severityFromId(QStringView id) {
    if (id == u"error")
        return Severity::Error;
    if (id == u"warning")
        return Severity::Warning;
    if (id == u"info")
        return Severity::Info;
    return std::nullopt;
}

quint32 severityRgb(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return 0xd62728;
    case Severity::Warning:
        return 0xe88a00;
    case Severity::Info:
        break;
    }
    return 0x1f77b4;
}

QString outcomeId(Outcome outcome) {
    for (const auto &name : outcomeNames)
        if (name.outcome == outcome)
            return QString::fromUtf16(name.id);
    return {};
}

} // namespace juesuan::check
