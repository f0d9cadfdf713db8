#include "ui/document/reportdocument.h"

#include <QFileInfo>
#include <algorithm>
#include <functional>

namespace juesuan::ui {

ReportDocument::ReportDocument(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path)) {
    m_pinyin = text::pinyinKeys(displayName());
}

QString ReportDocument::fileName() const {
    return QFileInfo(m_path).fileName();
}

QString ReportDocument::displayName() const {
    return m_loaded && !report().unitName.isEmpty() ? report().unitName : fileName();
}

int ReportDocument::findingCount(check::Severity severity) const {
    return static_cast<int>(check::countOf(findings(), severity));
}

void ReportDocument::apply(analysis::AnalysedReport analysed) {
    m_loaded = analysed.ok();
    m_error = analysed.error;
    m_analysed = m_loaded ? std::move(analysed) : analysis::AnalysedReport();
    m_pinyin = text::pinyinKeys(displayName());
    indexFigures();
    emit changed();
}

void ReportDocument::indexFigures() {
    const QList<model::Figure> &figures = report().figures;
    m_figuresByPosition.clear();
    for (int i = 0; i < figures.size(); ++i)
        if (figures[i].span.isValid())
            m_figuresByPosition.append(i);
    std::stable_sort(
        m_figuresByPosition.begin(), m_figuresByPosition.end(),
        [&figures](int a, int b) { return figures[a].span.begin < figures[b].span.begin; });

    m_figuresOfFinding.clear();
    m_findingsOfFigure.clear();
    for (int finding = 0; finding < findings().size(); ++finding) {
        QList<int> involved;
        for (const check::FindingFigure &figure : findings()[finding].figures) {
            if (figure.index < 0 || involved.contains(figure.index))
                continue;
            involved.append(figure.index);
            m_findingsOfFigure[figure.index].append(finding);
        }
        m_figuresOfFinding.append(involved);
    }
}

QList<int> ReportDocument::findingsOfFigure(int figureIndex) const {
    return m_findingsOfFigure.value(figureIndex);
}

QList<int> ReportDocument::figuresOfFinding(int findingIndex) const {
    return m_figuresOfFinding.value(findingIndex);
}

int ReportDocument::figureAt(qsizetype position) const {
    const QList<model::Figure> &figures = report().figures;
    auto it = std::upper_bound(
        m_figuresByPosition.cbegin(), m_figuresByPosition.cend(), position,
        [&figures](qsizetype pos, int index) { return pos < figures[index].span.begin; });
    // Spans barely overlap, but one number may be two figures ("收入、支出
    // 总计均为 199.32 万元"): of those covering the position, the first stated.
    int found = -1;
    for (int steps = 0; steps < 8 && it != m_figuresByPosition.cbegin(); ++steps) {
        --it;
        const model::Span &span = figures[*it].span;
        if (position >= span.begin && position <= span.end && (found < 0 || *it < found))
            found = *it;
    }
    return found;
}

QList<analysis::RelationUse> ReportDocument::relationsOfFigure(int figureIndex) const {
    QList<analysis::RelationUse> result;
    for (const analysis::RelationUse &relation : m_analysed.relations)
        if (relation.figures.contains(figureIndex))
            result.append(relation);
    return result;
}

} // namespace juesuan::ui
