// The wording forms of the evaluator: what the words around a number claim
// (增加, 持平, 支出预算, 无差异) against what the numbers say. Each statement of
// the bound figure is judged on its own, since each has its own wording.
#include "evaluator.h"
#include "tolerance.h"

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

QList<Evaluation> Evaluator::evaluateWording(const Relation &relation, const Bound &bound) const {
    std::optional<QList<Term>> parts;
    if (!relation.parts.isEmpty()) {
        parts = resolveAll(relation.parts, bound);
        if (!parts)
            return {};
    }
    const std::optional<Implied> change = parts ? std::optional(impliedSum(*parts)) : std::nullopt;
    QList<Evaluation> result;
    const QString metric = metricOf(relation.stated, bound);
    const QString subject = subjectOf(relation.stated, bound);
    for (const model::Figure *figure :
         m_current.statements(metric, relation.stated.facet, subject)) {
        Evaluation e = start(relation, bound);
        e.stated = termFor(*figure, m_current);
        if (parts)
            e.inputs = *parts;
        if (change) {
            e.expected = change->exact;
            e.interval = change->coarse;
        }
        bool fires = false;
        switch (relation.form) {
        case Form::Direction:
            fires = directionContradicts(*figure, change);
            break;
        case Form::Phrase:
            fires = phraseMatches(figure->wording, relation);
            break;
        case Form::Reason:
            fires =
                phraseMatches(figure->reason, relation) && change && !change->coarse.containsZero();
            break;
        default:
            break;
        }
        e.outcome = fires ? Outcome::Wording : Outcome::Holds;
        result.append(std::move(e));
    }
    return result;
}

} // namespace juesuan::check
