#include "reportdocument.h"

#include "check/checker.h"
#include "reportloader.h"

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
    return m_loaded && !m_report.unitName.isEmpty() ? m_report.unitName : fileName();
}

int ReportDocument::findingCount(check::Severity severity) const {
    return static_cast<int>(std::count_if(
        m_findings.cbegin(), m_findings.cend(),
        [severity](const check::Finding &finding) { return finding.severity == severity; }));
}

void ReportDocument::apply(LoadOutcome outcome) {
    m_loaded = outcome.report.has_value();
    m_error = m_loaded ? QString() : outcome.error;
    m_report = m_loaded ? std::move(*outcome.report) : model::Report();
    m_findings = m_loaded ? std::move(outcome.findings) : QList<check::Finding>();
    m_relations.reset();
    m_pinyin = text::pinyinKeys(displayName());
    indexFigures();
    emit changed();
}

int ReportDocument::figureIndexOf(const check::FindingFigure &figure) const {
    // A finding copies its figures; the span (with metric and facet, in case
    // two statements share a span) identifies the figure it copied.
    const QList<model::Figure> &figures = m_report.figures;
    const auto begin = std::lower_bound(
        m_figuresByPosition.cbegin(), m_figuresByPosition.cend(), figure.span.begin,
        [&figures](int index, qsizetype position) { return figures[index].span.begin < position; });
    for (auto it = begin; it != m_figuresByPosition.cend(); ++it) {
        const model::Figure &candidate = figures[*it];
        if (candidate.span.begin != figure.span.begin)
            break;
        if (candidate.span == figure.span && candidate.metric == figure.metric &&
            candidate.facet == figure.facet && candidate.subject == figure.subject)
            return *it;
    }
    return begin != m_figuresByPosition.cend() && figures[*begin].span == figure.span ? *begin : -1;
}

void ReportDocument::indexFigures() {
    const QList<model::Figure> &figures = m_report.figures;
    m_figuresByPosition.clear();
    for (int i = 0; i < figures.size(); ++i)
        if (figures[i].span.isValid())
            m_figuresByPosition.append(i);
    std::stable_sort(
        m_figuresByPosition.begin(), m_figuresByPosition.end(),
        [&figures](int a, int b) { return figures[a].span.begin < figures[b].span.begin; });

    m_figuresOfFinding.clear();
    m_findingsOfFigure.clear();
    for (int finding = 0; finding < m_findings.size(); ++finding) {
        QList<int> involved;
        for (const check::FindingFigure &figure : m_findings[finding].figures) {
            const int index = figure.span.isValid() ? figureIndexOf(figure) : -1;
            if (index < 0 || involved.contains(index))
                continue;
            involved.append(index);
            m_findingsOfFigure[index].append(finding);
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
    const QList<model::Figure> &figures = m_report.figures;
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

void ReportDocument::evaluateRelations() const {
    m_relations.emplace();
    if (!m_loaded)
        return;
    check::CheckOptions options;
    options.keepEvaluations = true;
    const check::CheckResult result = check::Checker().check(m_report, nullptr, options);
    const model::Figure *first = m_report.figures.constData();
    for (const check::Evaluation &evaluation : result.evaluations) {
        FigureRelation relation;
        relation.relation = evaluation.relation;
        relation.outcome = evaluation.outcome;
        for (const model::Figure *figure : evaluation.figures()) {
            // Figures of another report (cross-report relations) are not ours.
            const model::Figure *end = first + m_report.figures.size();
            if (std::less_equal<>()(first, figure) && std::less<>()(figure, end))
                relation.figures.append(static_cast<int>(figure - first));
        }
        if (relation.figures.isEmpty() || !evaluation.relation)
            continue;
        relation.severity = evaluation.findingSeverity();
        if (relation.severity) {
            const model::Span stated = m_report.figures[relation.figures.first()].span;
            for (int i = 0; i < m_findings.size(); ++i) {
                const check::Finding &finding = m_findings[i];
                if (finding.relationId == evaluation.relation->id &&
                    finding.primarySpan() == stated) {
                    relation.finding = i;
                    break;
                }
            }
        }
        m_relations->append(relation);
    }
}

QList<FigureRelation> ReportDocument::relationsOfFigure(int figureIndex) const {
    if (!m_relations)
        evaluateRelations();
    QList<FigureRelation> result;
    for (const FigureRelation &relation : std::as_const(*m_relations))
        if (relation.figures.contains(figureIndex))
            result.append(relation);
    return result;
}

} // namespace juesuan::ui
