#pragma once

#include <QString>

namespace juesuan::i18n {

// The languages the application speaks. Source strings are English;
// Simplified Chinese is the default for the people the tool is made for.
enum class Language { Chinese, English };

QString languageCode(Language language); // "zh_CN", "en"
Language languageFromCode(QStringView code, Language fallback);

// Chinese unless the system locale asks for another language explicitly: a
// C/POSIX locale (common on servers and minimal desktops) says nothing.
Language systemLanguage();

// The language installed last; English (the source strings) before any.
Language currentLanguage();

// Installs the application's translation for `language` (compiled into the
// core under :/i18n) and, for Chinese, Qt's own (qtbase) when the system has
// it; replaces the ones installed before, makes `language` current and sets
// the default QLocale. Needs a QCoreApplication; the UI adds nothing to it.
// Returns false when the application's translation could not be loaded.
bool installLanguage(Language language);

// `source` of `context` in `language`, whatever is installed: for texts
// written in both languages at once (a finding's two messages). The source
// itself when the catalogue has no translation of it.
QString translate(Language language, const char *context, const char *source);

} // namespace juesuan::i18n
