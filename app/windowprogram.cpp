#include "app/windowprogram.h"

#include "core/i18n/language.h"
#include "core/i18n/tr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace juesuan::app {
namespace {

constexpr i18n::NamespaceTr tr{"juesuan::app"};

} // namespace

int runWindowProgram(int argc, char *argv[]) {
    // Only to learn where this program lies; an exec leaves it behind.
    QCoreApplication application(argc, argv);
    // The relative path is the same in the build tree and the install.
    const QString program = QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                            QStringLiteral("/" JUESUAN_WINDOW_PROGRAM));
    ::execv(QFile::encodeName(program).constData(), argv);
    const QString reason = QString::fromLocal8Bit(std::strerror(errno));
    i18n::installLanguage(i18n::systemLanguage());
    QTextStream(stderr) << "juesuan: "
                        << tr("the desktop app cannot be started (%1: %2)")
                               .arg(QDir::toNativeSeparators(program), reason)
                        << Qt::endl;
    return 2;
}

} // namespace juesuan::app
