#include "core/about/versions.h"

#include "core/ingest/pdfengine.h"
#include "juesuan/version.h"

#include <unicode/uversion.h>

namespace juesuan::about {

QString applicationVersion() {
    return QStringLiteral(JUESUAN_VERSION_STRING);
}

QStringList versionLines() {
    UVersionInfo icu;
    u_getVersion(icu);
    char icuText[U_MAX_VERSION_STRING_LENGTH] = {};
    u_versionToString(icu, icuText);
    return {QStringLiteral("Juesuan ") + applicationVersion(),
            QStringLiteral("Qt ") + QString::fromLatin1(qVersion()),
            QStringLiteral("Poppler ") + ingest::pdfengine::version(),
            QStringLiteral("ICU ") + QString::fromLatin1(icuText)};
}

} // namespace juesuan::about
