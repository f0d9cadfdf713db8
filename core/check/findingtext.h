#pragma once

#include "finding.h"

#include <QString>

namespace juesuan::check {

// A short excerpt of `text` around `span` on one line ("…其中：本年基本支出173.15万元，占…"),
// with line breaks and tabs shown as spaces, for a terminal or a tooltip.
QString quoteAround(const QString &text, const model::Span &span, int radius = 24);
// 1-based line of an offset in `text`.
int lineAt(const QString &text, qsizetype offset);

// A finding as two or three lines of text in the current language
// (i18n::currentLanguage): severity, relation id, message, then the quote
// around its first figure and the line.
QString findingToText(const Finding &finding, const QString &reportText);

} // namespace juesuan::check
