#include "tests/ui/uitestapp.h"

#include "ui/document/reportdocument.h"
#include "ui/document/reportlibrary.h"
#include "ui/document/reportloader.h"
#include "ui/language.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

namespace uitest {
namespace {

QMutex g_warningsMutex;
QStringList g_warnings;
QtMessageHandler g_previousHandler = nullptr;
int g_collectors = 0;

void collectWarning(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (type == QtWarningMsg || type == QtCriticalMsg) {
        const QMutexLocker locker(&g_warningsMutex);
        g_warnings.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

void ensureApplication() {
    if (QApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    static int argc = 1;
    static char name[] = "ui_tests";
    static char *argv[] = {name, nullptr};
    // Created once and never destroyed: a function-static QApplication would
    // be torn down after Qt's own statics (QInputDevice's registry among
    // them) and crash the test run at exit. The process ends right after the
    // last test; the OS reclaims it.
    new QApplication(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JuesuanTests"));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    juesuan::ui::applyLanguage(juesuan::i18n::Language::Chinese);
}

QString samplePath(const QString &fileName) {
    return QStringLiteral(JUESUAN_TEST_DATA_DIR "/samples/") + fileName;
}

QString wuhaiPath() {
    return samplePath(QStringLiteral("wuhai-zonggonghui-2024-final.txt"));
}

QString ordosPath() {
    return samplePath(QStringLiteral("ordos-zonggonghui-2023-final.txt"));
}

ModelWarnings::ModelWarnings() {
    const QMutexLocker locker(&g_warningsMutex);
    if (g_collectors++ == 0) {
        g_warnings.clear();
        g_previousHandler = qInstallMessageHandler(collectWarning);
    }
}

ModelWarnings::~ModelWarnings() {
    const QMutexLocker locker(&g_warningsMutex);
    if (--g_collectors == 0)
        qInstallMessageHandler(g_previousHandler);
}

QStringList ModelWarnings::messages() const {
    const QMutexLocker locker(&g_warningsMutex);
    return g_warnings;
}

bool openAndWait(juesuan::ui::ReportLibrary &library, const QStringList &paths, int timeoutMs) {
    library.open(paths);
    const QDeadlineTimer deadline(timeoutMs);
    while (library.loader()->isBusy()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    // Deliver what the last batch posted (deferred deletes, queued signals).
    QCoreApplication::processEvents();
    return true;
}

juesuan::ui::ReportDocument *loadDocument(const QString &path) {
    auto *document = new juesuan::ui::ReportDocument(path);
    document->apply(juesuan::ui::loadReport(path));
    return document;
}

} // namespace uitest
