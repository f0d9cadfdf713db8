#pragma once

#include "core/check/evaluation.h"
#include "core/check/finding.h"
#include "core/check/relationcatalogue.h"
#include "core/i18n/language.h"
#include "core/model/metriccatalogue.h"

namespace juesuan::check {

// Turns an evaluation into a finding: copies the figures, converts the
// recomputed value and interval into the stated figure's unit, and renders
// the relation's zh and en templates (metric, facet, origin and unit names
// come from the model, in the template's language).
//
// Template placeholders: {label} {stated} {expected} {interval} {difference}
// {parts} {numerator} {denominator} {other} {origin} {other_origin}
// {subject} {wording} {reason}. Outcome notes (catalogue texts
// "outcome.<id>") are appended for rounding tails, precision-only holds and
// worded directions, and replace the message for a zero base.
class FindingBuilder {
public:
    // Figures of `checked` are named by their index in it.
    FindingBuilder(const RelationCatalogue &relations, const model::MetricCatalogue &metrics,
                   const QList<model::Figure> &checked);

    Finding build(const Evaluation &evaluation, Severity severity) const;

private:
    using Language = i18n::Language;

    FindingFigure copyFigure(const Term &term, const QString &role) const;
    QString pick(const Text &text, Language language) const;
    QString label(const Term &term, Language language) const;
    QString displayed(const model::Quantity &quantity, Language language) const;
    QString labelled(const Term &term, Language language) const; // label and value
    QString joined(const QList<Term> &terms, Language language, const QString &times) const;
    QString render(const QString &pattern, Language language, const Evaluation &evaluation,
                   const Finding &finding) const;

    const RelationCatalogue &m_relations;
    const model::MetricCatalogue &m_metrics;
    const QList<model::Figure> &m_checked;
};

} // namespace juesuan::check
