#pragma once

#include "check/evaluation.h"
#include "check/finding.h"
#include "model/report.h"
#include "text/pinyin.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

namespace juesuan::ui {

struct LoadOutcome;

// One instance of a relation that a figure takes part in, holding or not.
struct FigureRelation {
    const check::Relation *relation = nullptr; // in the built-in catalogue
    check::Outcome outcome = check::Outcome::Undetermined;
    std::optional<check::Severity> severity; // set when it produced a finding
    QList<int> figures;                      // every figure involved, the stated one first
    int finding = -1;                        // into findings() when it produced one
};

// One opened report: the QObject the views share. It exists from the moment
// the file is opened (loading), then owns the extracted report and its
// findings (plain values from the core), or the reason the file could not be
// read, and signals when a load or reload replaced them. Views and item
// models only read it.
class ReportDocument : public QObject {
    Q_OBJECT
public:
    explicit ReportDocument(QString path, QObject *parent = nullptr);

    const QString &path() const { return m_path; }
    QString fileName() const;
    // The unit's name when the report states it, else the file name.
    QString displayName() const;

    // Whether the file is still being read for the first time.
    bool isLoading() const { return !m_loaded && m_error.isEmpty(); }
    bool isLoaded() const { return m_loaded; }
    bool hasFailed() const { return !m_error.isEmpty(); }
    // Why the file could not be read (empty when it was).
    const QString &error() const { return m_error; }

    const model::Report &report() const { return m_report; }
    const QList<check::Finding> &findings() const { return m_findings; }
    int findingCount(check::Severity severity) const;

    // Findings that involve the figure at `figureIndex` of report().figures.
    QList<int> findingsOfFigure(int figureIndex) const;
    // The figure whose span contains `position`, or -1.
    int figureAt(qsizetype position) const;
    // Every figure index a finding involves, in the finding's order.
    QList<int> figuresOfFinding(int findingIndex) const;

    // Every relation instance the figure takes part in. Evaluated on first
    // use (checking one report takes about a millisecond) and kept until the
    // report is replaced.
    QList<FigureRelation> relationsOfFigure(int figureIndex) const;

    // Pinyin keys of displayName(), for the library filter.
    const text::PinyinKeys &pinyinKeys() const { return m_pinyin; }

    // Replaces the content with a load result (first load or reload).
    void apply(LoadOutcome outcome);

signals:
    void changed();

private:
    void indexFigures();
    void evaluateRelations() const;
    int figureIndexOf(const check::FindingFigure &figure) const;

    QString m_path;
    bool m_loaded = false;
    QString m_error;
    model::Report m_report;
    QList<check::Finding> m_findings;
    text::PinyinKeys m_pinyin;
    QList<QList<int>> m_figuresOfFinding;      // finding → figure indexes
    QHash<int, QList<int>> m_findingsOfFigure; // figure → finding indexes
    QList<int> m_figuresByPosition;            // figure indexes sorted by span begin
    // Evaluations point into m_report, which is never modified in place.
    mutable std::optional<QList<FigureRelation>> m_relations;
};

} // namespace juesuan::ui
