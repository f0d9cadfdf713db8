// The window as a user meets it: both sample texts load in the background,
// their findings are listed, selecting a finding selects the figure it is
// about in the source, clicking a figure shows its relations, the language
// can be switched at run time, and About names the versions.
#include "core/about/versions.h"
#include "tests/core/catchqtstrings.h"
#include "tests/ui/uitestapp.h"
#include "ui/compare/comparisondocument.h"
#include "ui/compare/comparisonwindow.h"
#include "ui/document/reportdocument.h"
#include "ui/document/reportlibrary.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/models/findingsmodel.h"
#include "ui/models/librarymodel.h"
#include "ui/models/relationsmodel.h"
#include "ui/views/figuredetailsview.h"
#include "ui/views/findingspanel.h"
#include "ui/views/librarypanel.h"
#include "ui/views/pageview.h"
#include "ui/views/reportview.h"
#include "ui/views/sourceview.h"
#include "ui/windowgeometry.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QUrl>

using namespace juesuan;

namespace {

// The digits of a number as printed, whatever the report's typography:
// full-width digits, thousands separators and spaces are dropped.
QString digitsOf(QString text) {
    text = text.normalized(QString::NormalizationForm_KC);
    QString digits;
    for (const QChar ch : std::as_const(text))
        if (ch.isDigit() || ch == u'.')
            digits.append(ch);
    return digits;
}

// The stated value as the text would print it, without its trailing zeros
// lost ("24.00" stays) and without a sign.
QString printed(const model::Quantity &quantity) {
    QString value = quantity.value().toString();
    if (value.startsWith(u'-'))
        value.remove(0, 1);
    return value;
}

ui::ReportDocument *showReport(ui::MainWindow &window, const QString &path) {
    ui::ReportDocument *document = window.library()->find(path);
    REQUIRE(document);
    window.libraryPanel()->setCurrentDocument(document);
    REQUIRE(window.currentDocument() == document);
    return document;
}

} // namespace

TEST_CASE("The main window loads both sample texts and shows their findings", "[ui][window]") {
    ui::MainWindow window;
    window.show();
    window.openPaths({uitest::wuhaiPath(), uitest::ordosPath()});
    REQUIRE(uitest::openAndWait(*window.library(), {}));
    REQUIRE(window.library()->count() == 2);
    // The first report to arrive is shown without the user having to pick one.
    REQUIRE(window.currentDocument() != nullptr);

    for (const QString &path : {uitest::wuhaiPath(), uitest::ordosPath()}) {
        INFO(path.toStdString());
        ui::ReportDocument *document = showReport(window, path);
        REQUIRE(document->isLoaded());
        CHECK(!document->report().figures.isEmpty());
        ui::FindingsPanel *panel = window.reportView()->findingsPanel();
        CHECK(panel->model()->rowCount() == document->findings().size());
        CHECK(window.reportView()->sourceView()->toPlainText() == document->report().text);
    }
    // The Ordos narrative contradicts itself (项目支出 1163.67 is not the sum of
    // its economic classes): the window must show at least that error.
    const ui::ReportDocument *ordos = window.library()->find(uitest::ordosPath());
    CHECK(ordos->findingCount(check::Severity::Error) > 0);
    CHECK(window.windowTitle().contains(ordos->displayName()));
}

TEST_CASE("Selecting a finding selects the span of the figure it is about", "[ui][window]") {
    ui::MainWindow window;
    window.show();
    window.openPaths({uitest::ordosPath()});
    REQUIRE(uitest::openAndWait(*window.library(), {}));
    ui::ReportDocument *document = showReport(window, uitest::ordosPath());
    ui::ReportView *view = window.reportView();
    ui::SourceView *source = view->sourceView();
    QTreeView *findings = view->findingsPanel()->view();
    REQUIRE(findings->model()->rowCount() > 0);

    for (int row = 0; row < findings->model()->rowCount(); ++row) {
        const QModelIndex index = findings->model()->index(row, 0);
        const int finding = index.data(ui::FindingsModel::FindingIndexRole).toInt();
        const check::Finding &expected = document->findings().at(finding);
        INFO("finding " << finding << ": " << expected.messageEn.toStdString());
        findings->setCurrentIndex(index);

        const model::Span span = expected.primarySpan();
        REQUIRE(span.isValid());
        const QTextCursor cursor = source->textCursor();
        CHECK(cursor.selectionStart() == span.begin);
        CHECK(cursor.selectionEnd() == span.end);
        // The selected text is the number the finding states, as printed.
        const QString selected = document->report().text.mid(span.begin, span.length());
        CHECK(digitsOf(selected).contains(printed(expected.figures.first().quantity)));
        // Every figure of the finding is emphasised, not only the first.
        CHECK(source->focusedSpans().size() == document->figuresOfFinding(finding).size());
    }
}

