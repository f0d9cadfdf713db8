#pragma once

#include "core/i18n/language.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;

namespace juesuan::ui {

class LibraryPanel;
class LoadingIndicator;
class RecentFiles;
class ReportDocument;
class ReportLibrary;
class ReportView;

// The application window: the library of open reports in a dock on the
// left, the selected report on the right, loading progress with a cancel
// button in the status bar. Menus open files and folders (also by drag and
// drop), reopen recent ones, reload and close, and switch the language.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens report files or folders; with none, the bundled sample reports.
    void openPaths(const QStringList &paths);

    ReportLibrary *library() const { return m_library; }
    LibraryPanel *libraryPanel() const { return m_libraryPanel; }
    ReportView *reportView() const { return m_reportView; }
    ReportDocument *currentDocument() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void updateRecentMenu();
    void updateActions();
    void exportFindingsReport();
    void updateTitle();
    void openFilesDialog();
    // "Reports (*.pdf …);;PDF (*.pdf);;…;;All files (*)", from the format table.
    QString openDialogFilters() const;
    void openFolderDialog();
    void showDocument(ReportDocument *document);
    void onDocumentsAdded(int first, int last);
    void onLoadingFinished(bool cancelled);
    void setLanguage(i18n::Language language);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    ReportLibrary *m_library;
    RecentFiles *m_recent;
    LibraryPanel *m_libraryPanel;
    ReportView *m_reportView;
    LoadingIndicator *m_loading;
    QDockWidget *m_libraryDock;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openFiles = nullptr;
    QAction *m_openFolder = nullptr;
    QAction *m_openSamples = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_close = nullptr;
    QAction *m_closeAll = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_comparePlan = nullptr;    // the current report with its budget or final
    QAction *m_exportFindings = nullptr; // the current report's findings as HTML or PDF
    QAction *m_quit = nullptr;
    QAction *m_showOverview = nullptr;
    QAction *m_showSource = nullptr;
    QAction *m_chinese = nullptr;
    QAction *m_english = nullptr;
    QAction *m_about = nullptr;
    QActionGroup *m_languages = nullptr;
    // Files of the current loading run that could not be read, for the
    // summary in the status bar when it ends.
    int m_failedInRun = 0;
    int m_loadedInRun = 0;
};

} // namespace juesuan::ui
