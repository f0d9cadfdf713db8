#include "ui/models/libraryfilterproxy.h"

#include "core/text/pinyin.h"
#include "ui/document/reportdocument.h"
#include "ui/models/librarymodel.h"

namespace juesuan::ui {

LibraryFilterProxy::LibraryFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(LibraryModel::SortRole);
    setDynamicSortFilter(true);
}

void LibraryFilterProxy::setFilterText(const QString &text) {
    if (text == m_filter)
        return;
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter re-runs the filter.
    m_filter = text;
    invalidateFilter();
}

bool LibraryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_filter.trimmed().isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, LibraryModel::Unit, sourceParent);
    const auto *document = qobject_cast<const ReportDocument *>(
        index.data(LibraryModel::DocumentRole).value<QObject *>());
    if (!document)
        return false;
    // The file name is searched too: an unreadable file has no unit name.
    return text::matchesFilter(document->displayName(), document->pinyinKeys(), m_filter) ||
           document->fileName().contains(m_filter.trimmed(), Qt::CaseInsensitive);
}

bool LibraryFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Missing numbers (an unreadable file has no year) sort before any number.
    if (a.typeId() == QMetaType::Int || b.typeId() == QMetaType::Int) {
        if (!a.isValid() || !b.isValid())
            return !a.isValid() && b.isValid();
        return a.toInt() < b.toInt();
    }
    const int order = text::comparePinyin(a.toString(), b.toString());
    if (order != 0)
        return order < 0;
    return left.row() < right.row();
}

} // namespace juesuan::ui