TEST_CASE("Clicking a figure in the source shows the relations it takes part in", "[ui][window]") {
    ui::MainWindow window;
    window.show();
    window.openPaths({uitest::wuhaiPath()});
    REQUIRE(uitest::openAndWait(*window.library(), {}));
    ui::ReportDocument *document = showReport(window, uitest::wuhaiPath());
    const model::Figure *total = document->report().find(u"income.total");
    REQUIRE(total);
    const int index = static_cast<int>(total - document->report().figures.constData());

    ui::SourceView *source = window.reportView()->sourceView();
    emit source->positionClicked(total->span.begin + 1);
    ui::RelationsModel *relations = window.reportView()->figureDetails()->relationsModel();
    CHECK(relations->figure() == index);
    CHECK(relations->rowCount() == document->relationsOfFigure(index).size());
    CHECK(relations->rowCount() > 0);
    CHECK(source->focusedSpans() == QList<model::Span>{total->span});
}

TEST_CASE("With no arguments the window opens the bundled sample reports", "[ui][window]") {
    ui::MainWindow window;
    window.openPaths({});
    REQUIRE(uitest::openAndWait(*window.library(), {}));
    REQUIRE(window.library()->count() == 3);
    int loaded = 0;
    for (int i = 0; i < window.library()->count(); ++i) {
        const ui::ReportDocument *document = window.library()->at(i);
        CHECK(document->path().startsWith(u":/"));
        loaded += document->isLoaded() ? 1 : 0;
    }
    CHECK(loaded >= 2); // both texts; the PDF as soon as the core reads PDF
}

TEST_CASE("The language switches at run time and back", "[ui][window][i18n]") {
    ui::MainWindow window;
    const auto fileMenuTitle = [&window] {
        QCoreApplication::processEvents(); // LanguageChange is posted
        return window.menuBar()->actions().first()->text();
    };
    ui::applyLanguage(i18n::Language::English);
    CHECK(fileMenuTitle() == QStringLiteral("&File"));
    ui::applyLanguage(i18n::Language::Chinese);
    CHECK(fileMenuTitle() == QStringLiteral("文件(&F)"));
}

TEST_CASE("About shows the version lines juesuan --version prints", "[ui][window][about]") {
    ui::MainWindow window;
    QAction *about = nullptr;
    const QList<QAction *> helpActions = window.menuBar()->actions().last()->menu()->actions();
    for (QAction *action : helpActions)
        if (action->menuRole() == QAction::AboutRole)
            about = action;
    REQUIRE(about);
    // The box is modal: read and close it from the event loop it runs.
    QString text;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&text, &closer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            closer.stop();
            box->accept();
        }
    });
    closer.start(10);
    about->trigger();
    REQUIRE(!text.isEmpty());
    for (const QString &line : juesuan::about::versionLines())
        CHECK(text.contains(line));
}

TEST_CASE("A PDF report shows the page of the selected finding with its figures boxed, "
          "from its analysis alone",
          "[ui][window][pdf]") {
    // A copy that is gone once loaded: the page view must not open the file.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(QFile::copy(
        uitest::samplePath(QStringLiteral("shanghai-putuo-caizhengju-2024-final.pdf")), pdf));
    ui::MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.openPaths({pdf});
    REQUIRE(uitest::openAndWait(*window.library(), {}));
    ui::ReportDocument *document = showReport(window, pdf);
    REQUIRE(document->isLoaded());
    REQUIRE(QFile::remove(pdf));
    REQUIRE(!document->findings().isEmpty());
    ui::ReportView *view = window.reportView();
    view->showPage(ui::ReportView::Page::Source);
    ui::PageView *pages = view->pageView();
    REQUIRE(pages->isAvailable());
    // Bring the page tab forward: the page view loads what it needs when shown.
    auto *tabs = qobject_cast<QTabWidget *>(pages->parentWidget()->parentWidget());
    REQUIRE(tabs);
    tabs->setCurrentWidget(pages);

    const model::Span span = document->findings().first().primarySpan();
    REQUIRE(span.isValid());
    REQUIRE(span.page >= 0);
    view->findingsPanel()->selectFinding(0);
    CHECK(pages->pageCount() > span.page);
    CHECK(pages->currentPage() == span.page);
    CHECK(pages->focusBoxCount() > 0);
}

