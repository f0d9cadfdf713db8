#pragma once

#include "core/compare/comparison.h"
#include "ui/compare/comparisonpalette.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace juesuan::ui {

class ReportDocument;

// Two loaded reports compared: the aligned rows and cross-report findings
// from the core, each report's own findings, and which of them touch each
// cell. Recomputed when either report is reloaded; emptied when either is
// closed. The comparison points into the two documents' reports, so it is
// only read while both live (isValid()).
class ComparisonDocument : public QObject {
    Q_OBJECT
public:
    // The order does not matter in year-over-year mode: the earlier report
    // becomes A. Neither document is owned.
    ComparisonDocument(ReportDocument *first, ReportDocument *second, QObject *parent = nullptr);

    bool isValid() const;
    const compare::Comparison &comparison() const { return m_comparison; }
    ReportDocument *document(Side side) const;
    const QList<check::Finding> &findings(Side side) const;

    // Indexes into findings(side) of the findings that involve the figure a
    // row shows on that side (the same metric, facet and subject: a figure
    // stated in the text and in a table is one figure). Most severe first.
    QList<int> findingsOfRow(int row, Side side) const;
    // Indexes into comparison().crossFindings of the findings across the two
    // reports that involve the figure a row shows on that side.
    QList<int> crossFindingsOfRow(int row, Side side) const;

signals:
    void changed();

private:
    void recompute();
    void indexFindings(Side side);
    void indexCrossFindings();
    QString rowKey(int row, Side side) const; // empty when the side states nothing

    QPointer<ReportDocument> m_first, m_second;
    bool m_firstIsA = true;
    compare::Comparison m_comparison;
    QList<check::Finding> m_findingsA, m_findingsB;
    QHash<QString, QList<int>> m_findingsByKeyA, m_findingsByKeyB;
    QHash<QString, QList<int>> m_crossByKeyA, m_crossByKeyB;
};

} // namespace juesuan::ui
