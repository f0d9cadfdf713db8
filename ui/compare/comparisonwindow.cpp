#include "ui/compare/comparisonwindow.h"

#include "core/wording/comparisontext.h"
#include "ui/compare/comparepicker.h"
#include "ui/compare/comparisondocument.h"
#include "ui/compare/comparisonpanel.h"
#include "ui/document/reportdocument.h"
#include "ui/document/reportlibrary.h"
#include "ui/windowgeometry.h"

#include <QAction>
#include <QEvent>
#include <QMessageBox>
#include <QVBoxLayout>

namespace juesuan::ui {

ComparisonWindow::ComparisonWindow(ReportDocument *first, ReportDocument *second, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(new ComparisonDocument(first, second, this))
    , m_panel(new ComparisonPanel) {
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    m_panel->setDocument(m_document);
    connect(m_document, &ComparisonDocument::changed, this, &ComparisonWindow::updateTitle);
    // A closed report leaves nothing to compare.
    for (ReportDocument *document : {first, second})
        connect(document, &QObject::destroyed, this, &QWidget::close);
    // Ctrl+W and Esc close it, as they close a document window or a dialog.
    m_closeAction = new QAction(tr("Close"), this);
    m_closeAction->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    m_closeAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(m_closeAction);
    placeOnScreen(this, QSize(1360, 880));
    updateTitle();
}

void ComparisonWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        updateTitle();
        m_closeAction->setText(tr("Close"));
    }
    QWidget::changeEvent(event);
}

void ComparisonWindow::updateTitle() {
    const QString application = tr("Juesuan comparison");
    setWindowTitle(m_document->isValid() ? wording::comparisonTitle(m_document->comparison()) +
                                               QStringLiteral(" — ") + application
                                         : application);
}

ComparisonWindow *openComparison(ReportLibrary *library, const QList<ReportDocument *> &selected,
                                 QWidget *parent) {
    QList<ReportDocument *> loaded;
    for (int i = 0; library && i < library->count(); ++i)
        if (library->at(i)->isLoaded())
            loaded.append(library->at(i));
    if (loaded.size() < 2) {
        QMessageBox::information(
            parent, ComparisonWindow::tr("Compare reports"),
            ComparisonWindow::tr("Open at least two reports to compare them."));
        return nullptr;
    }
    QList<ReportDocument *> pair;
    for (ReportDocument *document : selected)
        if (document && document->isLoaded() && !pair.contains(document))
            pair.append(document);
    if (pair.size() != 2) {
        if (loaded.size() == 2) {
            pair = loaded;
        } else {
            ComparePicker picker(loaded, pair, parent);
            if (picker.exec() != QDialog::Accepted)
                return nullptr;
            pair = picker.chosen();
        }
    }
    auto *window = new ComparisonWindow(pair[0], pair[1], parent);
    window->show();
    return window;
}

} // namespace juesuan::ui
