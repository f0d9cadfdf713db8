#include "core/i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <atomic>

namespace juesuan::i18n {
namespace {

std::atomic<Language> g_current = Language::English;

// The application's catalogues, loaded once each on first use. Both may
// serve at the same time, from any thread: translating is a read.
struct Catalogues {
    QTranslator chinese;
    QTranslator english;
    bool chineseLoaded = false;
    bool englishLoaded = false;

    Catalogues() {
        chineseLoaded = chinese.load(QStringLiteral(":/i18n/juesuan_zh_CN"));
        // English needs its catalogue too: it holds the plural forms ("1 report").
        englishLoaded = english.load(QStringLiteral(":/i18n/juesuan_en"));
    }

    QTranslator &of(Language language) { return language == Language::Chinese ? chinese : english; }
    bool loaded(Language language) const {
        return language == Language::Chinese ? chineseLoaded : englishLoaded;
    }
};

// Never destroyed, nor is Qt's below: an installed translator removes
// itself from a living application when it is deleted, which at exit would
// send LanguageChange to widgets already torn down.
Catalogues &catalogues() {
    static Catalogues *const instance = new Catalogues;
    return *instance;
}

// Qt's own strings (dialogs, context menus: "Copy", "Cancel") in Chinese,
// from the system's Qt translations; nullptr when they are not installed.
QTranslator *qtChinese() {
    static QTranslator *const translator = [] {
        auto *qt = new QTranslator;
        if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"),
                     QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            return qt;
        delete qt;
        return static_cast<QTranslator *>(nullptr);
    }();
    return translator;
}

// What installLanguage() installed, removed again before the next language.
QTranslator *g_installedApp = nullptr;
QTranslator *g_installedQt = nullptr;

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

Language currentLanguage() {
    return g_current;
}

bool installLanguage(Language language) {
    for (QTranslator **installed : {&g_installedApp, &g_installedQt}) {
        if (*installed)
            QCoreApplication::removeTranslator(*installed);
        *installed = nullptr;
    }
    g_current = language;
    Catalogues &all = catalogues();
    g_installedApp = &all.of(language);
    QCoreApplication::installTranslator(g_installedApp);
    if (language == Language::Chinese) {
        g_installedQt = qtChinese();
        if (g_installedQt)
            QCoreApplication::installTranslator(g_installedQt);
    }
    QLocale::setDefault(language == Language::Chinese
                            ? QLocale(QLocale::Chinese, QLocale::China)
                            : QLocale(QLocale::English, QLocale::UnitedStates));
    return all.loaded(language);
}

QString translate(Language language, const char *context, const char *source) {
    const QString text = catalogues().of(language).translate(context, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

} // namespace juesuan::i18n