TEST_CASE("Compare Reports opens a comparison of the two open reports", "[ui][window][compare]") {
    ui::MainWindow window;
    window.show();
    QAction *compare = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_D))
            compare = action;
    REQUIRE(compare);
    window.openPaths({uitest::wuhaiPath()});
    REQUIRE(uitest::openAndWait(*window.library(), {}));
    CHECK(!compare->isEnabled()); // one report: nothing to compare with
    window.openPaths({uitest::ordosPath()});
    REQUIRE(uitest::openAndWait(*window.library(), {}));
    REQUIRE(compare->isEnabled());

    compare->trigger();
    QPointer<ui::ComparisonWindow> comparison;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *candidate = qobject_cast<ui::ComparisonWindow *>(widget))
            comparison = candidate;
    REQUIRE(comparison);
    // Its window-wide action for Ctrl+W and Esc closes it.
    QAction *close = nullptr;
    for (QAction *action : comparison->actions())
        if (action->shortcuts().contains(QKeySequence(Qt::Key_Escape)) &&
            action->shortcuts().contains(QKeySequence(QKeySequence::Close)))
            close = action;
    REQUIRE(close);
    CHECK(close->shortcutContext() == Qt::WindowShortcut);
    close->trigger();
    CHECK(!comparison->isVisible());
    QCoreApplication::processEvents();

    // View › Report List hides the list and shows it again.
    QAction *list = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == ui::MainWindow::tr("&Report List"))
            list = action;
    REQUIRE(list);
    CHECK(list->isEnabled());
}

TEST_CASE("A final and its budget of the same year open as plan against actual in one action",
          "[ui][window][compare]") {
    ui::applyLanguage(i18n::Language::Chinese);
    ui::MainWindow window;
    window.show();
    QAction *comparePlan = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D))
            comparePlan = action;
    REQUIRE(comparePlan);
    window.openPaths({uitest::wuhaiPath(), uitest::ordosPath()});
    REQUIRE(uitest::openAndWait(*window.library(), {}));
    showReport(window, uitest::wuhaiPath());
    // Two finals of two units: neither is the other's budget.
    CHECK(!comparePlan->isEnabled());

    const QString budgetPath =
        QStringLiteral(JUESUAN_TEST_DATA_DIR "/compare/wuhai-2024-budget.txt");
    window.openPaths({budgetPath});
    REQUIRE(uitest::openAndWait(*window.library(), {}));
    ui::ReportDocument *budget = window.library()->find(budgetPath);
    REQUIRE(budget);
    CHECK(window.library()->planOrActualOf(budget) == window.library()->find(uitest::wuhaiPath()));
    CHECK(window.library()->planOrActualOf(window.library()->find(uitest::ordosPath())) == nullptr);
    // The list tells the two apart by their kind, shown without asking.
    const ui::LibraryModel &list = *window.libraryPanel()->model();
    CHECK_FALSE(
        window.libraryPanel()->view()->horizontalHeader()->isSectionHidden(ui::LibraryModel::Kind));
    CHECK(list.index(window.library()->indexOf(budget), ui::LibraryModel::Kind).data() ==
          QStringLiteral("预算"));
    CHECK(list.index(window.library()->indexOf(window.library()->find(uitest::wuhaiPath())),
                     ui::LibraryModel::Kind)
              .data() == QStringLiteral("决算"));
    showReport(window, uitest::wuhaiPath());
    REQUIRE(comparePlan->isEnabled());

    comparePlan->trigger();
    QPointer<ui::ComparisonWindow> comparison;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *candidate = qobject_cast<ui::ComparisonWindow *>(widget);
            candidate && candidate->isVisible())
            comparison = candidate;
    REQUIRE(comparison);
    REQUIRE(comparison->document());
    const compare::Comparison &pair = comparison->document()->comparison();
    CHECK(pair.mode == compare::Mode::PlanVsActual);
    CHECK(pair.a == &budget->report());
    comparison->close();
    QCoreApplication::processEvents();
}

TEST_CASE("Tab moves on from every list and table of the window", "[ui][window][keyboard]") {
    ui::MainWindow window;
    window.show();
    window.openPaths({uitest::wuhaiPath()});
    REQUIRE(uitest::openAndWait(*window.library(), {}));
    const QList<QAbstractItemView *> views = window.findChildren<QAbstractItemView *>();
    REQUIRE(views.size() >= 3);
    for (const QAbstractItemView *view : views) {
        INFO(view->metaObject()->className());
        CHECK_FALSE(view->tabKeyNavigation());
    }
}

