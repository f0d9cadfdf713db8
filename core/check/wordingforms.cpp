// The wording forms of the evaluator: what the words around a number claim
// (增加, 持平, 支出预算, 无差异) against what the numbers say. Each statement of
// the bound figure is judged on its own, since each has its own wording.
#include "core/check/evaluator.h"
#include "core/check/tolerance.h"

namespace juesuan::check {
namespace {

bool mentionsAny(const QString &text, const QStringList &needles) {
    return std::any_of(needles.cbegin(), needles.cend(),
                       [&](const QString &needle) { return text.contains(needle); });
}

bool phraseMatches(const QString &text, const Relation &relation) {
    return mentionsAny(text, relation.contains) && !mentionsAny(text, relation.excludes);
}

// 增加 while the computed change is certainly negative, 减少 while certainly
// positive, 持平 while certainly not zero. "Certainly" uses the printed
// (coarse) precision: a wording rule must not fire on rounding.
bool directionContradicts(const model::Figure &figure, const std::optional<Implied> &change) {
    switch (figure.direction) {
    case model::Direction::Flat:
        return change ? !change->coarse.containsZero() : !figure.quantity.value().isZero();
    case model::Direction::Increase:
        return change && change->coarse.high < Rational();
    case model::Direction::Decrease:
        return change && change->coarse.low > Rational();
    case model::Direction::None:
        break;
    }
    return false;
}

} // namespace

bool Evaluator::binds(const Relation &relation, const model::Figure &figure) const {
    if (figure.facet != relation.stated.facet)
        return false;
    if (!relation.foreach)
        return figure.metric == relation.stated.metric && figure.subject == relation.stated.subject;
    const Binding &binding = *relation.foreach;
    if (!binding.metrics.contains(QStringLiteral("*")) && !binding.metrics.contains(figure.metric))
        return false;
    if (binding.depth && FigureIndex::depthOf(figure.subject) != *binding.depth)
        return false;
    if (binding.origin && figure.origin != *binding.origin)
        return false;
    return !binding.withChildren ||
           m_current.hasDescendants(figure.metric, figure.facet, figure.subject);
}

QList<Evaluation> Evaluator::evaluateWording(const Relation &relation) const {
    QList<Evaluation> result;
    for (const model::Figure &figure : m_current.report().figures) {
        if (!binds(relation, figure))
            continue;
        // Cheap tests first: most figures carry no direction, wording or reason
        // that could make the rule fire.
        bool candidate = false;
        switch (relation.form) {
        case Form::Direction:
            candidate = figure.direction != model::Direction::None;
            break;
        case Form::Phrase:
            candidate = phraseMatches(figure.wording, relation);
            break;
        case Form::Reason:
            candidate = phraseMatches(figure.reason, relation);
            break;
        default:
            break;
        }
        if (!candidate && !m_keepHolding)
            continue;
        const Bound bound{figure.metric, figure.subject};
        std::optional<QList<Term>> parts;
        if (!relation.parts.isEmpty()) {
            parts = resolveAll(relation.parts, bound);
            if (!parts)
                continue;
        }
        const std::optional<Implied> change =
            parts ? std::optional(impliedSum(*parts)) : std::nullopt;
        bool fires = false;
        switch (relation.form) {
        case Form::Direction:
            fires = directionContradicts(figure, change);
            break;
        case Form::Phrase:
            fires = candidate;
            break;
        case Form::Reason:
            fires = candidate && change && !change->coarse.containsZero();
            break;
        default:
            break;
        }
        if (!fires && !m_keepHolding)
            continue;
        Evaluation e = start(relation, bound);
        e.stated = m_current.term(figure);
        if (parts)
            e.inputs = *parts;
        if (change) {
            e.expected = change->exact;
            e.interval = change->coarse;
        }
        e.outcome = fires ? Outcome::Wording : Outcome::Holds;
        result.append(std::move(e));
    }
    return result;
}

} // namespace juesuan::check
