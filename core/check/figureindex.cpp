#include "core/check/figureindex.h"

#include <algorithm>
#include <functional>
#include <map>
#include <vector>

namespace juesuan::check {
namespace {

int scaleKey(model::QuantityKind kind, model::MoneyUnit unit) {
    return int(kind) * 8 + int(unit);
}

} // namespace

FigureIndex::FigureIndex(const model::Report &report)
    : m_report(report) {
    m_byKey.reserve(report.figures.size());
    std::map<int, std::map<int, int>> scaleCounts; // kind/unit → scale → count
    for (const model::Figure &figure : report.figures) {
        const Key k{figure.metric, int(figure.facet), figure.subject};
        auto &list = m_byKey[k];
        if (list.isEmpty()) {
            // A key seen for the first time is a new subject of its metric and facet.
            QStringList &subjects = m_subjects[MetricFacet(figure.metric, int(figure.facet))];
            if (subjects.isEmpty())
                m_metricsByFacet[int(figure.facet)].append(figure.metric);
            subjects.append(figure.subject);
        }
        list.append(&figure);
        const int scale = figure.quantity.value().scale();
        if (scale > 0)
            ++scaleCounts[scaleKey(figure.quantity.kind(), figure.quantity.unit())][scale];
    }
    for (auto &[kindUnit, counts] : scaleCounts) {
        const auto best = std::max_element(counts.begin(), counts.end(), [](auto &a, auto &b) {
            return a.second < b.second || (a.second == b.second && a.first > b.first);
        });
        m_documentScale.insert(kindUnit, best->first);
    }
    // Repeated keys in the order they are first stated, which is the order
    // of their lists' first figures before the lists are sorted; walking the
    // hash itself spares a second lookup of every key.
    std::vector<QList<const model::Figure *> *> repeated;
    for (auto &list : m_byKey)
        if (list.size() > 1)
            repeated.push_back(&list);
    std::sort(repeated.begin(), repeated.end(),
              [](const auto *a, const auto *b) { return a->first() < b->first(); });
    for (QList<const model::Figure *> *list : repeated) {
        std::stable_sort(list->begin(), list->end(), [](const auto *a, const auto *b) {
            return model::originRank(a->origin) < model::originRank(b->origin);
        });
        m_repeated.append(*list);
    }
    m_terms.reserve(report.figures.size());
    for (const model::Figure &figure : report.figures)
        m_terms.append(termFor(figure, *this)); // after m_documentScale, which it reads
}

const model::Figure *FigureIndex::find(const QString &metric, model::Facet facet,
                                       const QString &subject,
                                       std::optional<model::Origin> origin) const {
    const auto it = m_byKey.constFind(Key{metric, int(facet), subject});
    if (it == m_byKey.cend())
        return nullptr;
    for (const model::Figure *figure : *it)
        if (!origin || figure->origin == *origin)
            return figure;
    return nullptr;
}

QList<const model::Figure *> FigureIndex::statements(const QString &metric, model::Facet facet,
                                                     const QString &subject) const {
    return m_byKey.value(Key{metric, int(facet), subject});
}

QStringList FigureIndex::subjects(const QString &metric, model::Facet facet,
                                  std::optional<model::Origin> origin) const {
    const QStringList all = m_subjects.value(MetricFacet(metric, int(facet)));
    if (!origin)
        return all;
    QStringList result;
    for (const QString &subject : all)
        if (find(metric, facet, subject, origin))
            result.append(subject);
    return result;
}

QStringList FigureIndex::metricsWith(model::Facet facet) const {
    return m_metricsByFacet.value(int(facet));
}

int FigureIndex::depthOf(const QString &subject) {
    return subject.isEmpty() ? 0 : int(subject.count(u'/')) + 1;
}

QStringList FigureIndex::atDepth(const QString &metric, model::Facet facet, int depth) const {
    QStringList result;
    for (const QString &subject : subjects(metric, facet))
        if (depthOf(subject) == depth)
            result.append(subject);
    return result;
}

QStringList FigureIndex::under(const QString &metric, model::Facet facet,
                               const QString &parent) const {
    QStringList result;
    const QString prefix = parent + u'/';
    const int depth = depthOf(parent) + 1;
    for (const QString &subject : subjects(metric, facet))
        if (subject.startsWith(prefix) && depthOf(subject) == depth)
            result.append(subject);
    return result;
}

QStringList FigureIndex::children(const QString &metric, model::Facet facet,
                                  const QString &parent) const {
    // The nearest stated descendants: a descendant counts unless a stated
    // subject lies between it and the parent.
    const QStringList all = subjects(metric, facet);
    const QString prefix = parent.isEmpty() ? QString() : parent + u'/';
    QStringList result;
    for (const QString &subject : all) {
        if (subject.isEmpty() || !subject.startsWith(prefix) || subject == parent)
            continue;
        bool nested = false;
        for (const QString &other : all)
            if (other != subject && other.startsWith(prefix) && !other.isEmpty() &&
                subject.startsWith(other + u'/')) {
                nested = true;
                break;
            }
        if (!nested)
            result.append(subject);
    }
    return result;
}

bool FigureIndex::hasDescendants(const QString &metric, model::Facet facet,
                                 const QString &subject) const {
    const QString prefix = subject + u'/';
    const QStringList all = subjects(metric, facet);
    return std::any_of(all.cbegin(), all.cend(),
                       [&](const QString &s) { return s.startsWith(prefix); });
}

QStringList FigureIndex::leaves(const QString &metric, model::Facet facet,
                                const QString &parent) const {
    const QString prefix = parent.isEmpty() ? QString() : parent + u'/';
    QStringList result;
    for (const QString &subject : subjects(metric, facet))
        if (!subject.isEmpty() && subject.startsWith(prefix) &&
            !hasDescendants(metric, facet, subject))
            result.append(subject);
    return result;
}

int FigureIndex::documentScale(model::QuantityKind kind, model::MoneyUnit unit) const {
    return m_documentScale.value(scaleKey(kind, unit), 0);
}

Term FigureIndex::term(const model::Figure &figure, int sign) const {
    const model::Figure *first = m_report.figures.constData();
    const bool own =
        std::less_equal<>()(first, &figure) && std::less<>()(&figure, first + m_terms.size());
    if (!own)
        return termFor(figure, *this, sign);
    Term result = m_terms[&figure - first];
    result.sign = sign;
    return result;
}

} // namespace juesuan::check
