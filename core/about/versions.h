#pragma once

#include <QString>
#include <QStringList>

namespace juesuan::about {

// The project's version, as CMake's project(Juesuan VERSION …) sets it.
QString applicationVersion();

// The version of Juesuan and of the libraries it runs with, as loaded at run
// time, one a line: "Juesuan 0.1.0", "Qt 6.4.2", "Poppler 22.12.0",
// "ICU 72.1". `juesuan --version` prints these lines and the About box shows
// them, so both always say the same.
QStringList versionLines();

} // namespace juesuan::about
