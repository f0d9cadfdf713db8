#pragma once

#include <QByteArray>
#include <QString>

namespace juesuan::exporting {

// Writes `bytes` to `path` through a QSaveFile: the file appears whole or not
// at all, and an existing file is replaced only once the new one is complete.
// False with `error` set when it cannot be written.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace juesuan::exporting
