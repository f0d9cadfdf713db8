#include "ui/language.h"

#include <QSettings>

namespace juesuan::ui {

using i18n::Language;

Language startupLanguage(const QString &requested, bool *known) {
    if (known)
        *known = true;
    if (!requested.isEmpty()) {
        if (requested.startsWith(u"zh", Qt::CaseInsensitive) ||
            requested.startsWith(u"en", Qt::CaseInsensitive))
            return i18n::languageFromCode(requested, Language::Chinese);
        if (known)
            *known = false;
    }
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    return i18n::languageFromCode(saved, i18n::systemLanguage());
}

bool applyLanguage(Language language) {
    const bool loaded = i18n::installLanguage(language);
    emit LanguageNotifier::instance()->changed();
    return loaded;
}

LanguageNotifier *LanguageNotifier::instance() {
    static LanguageNotifier notifier;
    return &notifier;
}

} // namespace juesuan::ui
