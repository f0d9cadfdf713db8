#include "ui/views/librarypanel.h"

#include "ui/document/reportdocument.h"
#include "ui/document/reportlibrary.h"
#include "ui/models/libraryfilterproxy.h"
#include "ui/models/librarymodel.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace juesuan::ui {

LibraryPanel::LibraryPanel(ReportLibrary *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new LibraryModel(library, this))
    , m_proxy(new LibraryFilterProxy(this))
    , m_filter(new QLineEdit)
    , m_view(new QTableView) {
    m_proxy->setSourceModel(m_model);
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    // Tab leaves the list (arrows move within it); a table keeps it by default.
    m_view->setTabKeyNavigation(false);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // opening order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(36);
    // The unit name matters most; the short columns get just their width.
    m_view->setColumnWidth(LibraryModel::Unit, 215);
    for (const int column :
         {int(LibraryModel::Year), int(LibraryModel::Kind), int(LibraryModel::MoneyUnit),
          int(LibraryModel::Errors), int(LibraryModel::Warnings)})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The kind tells a unit's budget from its final accounts of the same
    // year, which otherwise look alike in the list. The money unit rarely
    // differs within a library: shown on request (right-click the header), so
    // the list stays narrow beside the report.
    header->hideSection(LibraryModel::MoneyUnit);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &LibraryPanel::showHeaderMenu);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::LinkAction);
    m_view->setDropIndicatorShown(true);
    connect(m_model, &LibraryModel::compareRequested, this, &LibraryPanel::compareRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &LibraryFilterProxy::setFilterText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentDocumentChanged(currentDocument()); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &LibraryPanel::showContextMenu);
    retranslate();
}

ReportDocument *LibraryPanel::currentDocument() const {
    return m_model->document(m_proxy->mapToSource(m_view->currentIndex()));
}

void LibraryPanel::setCurrentDocument(ReportDocument *document) {
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(document));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

QByteArray LibraryPanel::saveState() const {
    return m_view->horizontalHeader()->saveState();
}

void LibraryPanel::restoreState(const QByteArray &state) {
    m_view->horizontalHeader()->restoreState(state);
}

void LibraryPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LibraryPanel::retranslate() {
    m_filter->setPlaceholderText(tr("Filter: 乌海, wuhai or whs"));
    m_filter->setToolTip(tr("Type part of a unit name in Chinese characters, in full pinyin or "
                            "as initials"));
}

void LibraryPanel::showHeaderMenu(const QPoint &position) {
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    // The unit name is the row's identity: it cannot be hidden.
    for (int column = LibraryModel::Unit + 1; column < LibraryModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(
            m_model->headerData(column, Qt::Horizontal).toString(), this,
            [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}

void LibraryPanel::showContextMenu(const QPoint &position) {
    const QModelIndex index = m_view->indexAt(position);
    ReportDocument *document = m_model->document(m_proxy->mapToSource(index));
    if (!document)
        return;
    QMenu menu(this);
    menu.addAction(tr("Reload"), this, [this, document] { emit reloadRequested(document); });
    menu.addAction(tr("Close"), this, [this, document] { emit closeRequested(document); });
    QMenu *compareWith = menu.addMenu(tr("Compare with"));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        ReportDocument *other = m_model->document(m_model->index(row, LibraryModel::Unit));
        if (other == document || !other->isLoaded())
            continue;
        QString label = other->displayName();
        if (other->report().year > 0)
            label += u' ' + QString::number(other->report().year);
        compareWith->addAction(label, this,
                               [this, document, other] { emit compareRequested(document, other); });
    }
    compareWith->setEnabled(document->isLoaded() && !compareWith->isEmpty());
    if (ReportDocument *other = m_library->planOrActualOf(document)) {
        const QString text = other->report().type == model::ReportType::Budget
                                 ? tr("Compare with Its Budget (%1)")
                                 : tr("Compare with Its Final Accounts (%1)");
        menu.addAction(text.arg(other->report().year), this,
                       [this, document, other] { emit compareRequested(document, other); });
    }
    menu.addSeparator();
    menu.addAction(tr("Copy file path"), this,
                   [document] { QGuiApplication::clipboard()->setText(document->path()); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace juesuan::ui
