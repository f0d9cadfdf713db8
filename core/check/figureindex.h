#pragma once

#include "core/check/term.h"
#include "core/model/report.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace juesuan::check {

// A report's figures indexed for the evaluator: by (metric, facet, subject),
// with the subjects of collection metrics as paths ("类/款/项", "项目/1").
//
// When a figure is stated several times the narrative statement is preferred,
// then a table, then a chart; the others are compared with it by the
// stated-twice relation, so every other relation reads one number per key.
class FigureIndex {
public:
    explicit FigureIndex(const model::Report &report);

    const model::Report &report() const { return m_report; }

    // The preferred statement, or nullptr when the report does not state it.
    const model::Figure *find(const QString &metric, model::Facet facet, const QString &subject,
                              std::optional<model::Origin> origin = {}) const;
    // Every statement of the key, preferred first.
    QList<const model::Figure *> statements(const QString &metric, model::Facet facet,
                                            const QString &subject) const;
    // Keys stated more than once, each with its statements (preferred first).
    const QList<QList<const model::Figure *>> &repeated() const { return m_repeated; }

    // Distinct subjects of a metric with that facet, in document order.
    QStringList subjects(const QString &metric, model::Facet facet,
                         std::optional<model::Origin> origin = {}) const;
    // Distinct metrics that have at least one figure with that facet.
    QStringList metricsWith(model::Facet facet) const;

    // Collection selections over the subjects of (metric, facet).
    QStringList atDepth(const QString &metric, model::Facet facet, int depth) const;
    QStringList under(const QString &metric, model::Facet facet, const QString &parent) const;
    QStringList children(const QString &metric, model::Facet facet, const QString &parent) const;
    QStringList leaves(const QString &metric, model::Facet facet, const QString &parent = {}) const;
    bool hasDescendants(const QString &metric, model::Facet facet, const QString &subject) const;

    // The number of decimals the report prints for amounts of this kind and
    // unit (the most common non-zero scale), 0 when it prints none. A figure
    // printed with fewer digits is read as having dropped trailing zeros
    // ("24" beside "24.00"); see the tolerance notes in tolerance.h.
    int documentScale(model::QuantityKind kind, model::MoneyUnit unit) const;

    // termFor(figure, *this, sign), each figure's computed once: relations
    // share figures, and a term's exact values cost several reductions.
    Term term(const model::Figure &figure, int sign = 1) const;

    static int depthOf(const QString &subject);

private:
    // Structured keys: hashing three fields is cheaper than building a string
    // per lookup, and lookups are what the evaluator does most.
    struct Key {
        QString metric;
        int facet = 0;
        QString subject;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0) {
            return qHashMulti(seed, key.metric, key.facet, key.subject);
        }
    };
    using MetricFacet = std::pair<QString, int>;

    const model::Report &m_report;
    QHash<Key, QList<const model::Figure *>> m_byKey; // preferred first
    QHash<MetricFacet, QStringList> m_subjects;       // in document order
    QHash<int, QStringList> m_metricsByFacet;
    QHash<int, int> m_documentScale; // kind·8+unit → scale
    QList<QList<const model::Figure *>> m_repeated;
    QList<Term> m_terms; // of report.figures, in their order, sign 1
};

} // namespace juesuan::check
