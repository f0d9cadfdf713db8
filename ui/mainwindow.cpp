#include "ui/mainwindow.h"

#include "core/about/versions.h"
#include "core/ingest/fileformats.h"
#include "ui/compare/comparisonwindow.h"
#include "ui/document/reportdocument.h"
#include "ui/document/reportlibrary.h"
#include "ui/document/reportloader.h"
#include "ui/document/samplereports.h"
#include "ui/exportfolder.h"
#include "ui/language.h"
#include "ui/recentfiles.h"
#include "ui/report/findingsreportfile.h"
#include "ui/views/librarypanel.h"
#include "ui/views/loadingindicator.h"
#include "ui/views/reportview.h"
#include "ui/windowgeometry.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>

namespace juesuan::ui {
namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString reportViewKey = QStringLiteral("window/reportView");
const QString libraryKey = QStringLiteral("window/library");
const QString openFolderKey = QStringLiteral("open/folder");
constexpr int stateVersion = 1;
constexpr int statusTimeout = 8000;

// "*.pdf *.htm *.html": the patterns of file name suffixes.
QString patterns(const QStringList &suffixes) {
    QStringList patterns;
    for (const QString &suffix : suffixes)
        patterns.append(QStringLiteral("*.") + suffix);
    return patterns.join(u' ');
}

QStringList localFiles(const QMimeData *mime) {
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    return paths;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_library(new ReportLibrary(this))
    , m_recent(new RecentFiles(this))
    , m_libraryPanel(new LibraryPanel(m_library))
    , m_reportView(new ReportView)
    , m_loading(new LoadingIndicator(m_library->loader()))
    , m_libraryDock(new QDockWidget) {
    initUiResources();
    setWindowIcon(QIcon(QStringLiteral(":/juesuan/icons/juesuan.svg")));
    setAcceptDrops(true);
    setCentralWidget(m_reportView);
    m_libraryDock->setObjectName(QStringLiteral("libraryDock"));
    m_libraryDock->setWidget(m_libraryPanel);
    // Closable, so that View › Report List hides and shows it (Qt disables
    // the toggle action of a dock that cannot be closed).
    m_libraryDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                               QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
    statusBar()->addPermanentWidget(m_loading);

    createActions();
    createMenus();
    connect(m_libraryPanel, &LibraryPanel::currentDocumentChanged, this, &MainWindow::showDocument);
    connect(m_libraryPanel, &LibraryPanel::reloadRequested, m_library, &ReportLibrary::reload);
    connect(m_libraryPanel, &LibraryPanel::closeRequested, m_library, &ReportLibrary::close);
    connect(m_libraryPanel, &LibraryPanel::compareRequested, this,
            [this](ReportDocument *a, ReportDocument *b) {
                openComparison(m_library, {a, b}, this);
            });
    connect(m_library, &ReportLibrary::documentsAdded, this, &MainWindow::onDocumentsAdded);
    connect(m_library, &ReportLibrary::documentRemoved, this,
            [this] { showDocument(m_libraryPanel->currentDocument()); });
    connect(m_library, &ReportLibrary::documentChanged, this, [this] {
        updateTitle();
        updateActions(); // a report that finished loading may be the current one's budget
    });
    connect(m_library->loader(), &ReportLoader::finished, this, &MainWindow::onLoadingFinished);
    connect(m_library->loader(), &ReportLoader::loaded, this,
            [this](const QList<analysis::AnalysedReport> &outcomes) {
                for (const analysis::AnalysedReport &outcome : outcomes)
                    ++(outcome.ok() ? m_loadedInRun : m_failedInRun);
            });
    connect(m_reportView, &ReportView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusTimeout); });
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);

    retranslate();
    updateRecentMenu();
    updateActions();
    placeOnScreen(this, QSize(1440, 900));
    resizeDocks({m_libraryDock}, {400}, Qt::Horizontal);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

ReportDocument *MainWindow::currentDocument() const {
    return m_reportView->document();
}

