#pragma once

#include "ui/models/documenttablemodel.h"

namespace juesuan::ui {

// The findings of one report, most severe first as the checker orders
// them: severity, message in the current language, relation family, the
// stated and the expected value. A thin adapter over a ReportDocument.
class FindingsModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Column { Severity, Message, Family, Stated, Expected, ColumnCount };
    enum Role {
        FindingIndexRole = Qt::UserRole + 1, // int, into ReportDocument::findings()
        SeverityRole,                        // int value of check::Severity
        FamilyRole,                          // the family id
        SortRole,
    };

    explicit FindingsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;
};

} // namespace juesuan::ui
