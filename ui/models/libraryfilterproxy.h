#pragma once

#include <QSortFilterProxyModel>

namespace juesuan::ui {

// Sorts the library as a Chinese reader expects (unit names in pinyin order
// through ICU collation; numbers as numbers) and filters it by what the user
// types: Chinese characters, full pinyin or initials ("乌海", "wuhai", "whs").
class LibraryFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit LibraryFilterProxy(QObject *parent = nullptr);

    QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filter;
};

} // namespace juesuan::ui
