#pragma once

#include "check/finding.h"
#include "check/severity.h"

#include <QString>

namespace juesuan::ui {

// Words for the checker's results in the current language.

// "Sum", "Share", "Growth" … for a relation family id of the catalogue; the
// id itself for a family this version does not know.
QString familyLabel(const QString &family);
// "holds", "holds within rounding", "does not hold" …
QString outcomeLabel(check::Outcome outcome);
// The finding's message in the current language.
QString findingMessage(const check::Finding &finding);
// "199.32 万元" for the stated value of a finding, empty when none.
QString findingStated(const check::Finding &finding);
// "188.01 万元 (188.005 … 188.015)": the expected value and the interval.
QString findingExpected(const check::Finding &finding);

} // namespace juesuan::ui
