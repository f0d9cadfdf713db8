#pragma once

#include "core/analysis/analysis.h"
#include "core/text/pinyin.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace juesuan::ui {

// One opened report: the QObject the views share. It exists from the moment
// the file is opened (loading), then owns the report's analysis (the
// extracted report, its findings and relations, the source's layout: plain
// values from the core), or the reason the file could not be read, and
// signals when a load or reload replaced them. Views and item models only
// read it.
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

    const model::Report &report() const { return m_analysed.report; }
    const analysis::AnalysedReport &analysed() const { return m_analysed; }
    const QList<check::Finding> &findings() const { return m_analysed.findings; }
    // The source's layout (pages, words, grids, a PDF's bytes); null until
    // loaded or when the file could not be read.
    const std::shared_ptr<const ingest::SourceDocument> &source() const {
        return m_analysed.source;
    }
    int findingCount(check::Severity severity) const;

    // Findings that involve the figure at `figureIndex` of report().figures.
    QList<int> findingsOfFigure(int figureIndex) const;
    // The figure whose span contains `position`, or -1.
    int figureAt(qsizetype position) const;
    // Every figure index a finding involves, in the finding's order.
    QList<int> figuresOfFinding(int findingIndex) const;

    // Every relation instance the figure takes part in, holding or not.
    QList<analysis::RelationUse> relationsOfFigure(int figureIndex) const;

    // Pinyin keys of displayName(), for the library filter.
    const text::PinyinKeys &pinyinKeys() const { return m_pinyin; }

    // Replaces the content with an analysis of the file (first load or reload).
    void apply(analysis::AnalysedReport analysed);

signals:
    void changed();

private:
    void indexFigures();

    QString m_path;
    bool m_loaded = false;
    QString m_error;
    analysis::AnalysedReport m_analysed;
    text::PinyinKeys m_pinyin;
    QList<QList<int>> m_figuresOfFinding;      // finding → figure indexes
    QHash<int, QList<int>> m_findingsOfFigure; // figure → finding indexes
    QList<int> m_figuresByPosition;            // figure indexes sorted by span begin
};

} // namespace juesuan::ui
