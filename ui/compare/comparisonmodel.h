#pragma once

#include "core/check/severity.h"
#include "core/wording/comparisontree.h"
#include "ui/compare/comparisonpalette.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace juesuan::ui {

class ComparisonDocument;

// The aligned table of a comparison as a tree: report-level metrics at the
// top, every collection (functional classification, economic classes,
// 三公 items, projects) under a group node, the functional classification
// nested by depth (类 › 款 › 项). Columns: item, A, B, Δ, Δ% (the execution
// rate B ÷ A in plan against actual). A missing side
// shows as "—", never as 0; Δ is coloured by its sign; a cell whose figure
// takes part in a finding of its report carries the severity's icon and
// tint and the findings' messages as its tooltip. A thin adapter over a
// ComparisonDocument.
class ComparisonModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Item, ValueA, ValueB, Delta, DeltaPercent, ColumnCount };
    enum Role {
        RowRole = Qt::UserRole + 1, // int: index into Comparison::rows, -1 for a group
        SeverityRole,               // int: most severe finding of the cell, absent when none
        FindingsRole,               // QList<int>: indexes into the side's findings
    };

    explicit ComparisonModel(QObject *parent = nullptr);

    void setDocument(ComparisonDocument *document);
    ComparisonDocument *document() const;
    // Findings below `severity` mark no cell (default: warnings and errors,
    // as the findings list beside the table shows them).
    void setMinimumSeverity(check::Severity severity);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The index of a comparison row (column Item), for tests and selection.
    QModelIndex indexOfRow(int comparisonRow, int column = Item) const;

private:
    void rebuild(); // the rows anew, as a model reset
    void fill();    // the rows from the document (inside a reset)
    QVariant display(const wording::ComparisonTree::Node &node, int column) const;
    QVariant toolTip(const wording::ComparisonTree::Node &node, int column) const;
    QVariant cellFindings(const wording::ComparisonTree::Node &node, int column, int role) const;
    QList<int> shownFindings(int row, Side side) const;
    // Cross-report findings on a side's figure (indexes into crossFindings).
    QList<int> shownCrossFindings(int row, Side side) const;
    bool isPlanVsActual() const;

    QPointer<ComparisonDocument> m_document;
    check::Severity m_minimum = check::Severity::Warning;
    wording::ComparisonTree m_tree;
};

} // namespace juesuan::ui
