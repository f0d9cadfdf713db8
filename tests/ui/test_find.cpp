// Ctrl+F in a report's text: hits however the number is printed, F3 and
// Shift+F3 go round them, Esc closes the bar and clears the marks.
#include "tests/core/catchqtstrings.h"
#include "tests/ui/uitestapp.h"
#include "ui/document/reportdocument.h"
#include "ui/views/findbar.h"
#include "ui/views/reportview.h"
#include "ui/views/sourceview.h"

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTabWidget>
#include <memory>

using namespace juesuan;

TEST_CASE("The find bar finds a number however it is printed and goes round the hits",
          "[ui][find]") {
    ui::SourceView view;
    ui::FindBar bar(&view);
    // Written by hand: the same amount printed three ways.
    view.setSourceText(QStringLiteral("支出合计2,940.05万元。\n一般公共预算支出2940.05万元；"
                                      "合计 ２９４０．０５ 万元。其他 294.05 万元。"));
    bar.open();
    bar.field()->setText(QStringLiteral("2940.05"));
    REQUIRE(bar.hitCount() == 3);
    CHECK(bar.currentHit() == 0);
    CHECK(view.textCursor().selectedText() == u"2,940.05");
    bar.findNext();
    CHECK(view.textCursor().selectedText() == u"2940.05");
    bar.findNext();
    CHECK(view.textCursor().selectedText() == u"２９４０．０５");
    bar.findNext(); // round to the first
    CHECK(bar.currentHit() == 0);
    bar.findPrevious(); // and back to the last
    CHECK(bar.currentHit() == 2);
    // Each hit is marked in the text beside the current selection.
    CHECK(view.extraSelections().size() == 3);

    bar.field()->setText(QStringLiteral("预算执行"));
    CHECK(bar.hitCount() == 0);
    CHECK(view.extraSelections().isEmpty());

    bar.field()->setText(QStringLiteral("万元"));
    CHECK(bar.hitCount() == 4);
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QCoreApplication::sendEvent(&bar, &escape);
    CHECK(bar.isHidden());
    CHECK(view.extraSelections().isEmpty());
}

TEST_CASE("Ctrl+F on a report opens its text with the find field ready", "[ui][find]") {
    const std::unique_ptr<ui::ReportDocument> document(uitest::loadDocument(uitest::wuhaiPath()));
    REQUIRE(document->isLoaded());
    ui::ReportView view;
    view.setDocument(document.get());
    view.show();
    QAction *find = nullptr;
    for (QAction *action : view.actions())
        if (action->shortcuts().contains(QKeySequence(QKeySequence::Find)))
            find = action;
    REQUIRE(find);
    CHECK(find->shortcutContext() == Qt::WindowShortcut);
    find->trigger();
    CHECK(view.findBar()->isVisible());
    // "收入、支出决算总计均为 199.32 万元" and the tables: the total as printed.
    view.findBar()->field()->setText(QStringLiteral("199.32"));
    CHECK(view.findBar()->hitCount() > 0);
    CHECK(view.sourceView()->textCursor().selectedText() == u"199.32");
}
