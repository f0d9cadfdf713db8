#pragma once

#include "core/check/severity.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace juesuan::ui {

// Shows the findings of one severity and/or one relation family.
class FindingsFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FindingsFilterProxy(QObject *parent = nullptr);

    std::optional<check::Severity> severity() const { return m_severity; }
    void setSeverity(std::optional<check::Severity> severity);
    // Empty: every family.
    QString family() const { return m_family; }
    void setFamily(const QString &family);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<check::Severity> m_severity;
    QString m_family;
};

} // namespace juesuan::ui
