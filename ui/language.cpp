#include "language.h"

#include "model/metriccatalogue.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace juesuan::ui {
namespace {

Language g_current = Language::Chinese;

// The translators live as long as the application; they are replaced, never
// stacked, when the language changes.
QTranslator *g_appTranslator = nullptr;
QTranslator *g_qtTranslator = nullptr;

void removeTranslators() {
    for (QTranslator **translator : {&g_appTranslator, &g_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

} // namespace

QString languageCode(Language language) {
    return language == Language::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

Language languageFromCode(QStringView code, Language fallback) {
    if (code.startsWith(u"zh", Qt::CaseInsensitive))
        return Language::Chinese;
    if (code.startsWith(u"en", Qt::CaseInsensitive))
        return Language::English;
    return fallback;
}

Language systemLanguage() {
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::C || system.language() == QLocale::Chinese)
        return Language::Chinese;
    // Any other explicit language reads English better than Chinese.
    return Language::English;
}

Language startupLanguage(const QString &requested, bool *known) {
    if (known)
        *known = true;
    if (!requested.isEmpty()) {
        if (requested.startsWith(u"zh", Qt::CaseInsensitive) ||
            requested.startsWith(u"en", Qt::CaseInsensitive))
            return languageFromCode(requested, Language::Chinese);
        if (known)
            *known = false;
    }
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    return languageFromCode(saved, systemLanguage());
}

Language currentLanguage() {
    return g_current;
}

bool applyLanguage(Language language) {
    removeTranslators();
    g_current = language;
    // English needs its catalogue too: it holds the plural forms ("1 report").
    g_appTranslator = new QTranslator;
    const bool loaded =
        g_appTranslator->load(QStringLiteral(":/i18n/juesuan_") + languageCode(language));
    QCoreApplication::installTranslator(g_appTranslator);
    if (language == Language::Chinese) {
        // Qt's own dialogs and context menus (file dialog, "Copy", "Cancel").
        g_qtTranslator = new QTranslator;
        if (g_qtTranslator->load(QLocale(QLocale::Chinese, QLocale::China),
                                 QStringLiteral("qtbase"), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(g_qtTranslator);
    }
    QLocale::setDefault(language == Language::Chinese
                            ? QLocale(QLocale::Chinese, QLocale::China)
                            : QLocale(QLocale::English, QLocale::UnitedStates));
    emit LanguageNotifier::instance()->changed();
    return loaded;
}

QString metricLabel(const model::MetricInfo &metric) {
    return g_current == Language::Chinese || metric.en.isEmpty() ? metric.zh : metric.en;
}

QString metricLabel(QStringView metricId) {
    if (const model::MetricInfo *metric = model::MetricCatalogue::builtin().find(metricId))
        return metricLabel(*metric);
    return metricId.toString();
}

QString moneyUnitLabel(model::MoneyUnit unit) {
    switch (unit) {
    case model::MoneyUnit::Yuan:
        return QCoreApplication::translate("Language", "yuan");
    case model::MoneyUnit::WanYuan:
        return QCoreApplication::translate("Language", "10k yuan");
    case model::MoneyUnit::YiYuan:
        return QCoreApplication::translate("Language", "100m yuan");
    case model::MoneyUnit::None:
        break;
    }
    return {};
}

QString reportKindLabel(const model::Report &report) {
    using model::ReportScope;
    using model::ReportType;
    const bool department = report.scope == ReportScope::Department;
    const bool unit = report.scope == ReportScope::Unit;
    QString label;
    switch (report.type) {
    case ReportType::FinalAccount:
        label = department ? QCoreApplication::translate("Language", "Department final accounts")
                : unit     ? QCoreApplication::translate("Language", "Unit final accounts")
                           : QCoreApplication::translate("Language", "Final accounts");
        break;
    case ReportType::Budget:
        label = department ? QCoreApplication::translate("Language", "Department budget")
                : unit     ? QCoreApplication::translate("Language", "Unit budget")
                           : QCoreApplication::translate("Language", "Budget");
        break;
    case ReportType::Unknown:
        label = department ? QCoreApplication::translate("Language", "Department")
                : unit     ? QCoreApplication::translate("Language", "Unit")
                           : QString();
        break;
    }
    if (report.isTemplate && !label.isEmpty())
        label = QCoreApplication::translate("Language", "%1 (blank template)").arg(label);
    return label;
}

LanguageNotifier *LanguageNotifier::instance() {
    static LanguageNotifier notifier;
    return &notifier;
}

} // namespace juesuan::ui
