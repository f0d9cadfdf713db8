#pragma once

#include "core/check/finding.h"
#include "ui/compare/comparisonpalette.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <optional>

namespace juesuan::ui {

class ComparisonDocument;

// The findings beside a comparison: the cross-report findings first (the
// later report's claims about the earlier one), then those of A, then those
// of B, each group most severe first. Columns: report, severity, finding.
class ComparisonFindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Report, Severity, Message, ColumnCount };
    enum Role {
        SideRole = Qt::UserRole + 1, // int(Side), absent for a cross-report finding
        FindingIndexRole,            // into the side's findings (or the cross findings)
        SeverityRole,                // int(check::Severity)
    };

    explicit ComparisonFindingsModel(QObject *parent = nullptr);

    void setDocument(ComparisonDocument *document);
    // Findings below `severity` are left out (default: warnings and errors;
    // rounding notes are information most readers do not want here).
    void setMinimumSeverity(check::Severity severity);
    check::Severity minimumSeverity() const { return m_minimum; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        std::optional<Side> side; // none: cross-report
        int index = 0;
    };

    void rebuild(); // the rows anew, as a model reset
    void fill();    // the rows from the document (inside a reset)
    const check::Finding &finding(const Entry &entry) const;

    QPointer<ComparisonDocument> m_document;
    check::Severity m_minimum = check::Severity::Warning;
    QList<Entry> m_entries;
};

} // namespace juesuan::ui
