#include "language.h"

#include "model/metriccatalogue.h"

#include <QCoreApplication>
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

QString metricLabel(const model::MetricInfo &metric) {
    return i18n::currentLanguage() == Language::Chinese || metric.en.isEmpty() ? metric.zh
                                                                               : metric.en;
}

QString metricLabel(QStringView metricId) {
    if (const model::MetricInfo *metric = model::MetricCatalogue::builtin().find(metricId))
        return metricLabel(*metric);
    return metricId.toString();
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
