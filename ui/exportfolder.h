#pragma once

#include <QString>

class QWidget;

namespace juesuan::ui {

// Where exports go, for every export of the app (charts, comparisons): the
// folder the user last exported to while it exists, else the first existing
// of Pictures, Documents and home. A default folder that does not exist made
// the first export of a new user fail.
QString exportFolder();
// Remembers the folder of `filePath` for the next export.
void rememberExportFolder(const QString &filePath);

// Why a file could not be written, as every export says it: the file (in
// the system's notation) and the reason.
QString exportErrorText(const QString &filePath, const QString &reason);

// Says that `filePath` was written, with its path and a button that opens
// its folder. Not modal: the window stays usable behind it.
void confirmExport(QWidget *parent, const QString &title, const QString &filePath);

} // namespace juesuan::ui
