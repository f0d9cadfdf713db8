#pragma once

#include <QAbstractTableModel>

namespace juesuan::ui {

class ReportLibrary;
class ReportDocument;

// The open reports as a table: a thin adapter over ReportLibrary. A file
// that could not be read is a row too, named by its file and showing why.
// A loaded report can be dragged onto another: the model then asks for the
// two to be compared (rows never move).
class LibraryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Unit, Year, Kind, MoneyUnit, Errors, Warnings, File, ColumnCount };
    enum Role {
        DocumentRole = Qt::UserRole + 1, // ReportDocument *
        SortRole,                        // numbers as numbers, names as text
    };

    explicit LibraryModel(ReportLibrary *library, QObject *parent = nullptr);

    ReportDocument *document(const QModelIndex &index) const;
    QModelIndex indexOf(const ReportDocument *document, int column = Unit) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // One report was dropped onto another.
    void compareRequested(juesuan::ui::ReportDocument *dropped,
                          juesuan::ui::ReportDocument *target);

private:
    QVariant display(const ReportDocument &document, int column) const;
    QVariant toolTip(const ReportDocument &document) const;
    ReportDocument *draggedDocument(const QMimeData *data) const;

    // An earlier report of the list whose text is this one's: the same file
    // opened twice, or a copy under another name.
    const ReportDocument *sameContentAs(const ReportDocument &document) const;

    ReportLibrary *m_library;
};

} // namespace juesuan::ui
