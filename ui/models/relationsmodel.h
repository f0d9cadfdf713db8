#pragma once

#include "ui/document/reportdocument.h"
#include "ui/models/documenttablemodel.h"

namespace juesuan::ui {

// The relations one figure takes part in, holding or not: the outcome, the
// relation's family and id, and the other figures involved. Selecting a
// figure anywhere shows this list; a row that produced a finding leads to it.
class RelationsModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Column { Outcome, Relation, Figures, ColumnCount };
    enum Role {
        FindingIndexRole = Qt::UserRole + 1, // -1 when the relation holds
    };

    explicit RelationsModel(QObject *parent = nullptr);

    void setFigure(int figureIndex);
    int figure() const { return m_figure; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void documentReset() override;

private:
    QString otherFigures(const analysis::RelationUse &relation) const;

    int m_figure = -1;
    QList<analysis::RelationUse> m_relations;
};

} // namespace juesuan::ui
