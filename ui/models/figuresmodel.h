#pragma once

#include "ui/models/documenttablemodel.h"

namespace juesuan::ui {

// Every figure the extractor found in one report, in text order as it was
// extracted: what it is, its value as printed, where it was read and how
// many findings involve it. A thin adapter over a ReportDocument.
class FiguresModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Column { Metric, Subject, Facet, Value, Section, Findings, ColumnCount };
    enum Role { FigureIndexRole = Qt::UserRole + 1 };

    explicit FiguresModel(QObject *parent = nullptr);

    QModelIndex indexOfFigure(int figureIndex, int column = Metric) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;
};

} // namespace juesuan::ui
