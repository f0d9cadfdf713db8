#include "ui/models/findingsfilterproxy.h"

#include "ui/models/findingsmodel.h"

namespace juesuan::ui {

FindingsFilterProxy::FindingsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(FindingsModel::SortRole);
    setSortLocaleAware(true);
}

void FindingsFilterProxy::setSeverity(std::optional<check::Severity> severity) {
    if (severity == m_severity)
        return;
    m_severity = severity;
    invalidateFilter();
}

void FindingsFilterProxy::setFamily(const QString &family) {
    if (family == m_family)
        return;
    m_family = family;
    invalidateFilter();
}

bool FindingsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_severity &&
        index.data(FindingsModel::SeverityRole).toInt() != static_cast<int>(*m_severity))
        return false;
    return m_family.isEmpty() || index.data(FindingsModel::FamilyRole).toString() == m_family;
}

} // namespace juesuan::ui
