#include "core/check/evaluator.h"

namespace juesuan::check {

Evaluator::Evaluator(const FigureIndex &current, const FigureIndex *previous, bool keepHolding)
    : m_current(current)
    , m_previous(previous)
    , m_keepHolding(keepHolding) {}

bool Evaluator::keeps(const Evaluation &evaluation) const {
    if (evaluation.outcome == Outcome::Undetermined)
        return false;
    return m_keepHolding || evaluation.findingSeverity().has_value();
}

QList<Evaluator::Bound> Evaluator::bindings(const Relation &relation) const {
    if (!relation.foreach)
        return {Bound{}};
    const Binding &binding = *relation.foreach;
    QStringList metrics;
    for (const QString &metric : binding.metrics)
        metrics += metric == u"*" ? m_current.metricsWith(binding.facet) : QStringList{metric};
    QList<Bound> result;
    for (const QString &metric : std::as_const(metrics))
        for (const QString &subject : m_current.subjects(metric, binding.facet, binding.origin)) {
            if (binding.depth && FigureIndex::depthOf(subject) != *binding.depth)
                continue;
            if (binding.withChildren && !m_current.hasDescendants(metric, binding.facet, subject))
                continue;
            result.append({metric, subject});
        }
    return result;
}

const FigureIndex *Evaluator::indexFor(const FigureRef &ref) const {
    return ref.report != ReportRole::Current ? m_previous : &m_current;
}

QString Evaluator::metricOf(const FigureRef &ref, const Bound &bound) const {
    return ref.metric == u"$m" ? bound.metric : ref.metric;
}

QString Evaluator::subjectOf(const FigureRef &ref, const Bound &bound) const {
    if (ref.subject == u"$s")
        return bound.subject;
    if (!ref.subject.contains(u'$'))
        return ref.subject;
    QString subject = ref.subject;
    return subject.replace(QStringLiteral("$s"), bound.subject);
}

std::optional<Term> Evaluator::resolveOne(const FigureRef &ref, const Bound &bound) const {
    if (ref.scope == Scope::Constant)
        return constantTerm(ref.constant, ref.sign);
    const FigureIndex *index = indexFor(ref);
    if (!index || ref.scope != Scope::Single)
        return std::nullopt;
    const model::Figure *figure =
        index->find(metricOf(ref, bound), ref.facet, subjectOf(ref, bound), ref.origin);
    if (!figure)
        return std::nullopt;
    Term term = index->term(*figure, ref.sign);
    term.report = ref.report;
    return term;
}

std::optional<QList<Term>> Evaluator::resolve(const FigureRef &ref, const Bound &bound,
                                              bool *missingOptional) const {
    if (ref.scope == Scope::Single || ref.scope == Scope::Constant) {
        if (auto term = resolveOne(ref, bound))
            return QList<Term>{*term};
        if (ref.optional && missingOptional) {
            *missingOptional = true;
            return QList<Term>{};
        }
        return std::nullopt;
    }
    const FigureIndex *index = indexFor(ref);
    if (!index)
        return std::nullopt;
    const QString metric = metricOf(ref, bound);
    const QString subject = subjectOf(ref, bound);
    QStringList subjects;
    switch (ref.scope) {
    case Scope::Depth:
        subjects = index->atDepth(metric, ref.facet, ref.depth);
        break;
    case Scope::Under:
        subjects = index->under(metric, ref.facet, subject);
        break;
    case Scope::Children:
        subjects = index->children(metric, ref.facet, subject);
        break;
    case Scope::Leaves:
        subjects = index->leaves(metric, ref.facet);
        break;
    case Scope::LeavesUnder:
        subjects = index->leaves(metric, ref.facet, subject);
        break;
    case Scope::All:
        subjects = index->subjects(metric, ref.facet);
        break;
    case Scope::Single:
    case Scope::Constant:
        break;
    }
    QList<Term> terms;
    for (const QString &member : std::as_const(subjects))
        if (const model::Figure *figure = index->find(metric, ref.facet, member, ref.origin)) {
            Term term = index->term(*figure, ref.sign);
            term.report = ref.report;
            terms.append(term);
        }
    if (terms.isEmpty()) {
        if (ref.optional && missingOptional) {
            *missingOptional = true;
            return terms;
        }
        return std::nullopt;
    }
    return terms;
}

std::optional<QList<Term>> Evaluator::resolveAll(const QList<FigureRef> &refs, const Bound &bound,
                                                 bool *missingOptional) const {
    QList<Term> terms;
    for (const FigureRef &ref : refs) {
        auto resolved = resolve(ref, bound, missingOptional);
        if (!resolved)
            return std::nullopt;
        terms += *resolved;
    }
    return terms;
}

Evaluation Evaluator::start(const Relation &relation, const Bound &bound) const {
    Evaluation evaluation;
    evaluation.relation = &relation;
    evaluation.boundMetric = bound.metric;
    evaluation.boundSubject = bound.subject;
    return evaluation;
}

QList<Evaluation> Evaluator::evaluate(const Relation &relation) const {
    if (relation.reportType && *relation.reportType != m_current.report().type)
        return {};
    if (relation.form == Form::Twice)
        return evaluateTwice(relation);
    if (relation.form == Form::Direction || relation.form == Form::Phrase ||
        relation.form == Form::Reason)
        return evaluateWording(relation);
    QList<Evaluation> result;
    for (const Bound &bound : bindings(relation)) {
        std::optional<Evaluation> one;
        switch (relation.form) {
        case Form::Sum:
            one = evaluateSum(relation, bound);
            break;
        case Form::Ratio:
            one = evaluateRatio(relation, bound);
            break;
        case Form::Product:
            one = evaluateProduct(relation, bound);
            break;
        case Form::Count:
            one = evaluateCount(relation, bound);
            break;
        case Form::Equal:
            one = evaluateEqual(relation, bound);
            break;
        case Form::Direction:
        case Form::Phrase:
        case Form::Reason:
        case Form::Twice:
            break;
        }
        if (one && keeps(*one))
            result.append(std::move(*one));
    }
    return result;
}

} // namespace juesuan::check
