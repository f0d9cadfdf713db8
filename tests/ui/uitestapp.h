#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace juesuan::ui {
class ReportDocument;
class ReportLibrary;
} // namespace juesuan::ui

// Shared set-up of the ui tests. tests/ui_main.cpp creates the QApplication
// through ensureApplication() before any test runs: offscreen, with settings
// in a temporary folder so no test reads or writes the user's configuration.
// Tests need not call it.
namespace uitest {

void ensureApplication();

// A sample report of tests/data/samples.
QString samplePath(const QString &fileName);
QString wuhaiPath();
QString ordosPath();

// Collects the warnings QAbstractItemModelTester prints while alive; a
// model that breaks its contract leaves at least one.
class ModelWarnings {
public:
    ModelWarnings();
    ~ModelWarnings();
    QStringList messages() const;
};

// Opens `paths` in the library and waits (processing events) until the
// loader is idle again. False on timeout.
bool openAndWait(juesuan::ui::ReportLibrary &library, const QStringList &paths,
                 int timeoutMs = 60000);

// Loads one report synchronously into a new document (the caller owns it).
juesuan::ui::ReportDocument *loadDocument(const QString &path);

} // namespace uitest
