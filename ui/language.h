#pragma once

#include "core/i18n/language.h"

#include <QObject>
#include <QString>

namespace juesuan::ui {

// The language to start in: `requested` (--lang) when given and known,
// else the one chosen in the View menu last time (QSettings), else the
// system's. `known` is cleared when `requested` names no shipped language.
i18n::Language startupLanguage(const QString &requested, bool *known = nullptr);

// Installs the language (i18n::installLanguage) and tells the interface:
// widgets receive QEvent::LanguageChange; item models and charts listen to
// LanguageNotifier::changed. Returns false when the application's
// translation could not be loaded.
bool applyLanguage(i18n::Language language);

// Tells non-widget objects (models, chart panels) that the language changed.
class LanguageNotifier : public QObject {
    Q_OBJECT
public:
    static LanguageNotifier *instance();

signals:
    void changed();

private:
    LanguageNotifier() = default;
};

} // namespace juesuan::ui
