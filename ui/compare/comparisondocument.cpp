#include "ui/compare/comparisondocument.h"

#include "ui/document/reportdocument.h"

#include <algorithm>

namespace juesuan::ui {
namespace {

QString figureKey(const QString &metric, model::Facet facet, const QString &subject) {
    return metric + u'\x1f' + model::facetId(facet) + u'\x1f' + subject;
}

} // namespace

ComparisonDocument::ComparisonDocument(ReportDocument *first, ReportDocument *second,
                                       QObject *parent)
    : QObject(parent)
    , m_first(first)
    , m_second(second) {
    for (ReportDocument *document : {first, second}) {
        if (!document)
            continue;
        connect(document, &ReportDocument::changed, this, &ComparisonDocument::recompute);
        // The QPointer is already null when `destroyed` arrives: recomputing
        // empties the comparison before anything reads a dangling report.
        connect(document, &QObject::destroyed, this, &ComparisonDocument::recompute);
    }
    recompute();
}

bool ComparisonDocument::isValid() const {
    return m_first && m_second && m_first->isLoaded() && m_second->isLoaded() && m_comparison.a &&
           m_comparison.b;
}

ReportDocument *ComparisonDocument::document(Side side) const {
    return (side == Side::A) == m_firstIsA ? m_first.data() : m_second.data();
}

const QList<check::Finding> &ComparisonDocument::findings(Side side) const {
    return side == Side::A ? m_findingsA : m_findingsB;
}

QString ComparisonDocument::rowKey(int row, Side side) const {
    if (!isValid() || row < 0 || row >= m_comparison.rows.size())
        return {};
    const compare::ComparisonRow &r = m_comparison.rows.at(row);
    if (!(side == Side::A ? r.a : r.b))
        return {};
    const auto coreSide = side == Side::A ? compare::Side::A : compare::Side::B;
    return figureKey(r.metric, compare::sideFacet(m_comparison, r, coreSide),
                     side == Side::A ? r.subjectA : r.subjectB);
}

QList<int> ComparisonDocument::findingsOfRow(int row, Side side) const {
    const QString key = rowKey(row, side);
    if (key.isEmpty())
        return {};
    return (side == Side::A ? m_findingsByKeyA : m_findingsByKeyB).value(key);
}

QList<int> ComparisonDocument::crossFindingsOfRow(int row, Side side) const {
    const QString key = rowKey(row, side);
    if (key.isEmpty())
        return {};
    return (side == Side::A ? m_crossByKeyA : m_crossByKeyB).value(key);
}

void ComparisonDocument::recompute() {
    m_comparison = {};
    m_findingsA.clear();
    m_findingsB.clear();
    m_findingsByKeyA.clear();
    m_findingsByKeyB.clear();
    m_crossByKeyA.clear();
    m_crossByKeyB.clear();
    if (m_first && m_second && m_first->isLoaded() && m_second->isLoaded()) {
        m_comparison = compare::compareReports(m_first->report(), m_second->report());
        m_firstIsA = m_comparison.a == &m_first->report();
        m_findingsA = document(Side::A)->findings();
        m_findingsB = document(Side::B)->findings();
        indexFindings(Side::A);
        indexFindings(Side::B);
        indexCrossFindings();
    }
    emit changed();
}

void ComparisonDocument::indexFindings(Side side) {
    const QList<check::Finding> &findings = this->findings(side);
    auto &index = side == Side::A ? m_findingsByKeyA : m_findingsByKeyB;
    for (int i = 0; i < findings.size(); ++i) {
        for (const check::FindingFigure &figure : findings[i].figures) {
            QList<int> &list = index[figureKey(figure.metric, figure.facet, figure.subject)];
            if (!list.contains(i))
                list.append(i);
        }
    }
    // The checker lists findings most severe first; keep that per cell too.
    for (QList<int> &list : index)
        std::stable_sort(list.begin(), list.end(), [&findings](int x, int y) {
            return findings[x].severity > findings[y].severity;
        });
}

void ComparisonDocument::indexCrossFindings() {
    // The cross-report checks read B and take A's figures as the other
    // report's: a figure without a place in B's figures is A's.
    const QList<check::Finding> &findings = m_comparison.crossFindings;
    for (int i = 0; i < findings.size(); ++i)
        for (const check::FindingFigure &figure : findings[i].figures) {
            auto &index = figure.index < 0 ? m_crossByKeyA : m_crossByKeyB;
            QList<int> &list = index[figureKey(figure.metric, figure.facet, figure.subject)];
            if (!list.contains(i))
                list.append(i);
        }
}

} // namespace juesuan::ui
