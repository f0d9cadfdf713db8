#pragma once

#include "core/check/finding.h"
#include "core/check/severity.h"

#include <QString>

namespace juesuan::wording {

// Words for the checker's results in the current language.

QString severityLabel(check::Severity severity); // "Error", "Warning", "Info"
// "1 error", "0 errors", "5 个错误": a count of findings of one severity.
QString severityCount(check::Severity severity, int count);
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

// A short excerpt of `text` around `span` on one line ("…其中：本年基本支出173.15万元，占…"),
// with line breaks and tabs shown as spaces, for a terminal or a tooltip.
QString quoteAround(const QString &text, const model::Span &span, int radius = 24);
// 1-based line of an offset in `text`.
int lineAt(const QString &text, qsizetype offset);

// A finding as two or three lines of text in the current language
// (i18n::currentLanguage): severity, relation id, message, then the quote
// around its first figure and the line.
QString findingToText(const check::Finding &finding, const QString &reportText);

} // namespace juesuan::wording