void MainWindow::createActions() {
    m_openFiles = new QAction(this);
    m_openFiles->setShortcut(QKeySequence::Open);
    connect(m_openFiles, &QAction::triggered, this, &MainWindow::openFilesDialog);
    m_openFolder = new QAction(this);
    m_openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openFolder, &QAction::triggered, this, &MainWindow::openFolderDialog);
    m_openSamples = new QAction(this);
    connect(m_openSamples, &QAction::triggered, this, [this] { openPaths({}); });
    m_reload = new QAction(this);
    m_reload->setShortcut(QKeySequence::Refresh);
    connect(m_reload, &QAction::triggered, this, [this] { m_library->reload(currentDocument()); });
    m_close = new QAction(this);
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, [this] { m_library->close(currentDocument()); });
    m_closeAll = new QAction(this);
    connect(m_closeAll, &QAction::triggered, m_library, &ReportLibrary::closeAll);
    m_compare = new QAction(this);
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_compare, &QAction::triggered, this, [this] {
        QList<ReportDocument *> selected;
        if (ReportDocument *current = currentDocument())
            selected.append(current);
        openComparison(m_library, selected, this);
    });
    m_comparePlan = new QAction(this);
    m_comparePlan->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_comparePlan, &QAction::triggered, this, [this] {
        ReportDocument *current = currentDocument();
        if (ReportDocument *other = m_library->planOrActualOf(current))
            openComparison(m_library, {current, other}, this);
    });
    m_exportFindings = new QAction(this);
    m_exportFindings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportFindings, &QAction::triggered, this, &MainWindow::exportFindingsReport);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_showOverview = new QAction(this);
    m_showOverview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_showOverview, &QAction::triggered, this,
            [this] { m_reportView->showPage(ReportView::Page::Overview); });
    m_showSource = new QAction(this);
    m_showSource->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_showSource, &QAction::triggered, this,
            [this] { m_reportView->showPage(ReportView::Page::Source); });

    // Each language is named in itself, so a reader lost in the other one
    // still finds the way back.
    m_languages = new QActionGroup(this);
    m_chinese = new QAction(QStringLiteral("简体中文"), m_languages);
    m_english = new QAction(QStringLiteral("English"), m_languages);
    for (QAction *action : {m_chinese, m_english})
        action->setCheckable(true);
    using i18n::Language;
    (i18n::currentLanguage() == Language::Chinese ? m_chinese : m_english)->setChecked(true);
    connect(m_chinese, &QAction::triggered, this, [this] { setLanguage(Language::Chinese); });
    connect(m_english, &QAction::triggered, this, [this] { setLanguage(Language::English); });

    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openFiles);
    m_fileMenu->addAction(m_openFolder);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_openSamples);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_reload);
    m_fileMenu->addAction(m_close);
    m_fileMenu->addAction(m_closeAll);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_compare);
    m_fileMenu->addAction(m_comparePlan);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportFindings);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_showOverview);
    m_viewMenu->addAction(m_showSource);
    m_viewMenu->addAction(m_libraryDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languages->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
}