TEST_CASE("Windows fit the screen and stay usable at 1280x720", "[ui][window][geometry]") {
    // The offscreen platform's screen is 800x600: smaller than either window's default.
    const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
    REQUIRE(area.width() < 1280);
    ui::MainWindow window;
    window.show();
    CHECK(area.contains(window.frameGeometry()));
    const QSize reachable(1280, 720);
    CHECK(window.minimumSizeHint().boundedTo(reachable) == window.minimumSizeHint());

    window.openPaths({uitest::wuhaiPath(), uitest::ordosPath()});
    REQUIRE(uitest::openAndWait(*window.library(), {}));
    ui::ComparisonWindow comparison(window.library()->at(0), window.library()->at(1));
    comparison.show();
    CHECK(area.contains(comparison.frameGeometry()));
    CHECK(comparison.minimumSizeHint().boundedTo(reachable) == comparison.minimumSizeHint());

    // A geometry saved on a larger or detached monitor comes back onto this one.
    window.setGeometry(QRect(QPoint(3000, 2000), QSize(1600, 1000)));
    ui::keepOnScreen(&window);
    CHECK(area.contains(window.frameGeometry()));
}

TEST_CASE("Dropping one report onto another in the list compares the two",
          "[ui][window][compare]") {
    ui::MainWindow window;
    window.show();
    window.openPaths({uitest::wuhaiPath(), uitest::ordosPath()});
    REQUIRE(uitest::openAndWait(*window.library(), {}));
    ui::ReportDocument *wuhai = window.library()->find(uitest::wuhaiPath());
    ui::ReportDocument *ordos = window.library()->find(uitest::ordosPath());
    REQUIRE(wuhai);
    REQUIRE(ordos);

    // What the list view does on a drag and a drop, through its (sorted,
    // filtered) model: the dragged row's data, dropped onto the other row.
    QAbstractItemModel *list = window.libraryPanel()->view()->model();
    auto rowOf = [&](const ui::ReportDocument *document) {
        for (int row = 0; row < list->rowCount(); ++row)
            if (list->index(row, 0).data(ui::LibraryModel::DocumentRole).value<QObject *>() ==
                document)
                return list->index(row, 0);
        return QModelIndex();
    };
    const QModelIndex dragged = rowOf(wuhai);
    const QModelIndex target = rowOf(ordos);
    REQUIRE(dragged.isValid());
    REQUIRE(target.isValid());
    CHECK(list->flags(dragged).testFlag(Qt::ItemIsDragEnabled));
    std::unique_ptr<QMimeData> data(list->mimeData({dragged}));
    REQUIRE(data);
    // Between rows or onto itself there is nothing to compare.
    CHECK_FALSE(list->canDropMimeData(data.get(), Qt::LinkAction, 0, 0, {}));
    CHECK_FALSE(list->canDropMimeData(data.get(), Qt::LinkAction, -1, -1, dragged));
    // File URLs are not the list's business: they go on to the window.
    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(uitest::wuhaiPath())});
    CHECK_FALSE(list->canDropMimeData(&files, Qt::LinkAction, -1, -1, target));

    REQUIRE(list->canDropMimeData(data.get(), Qt::LinkAction, -1, -1, target));
    list->dropMimeData(data.get(), Qt::LinkAction, -1, -1, target);
    CHECK(list->rowCount() == 2); // nothing moved or removed
    QPointer<ui::ComparisonWindow> comparison;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *candidate = qobject_cast<ui::ComparisonWindow *>(widget))
            comparison = candidate;
    REQUIRE(comparison);
    CHECK(comparison->windowTitle().contains(wuhai->displayName()));
    CHECK(comparison->windowTitle().contains(ordos->displayName()));
    comparison->close();
    QCoreApplication::processEvents();
}

TEST_CASE("Report files dropped on the window or on its report list are opened",
          "[ui][window][loading]") {
    ui::MainWindow window;
    window.resize(1200, 800);
    window.show();
    // Where a drag from a file manager arrives: the list's viewport first,
    // which hands file URLs on to the window.
    QWidget *list = window.libraryPanel()->view()->viewport();
    const struct {
        QWidget *target;
        QString path;
    } drops[] = {{&window, uitest::wuhaiPath()}, {list, uitest::ordosPath()}};
    for (const auto &drop : drops) {
        INFO(drop.path.toStdString());
        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(drop.path)});
        const QPoint at(drop.target->width() / 2, drop.target->height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(drop.target, &enter);
        CHECK(enter.isAccepted());
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(drop.target, &dropped);
        REQUIRE(uitest::openAndWait(*window.library(), {}));
        REQUIRE(window.library()->find(drop.path));
        CHECK(window.library()->find(drop.path)->isLoaded());
    }
}
