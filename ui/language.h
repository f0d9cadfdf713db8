#pragma once

#include "model/quantity.h"
#include "model/report.h"

#include <QObject>
#include <QString>

namespace juesuan::model {
struct MetricInfo;
}

namespace juesuan::ui {

// The interface languages the application ships. Source strings are English;
// Simplified Chinese is the default for the people the tool is made for.
enum class Language { Chinese, English };

QString languageCode(Language language); // "zh_CN", "en"
Language languageFromCode(QStringView code, Language fallback);

// Chinese unless the system locale asks for another language explicitly: a
// C/POSIX locale (common on servers and minimal desktops) says nothing.
Language systemLanguage();

// The language to start in: `requested` (--lang) when given and known,
// else the one chosen in the View menu last time (QSettings), else the
// system's. `known` is cleared when `requested` names no shipped language.
Language startupLanguage(const QString &requested, bool *known = nullptr);

// The language the UI currently speaks (the one last applied).
Language currentLanguage();

// Installs the application's and Qt's own translators for `language` and
// makes it current. Widgets receive QEvent::LanguageChange; item models and
// charts listen to LanguageNotifier::changed. Returns false when the
// application's translation could not be loaded.
bool applyLanguage(Language language);

// The label of a metric in the current language.
QString metricLabel(const model::MetricInfo &metric);
// The label of a metric id; the id itself when the catalogue does not know it.
QString metricLabel(QStringView metricId);

// Names of report properties in the current language: "万元" / "10k yuan".
QString moneyUnitLabel(model::MoneyUnit unit);
// "部门决算", "单位预算" …: what the report is, as far as it is known.
QString reportKindLabel(const model::Report &report);

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