void MainWindow::retranslate() {
    m_fileMenu->setTitle(tr("&File"));
    m_openFiles->setText(tr("&Open Reports…"));
    m_openFolder->setText(tr("Open &Folder…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_openSamples->setText(tr("Open &Sample Reports"));
    m_reload->setText(tr("Re&load Report"));
    m_close->setText(tr("&Close Report"));
    m_closeAll->setText(tr("Close &All Reports"));
    m_compare->setText(tr("Co&mpare Reports…"));
    m_comparePlan->setText(tr("Compare with Its &Budget or Final Accounts"));
    m_exportFindings->setText(tr("&Export Findings Report…"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_showOverview->setText(tr("&Overview"));
    m_showSource->setText(tr("&Source and Findings"));
    m_libraryDock->setWindowTitle(tr("Reports"));
    m_libraryDock->toggleViewAction()->setText(tr("&Report List"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Juesuan"));
    updateRecentMenu();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList paths = m_recent->paths();
    for (const QString &path : paths) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openPaths({path}); });
    }
    if (!paths.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear Recent"));
    clear->setEnabled(!paths.isEmpty());
    connect(clear, &QAction::triggered, m_recent, &RecentFiles::clear);
}

void MainWindow::updateActions() {
    const bool hasDocument = currentDocument() != nullptr;
    m_reload->setEnabled(hasDocument);
    m_close->setEnabled(hasDocument);
    m_closeAll->setEnabled(m_library->count() > 0);
    m_compare->setEnabled(m_library->count() > 1);
    m_comparePlan->setEnabled(m_library->planOrActualOf(currentDocument()) != nullptr);
    m_exportFindings->setEnabled(hasDocument && currentDocument()->isLoaded());
}

void MainWindow::exportFindingsReport() {
    const ReportDocument *document = currentDocument();
    if (!document || !document->isLoaded())
        return;
    const model::Report &report = document->report();
    QString name = report.unitName.isEmpty() ? QFileInfo(document->path()).completeBaseName()
                                             : report.unitName;
    if (report.year > 0)
        name += u'-' + QString::number(report.year);
    const QString suggested =
        QDir(exportFolder()).filePath(tr("%1-findings", "file name").arg(name) + u".html");
    QString filter = tr("HTML page (*.html)");
    const QString pdfFilter = tr("PDF document (*.pdf)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Findings Report"), suggested,
                                                filter + u";;" + pdfFilter, &filter);
    if (path.isEmpty())
        return;
    // The format follows the name; a PDF chosen under the suggested .html name
    // takes the .pdf suffix.
    if (filter == pdfFilter && !isPdfReportPath(path))
        path = QFileInfo(path).dir().filePath(QFileInfo(path).completeBaseName() + u".pdf");
    rememberExportFolder(path);
    const QString error = writeFindingsReport(document->analysed(), path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Findings Report"), error);
        return;
    }
    confirmExport(this, tr("Export Findings Report"), path);
}

void MainWindow::updateTitle() {
    const ReportDocument *document = currentDocument();
    const QString application = tr("Juesuan — final-account reports");
    setWindowTitle(document ? QString(document->displayName() + QStringLiteral(" — ") + application)
                            : application);
}

void MainWindow::openPaths(const QStringList &paths) {
    const QStringList targets = paths.isEmpty() ? bundledSamplePaths() : paths;
    m_recent->add(paths);
    const int queued = m_library->open(targets);
    if (queued == 0)
        statusBar()->showMessage(
            tr("No report files found in %1").arg(QDir::toNativeSeparators(targets.join(u", "))),
            statusTimeout);
}

QString MainWindow::openDialogFilters() const {
    QStringList filters{tr("Reports (%1)").arg(patterns(ingest::reportSuffixes()))};
    for (const ingest::FileFormat &format : ingest::fileFormats())
        if (format.read)
            filters.append(
                QStringLiteral("%1 (%2)").arg(format.displayName(), patterns(format.suffixes)));
    filters.append(tr("All files (*)"));
    return filters.join(QStringLiteral(";;"));
}

void MainWindow::openFilesDialog() {
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Reports"), settings.value(openFolderKey).toString(), openDialogFilters());
    if (files.isEmpty())
        return;
    settings.setValue(openFolderKey, QFileInfo(files.first()).absolutePath());
    openPaths(files);
}

void MainWindow::openFolderDialog() {
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Open Folder of Reports"), settings.value(openFolderKey).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(openFolderKey, folder);
    openPaths({folder});
}

void MainWindow::showDocument(ReportDocument *document) {
    m_reportView->setDocument(document);
    updateActions();
    updateTitle();
}

void MainWindow::onDocumentsAdded(int first, int last) {
    Q_UNUSED(last);
    // The first report to arrive is shown; later ones wait in the list.
    if (!currentDocument())
        m_libraryPanel->setCurrentDocument(m_library->at(first));
    updateActions();
}

void MainWindow::onLoadingFinished(bool cancelled) {
    QString message = tr("%n report(s) loaded", nullptr, m_loadedInRun);
    if (m_failedInRun > 0)
        message +=
            u"; " + tr("%n file(s) could not be read (see the list)", nullptr, m_failedInRun);
    if (cancelled)
        message += u"; " + tr("loading cancelled");
    statusBar()->showMessage(message, statusTimeout);
    m_loadedInRun = 0;
    m_failedInRun = 0;
}

void MainWindow::setLanguage(i18n::Language language) {
    applyLanguage(language);
    QSettings().setValue(QStringLiteral("language"), i18n::languageCode(language));
}

void MainWindow::showAbout() {
    // The same version lines as `juesuan --version`: one owner, the core.
    QMessageBox::about(
        this, tr("About Juesuan"),
        tr("<h3>Juesuan %1</h3><p>Reads Chinese government final-account disclosure reports "
           "(部门决算公开报告), checks every arithmetic tie they state, and shows each "
           "inconsistency where it stands in the text.</p><p>Rounding is not an error: every "
           "relation is evaluated with the precision the report prints.</p>"
           "<p>Versions:<br>%2</p>")
            .arg(about::applicationVersion(), about::versionLines().join(u"<br>")));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event) {
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event) {
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openPaths(paths);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings() {
    const QSettings settings;
    if (restoreGeometry(settings.value(geometryKey).toByteArray()))
        keepOnScreen(this);
    restoreState(settings.value(stateKey).toByteArray(), stateVersion);
    m_reportView->restoreState(settings.value(reportViewKey).toByteArray());
    m_libraryPanel->restoreState(settings.value(libraryKey).toByteArray());
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState(stateVersion));
    settings.setValue(reportViewKey, m_reportView->saveState());
    settings.setValue(libraryKey, m_libraryPanel->saveState());
}

} // namespace juesuan::ui
