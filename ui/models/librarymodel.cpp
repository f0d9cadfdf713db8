#include "ui/models/librarymodel.h"

#include "core/check/severity.h"
#include "core/wording/findingtext.h"
#include "ui/document/reportdocument.h"
#include "ui/document/reportlibrary.h"
#include "ui/language.h"

#include <QApplication>
#include <QDir>
#include <QMimeData>
#include <QStyle>

namespace juesuan::ui {
namespace {

// A dragged report: its row in the library and its path, so that a drop
// after the library changed under the drag finds nothing rather than the
// wrong report.
const QString reportMimeType = QStringLiteral("application/x-juesuan-report");

} // namespace

LibraryModel::LibraryModel(ReportLibrary *library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library) {
    connect(library, &ReportLibrary::documentsAboutToBeAdded, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(library, &ReportLibrary::documentsAdded, this, [this] { endInsertRows(); });
    connect(library, &ReportLibrary::documentAboutToBeRemoved, this,
            [this](int index) { beginRemoveRows({}, index, index); });
    connect(library, &ReportLibrary::documentRemoved, this, [this] { endRemoveRows(); });
    connect(library, &ReportLibrary::documentChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(LanguageNotifier::instance(), &LanguageNotifier::changed, this, [this] {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

ReportDocument *LibraryModel::document(const QModelIndex &index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    return m_library->at(index.row());
}

QModelIndex LibraryModel::indexOf(const ReportDocument *document, int column) const {
    const int row = m_library->indexOf(document);
    return row < 0 ? QModelIndex() : index(row, column);
}

int LibraryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_library->count();
}

int LibraryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::display(const ReportDocument &document, int column) const {
    const model::Report &report = document.report();
    const bool loaded = document.isLoaded();
    switch (column) {
    case Unit:
        return document.displayName();
    case Year:
        return loaded && report.year > 0 ? QVariant(report.year) : QVariant();
    case Kind:
        // The type alone keeps the column narrow; its tooltip names the scope.
        return loaded ? model::reportTypeLabel(report) : QString();
    case MoneyUnit:
        return loaded ? model::moneyUnitLabel(report.moneyUnit) : QString();
    case Errors:
        return loaded ? QVariant(document.findingCount(check::Severity::Error)) : QVariant();
    case Warnings:
        return loaded ? QVariant(document.findingCount(check::Severity::Warning)) : QVariant();
    case File:
        if (document.isLoading())
            return tr("loading…");
        if (!loaded)
            return document.error();
        if (const ReportDocument *original = sameContentAs(document))
            return tr("%1 (same content as %2)").arg(document.fileName(), original->fileName());
        return document.fileName();
    default:
        break;
    }
    return {};
}

const ReportDocument *LibraryModel::sameContentAs(const ReportDocument &document) const {
    const QString &text = document.report().text;
    if (text.isEmpty())
        return nullptr;
    for (int i = 0; i < m_library->count(); ++i) {
        const ReportDocument *other = m_library->at(i);
        if (other == &document)
            return nullptr; // only an earlier one is the original
        // The sizes first: most reports differ in length.
        if (other->isLoaded() && other->report().text.size() == text.size() &&
            other->report().text == text)
            return other;
    }
    return nullptr;
}

QVariant LibraryModel::toolTip(const ReportDocument &document) const {
    const QString path = QDir::toNativeSeparators(document.path());
    if (document.hasFailed())
        return tr("%1\ncould not be read: %2").arg(path, document.error());
    const model::Report &report = document.report();
    QString tip = document.displayName() + u'\n' + path;
    if (const QString kind = model::reportKindLabel(report); !kind.isEmpty())
        tip += u'\n' + kind;
    if (!report.encoding.isEmpty())
        tip += u'\n' + tr("Encoding: %1").arg(report.encoding);
    tip += u'\n' +
           wording::severityCount(check::Severity::Error,
                                  document.findingCount(check::Severity::Error)) +
           u", " +
           wording::severityCount(check::Severity::Warning,
                                  document.findingCount(check::Severity::Warning));
    for (const QString &warning : report.warnings)
        tip += u'\n' + warning;
    return tip;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReportDocument *document = m_library->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(*document, index.column());
    case SortRole:
        if (index.column() == Errors || index.column() == Warnings || index.column() == Year)
            return display(*document, index.column());
        return display(*document, index.column()).toString();
    case Qt::ToolTipRole:
        return toolTip(*document);
    case Qt::DecorationRole:
        if (index.column() != Unit)
            return {};
        if (document->isLoading())
            return QApplication::style()->standardIcon(QStyle::SP_BrowserReload);
        if (document->hasFailed())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (document->findingCount(check::Severity::Error) > 0)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        // Read, with something to know about the reading (a damaged page or
        // bytes read past, no unit name found …): the tooltip says what.
        if (!document->report().warnings.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    case Qt::ForegroundRole:
        if (document->hasFailed() && index.column() == File)
            return QColor(0xb0, 0x1e, 0x1e);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Year || index.column() == Errors || index.column() == Warnings)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DocumentRole:
        return QVariant::fromValue(static_cast<QObject *>(m_library->at(index.row())));
    default:
        break;
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Unit:
        return tr("Unit");
    case Year:
        return tr("Year");
    case Kind:
        return tr("Kind");
    case MoneyUnit:
        return tr("Money unit");
    case Errors:
        return tr("Errors");
    case Warnings:
        return tr("Warnings");
    case File:
        return tr("File / problem");
    default:
        break;
    }
    return {};
}

Qt::ItemFlags LibraryModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    if (const ReportDocument *document = this->document(index); document && document->isLoaded())
        flags |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    return flags;
}

Qt::DropActions LibraryModel::supportedDragActions() const {
    return Qt::LinkAction;
}

Qt::DropActions LibraryModel::supportedDropActions() const {
    return Qt::LinkAction;
}

QStringList LibraryModel::mimeTypes() const {
    return {reportMimeType};
}

QMimeData *LibraryModel::mimeData(const QModelIndexList &indexes) const {
    if (indexes.isEmpty())
        return nullptr;
    const ReportDocument *document = this->document(indexes.first());
    if (!document)
        return nullptr;
    auto *data = new QMimeData;
    const QString payload = QString::number(indexes.first().row()) + u'\n' + document->path();
    data->setData(reportMimeType, payload.toUtf8());
    return data;
}

ReportDocument *LibraryModel::draggedDocument(const QMimeData *data) const {
    if (!data || !data->hasFormat(reportMimeType))
        return nullptr;
    const QString payload = QString::fromUtf8(data->data(reportMimeType));
    const qsizetype newline = payload.indexOf(u'\n');
    bool ok = false;
    const int row = payload.left(newline).toInt(&ok);
    if (newline < 0 || !ok || row < 0 || row >= m_library->count())
        return nullptr;
    ReportDocument *document = m_library->at(row);
    return document->path() == payload.mid(newline + 1) ? document : nullptr;
}

bool LibraryModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent) const {
    Q_UNUSED(action)
    Q_UNUSED(row)
    Q_UNUSED(column)
    // Onto another loaded report only: between rows there is nothing to do.
    if (!parent.isValid())
        return false;
    const ReportDocument *dropped = draggedDocument(data);
    const ReportDocument *target = document(parent);
    return dropped && target && dropped != target && target->isLoaded();
}

bool LibraryModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent) {
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    emit compareRequested(draggedDocument(data), document(parent));
    // Nothing was inserted: the view must not remove or move anything.
    return false;
}

} // namespace juesuan::ui
