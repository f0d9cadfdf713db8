#pragma once

#include <QStringList>

namespace juesuan::ui {

// Makes the resources compiled into juesuan_ui (sample reports, icons)
// available; a static library's resources are not registered on their own.
void initUiResources();

// The sample reports compiled into the application (":/juesuan/samples/…"),
// in a stable order. Opened when `juesuan` starts without arguments.
QStringList bundledSamplePaths();

} // namespace juesuan::ui
