// The statement forms of the evaluator: one value stated in two places must
// agree, whether it is the same key stated twice (section 一 and 四, narrative
// and chart) or two keys the catalogue declares equal (a project's narrative
// budget and its table's 全年预算数).
#include "evaluator.h"
#include "tolerance.h"

namespace juesuan::check {
namespace {

void judgeAgainst(Evaluation &e, const Term &other) {
    e.inputs = {other};
    // Two printings of one true value: strict overlap (see tolerance.h).
    const Judgement judgement = judge(e.stated, impliedSum({other}), true);
    e.outcome = judgement.outcome;
    e.expected = judgement.expected;
    e.interval = judgement.interval;
}

} // namespace

std::optional<Evaluation> Evaluator::evaluateEqual(const Relation &relation,
                                                   const Bound &bound) const {
    const auto stated = resolveOne(relation.stated, bound);
    const auto other = resolveOne(*relation.other, bound);
    if (!stated || !other)
        return std::nullopt;
    Evaluation e = start(relation, bound);
    e.stated = *stated;
    judgeAgainst(e, *other);
    return e;
}

QList<Evaluation> Evaluator::evaluateTwice(const Relation &relation) const {
    const bool all = relation.metrics.contains(QStringLiteral("*"));
    QList<Evaluation> result;
    for (const auto &statements : m_current.repeated()) {
        const model::Figure *first = statements.first();
        if (!all && !relation.metrics.contains(first->metric))
            continue;
        const Term reference = termFor(*first, m_current);
        for (qsizetype i = 1; i < statements.size(); ++i) {
            Evaluation e = start(relation, {first->metric, first->subject});
            e.stated = termFor(*statements[i], m_current);
            judgeAgainst(e, reference);
            if (keeps(e))
                result.append(std::move(e));
        }
    }
    return result;
}

} // namespace juesuan::check
