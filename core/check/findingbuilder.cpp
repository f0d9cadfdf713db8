#include "core/check/findingbuilder.h"

#include <algorithm>
#include <array>
#include <functional>
#include <optional>

namespace juesuan::check {
namespace {

model::Quantity quantityOf(const Term &term, const model::Decimal &value) {
    if (!term.figure)
        return model::Quantity::score(value);
    return model::Quantity(term.figure->quantity.kind(), value, term.figure->quantity.unit());
}

// The term's own number with the sign its wording gives.
model::Quantity statedQuantity(const Term &term) {
    if (!term.figure)
        return model::Quantity::score(*term.value.toDecimal(term.printedScale));
    const model::Decimal value = isSignedFacet(term.figure->facet) ? term.figure->signedValue()
                                                                   : term.figure->quantity.value();
    return quantityOf(term, value);
}

// Quotients get two more digits than the stated number so that a rounding
// tail (6.0156% against 6.01%) is visible in the message.
int displayScale(const Evaluation &e) {
    const bool quotient = e.relation->form == Form::Ratio || e.relation->form == Form::Product;
    return e.stated.fineScale + (quotient ? 2 : 0);
}

// The template placeholders, in the order of `placeholders`.
enum Placeholder {
    Label,
    Stated,
    Expected,
    IntervalText,
    Difference,
    Parts,
    Numerator,
    Denominator,
    Other,
    Origin,
    OtherOrigin,
    Subject,
    Wording,
    Reason,
};

constexpr QStringView placeholders[] = {
    u"{label}",        u"{stated}",    u"{expected}",    u"{interval}", u"{difference}",
    u"{parts}",        u"{numerator}", u"{denominator}", u"{other}",    u"{origin}",
    u"{other_origin}", u"{subject}",   u"{wording}",     u"{reason}",
};

} // namespace

FindingBuilder::FindingBuilder(const RelationCatalogue &relations,
                               const model::MetricCatalogue &metrics,
                               const QList<model::Figure> &checked)
    : m_relations(relations)
    , m_metrics(metrics)
    , m_checked(checked) {}

FindingFigure FindingBuilder::copyFigure(const Term &term, const QString &role) const {
    const model::Figure &f = *term.figure;
    const model::Figure *first = m_checked.constData();
    const bool checked =
        std::less_equal<>()(first, &f) && std::less<>()(&f, first + m_checked.size());
    return {f.metric,   f.facet,     f.subject,
            f.quantity, f.direction, f.span,
            f.origin,   role,        checked ? int(&f - first) : -1};
}

QString FindingBuilder::pick(const Text &text, Language language) const {
    return language == Language::Chinese ? text.zh : text.en;
}

QString FindingBuilder::label(const Term &term, Language language) const {
    if (!term.figure)
        return pick(m_relations.text(QStringLiteral("label.constant")), language);
    const model::Figure &f = *term.figure;
    const model::MetricInfo *info = m_metrics.find(f.metric);
    const bool chinese = language == Language::Chinese;
    QString result = info ? info->label(language) : f.metric;
    if (!f.subject.isEmpty())
        result += (chinese ? QStringView(u"“") : QStringView(u" “")) + f.subject + u'”';
    if (f.facet != model::Facet::Value)
        result += (chinese ? u"的" : u" ") + model::facetLabel(f.facet, language);
    if (f.origin != model::Origin::Narrative)
        result += u" [" + model::originLabel(f.origin, language) + u']';
    if (term.report != ReportRole::Current) {
        const QString key = term.report == ReportRole::Budget
                                ? QStringLiteral("label.budget_report")
                                : QStringLiteral("label.previous_report");
        result += u" [" + pick(m_relations.text(key), language) + u']';
    }
    return result;
}

QString FindingBuilder::displayed(const model::Quantity &quantity, Language language) const {
    if (quantity.kind() != model::QuantityKind::Money || quantity.unit() == model::MoneyUnit::None)
        return quantity.toDisplayString();
    // The unit in the message's language.
    return quantity.value().toString() + u' ' + model::moneyUnitLabel(quantity.unit(), language);
}

QString FindingBuilder::labelled(const Term &term, Language language) const {
    return label(term, language) + u' ' + displayed(statedQuantity(term), language);
}

QString FindingBuilder::joined(const QList<Term> &terms, Language language,
                               const QString &times) const {
    QString result;
    for (const Term &term : terms) {
        if (!times.isEmpty())
            result += result.isEmpty() ? QString() : times;
        else if (term.sign < 0)
            result += result.isEmpty() ? QStringLiteral("− ") : QStringLiteral(" − ");
        else if (!result.isEmpty())
            result += QStringLiteral(" + ");
        result += labelled(term, language);
    }
    return result;
}

QString FindingBuilder::render(const QString &pattern, Language language, const Evaluation &e,
                               const Finding &finding) const {
    const Term *other = e.inputs.isEmpty() ? nullptr : &e.inputs.first();
    const auto display = [&](const std::optional<model::Quantity> &q) {
        return q ? displayed(*q, language) : QStringLiteral("—");
    };
    const auto originOf = [&](const Term *term) {
        if (!term || !term->figure)
            return QString();
        return model::originLabel(term->figure->origin, language);
    };
    // Values are computed only for the placeholders the template uses.
    const auto value = [&](Placeholder key) -> QString {
        switch (key) {
        case Label:
            return label(e.stated, language);
        case Parts:
            return joined(e.inputs, language,
                          e.relation->form == Form::Product ? QStringLiteral(" × ") : QString());
        case Numerator:
            return joined(e.inputs.mid(0, e.numeratorCount), language, {});
        case Denominator:
            return joined(e.inputs.mid(e.numeratorCount), language, {});
        case Other:
            return other ? labelled(*other, language) : QString();
        case Origin:
            return originOf(&e.stated);
        case Stated:
            return display(finding.stated);
        case Expected:
            return display(finding.expected);
        case IntervalText:
            if (finding.low && finding.high)
                return u'[' + finding.low->toString() + u", " + finding.high->toString() + u']';
            return QStringLiteral("—");
        case Difference:
            if (finding.stated && finding.expected)
                return displayed(
                    quantityOf(e.stated, finding.stated->value() - finding.expected->value()),
                    language);
            return QStringLiteral("—");
        case Subject:
            return e.boundSubject;
        case Wording:
            return e.stated.figure ? e.stated.figure->wording : QString();
        case Reason:
            return e.stated.figure ? e.stated.figure->reason : QString();
        case OtherOrigin:
            return originOf(other);
        }
        return QString();
    };
    // One pass over the template: text put in for a placeholder is not
    // searched again, and each value is computed once however often it is used.
    std::array<std::optional<QString>, std::size(placeholders)> values;
    const QStringView in(pattern);
    QString result;
    result.reserve(pattern.size() * 2);
    qsizetype copied = 0;
    for (qsizetype open = in.indexOf(u'{'); open >= 0; open = in.indexOf(u'{', open + 1)) {
        const qsizetype close = in.indexOf(u'}', open);
        if (close < 0)
            break;
        const QStringView placeholder = in.sliced(open, close + 1 - open);
        const auto found = std::find(std::begin(placeholders), std::end(placeholders), placeholder);
        if (found == std::end(placeholders))
            continue;
        const auto key = Placeholder(found - std::begin(placeholders));
        if (!values[key])
            values[key] = value(key);
        result += in.sliced(copied, open - copied);
        result += *values[key];
        copied = close + 1;
        open = close;
    }
    result += in.sliced(copied);
    return result;
}

Finding FindingBuilder::build(const Evaluation &e, Severity severity) const {
    Finding finding;
    finding.relationId = e.relation->id;
    finding.family = e.relation->family;
    finding.severity = severity;
    finding.outcome = e.outcome;
    if (e.stated.figure)
        finding.figures.append(copyFigure(e.stated, QStringLiteral("stated")));
    for (const Term &term : e.inputs)
        if (term.figure && term.figure != e.stated.figure)
            finding.figures.append(copyFigure(term, QStringLiteral("input")));
    finding.stated = statedQuantity(e.stated);
    // A zero base has no expected value; a wording rule has one only when it
    // computes a change (a reason rule does, a phrase rule does not).
    const bool computed =
        e.outcome != Outcome::ZeroBase && (e.outcome != Outcome::Wording || !e.inputs.isEmpty());
    if (computed && e.expected.isValid()) {
        const Rational unit = Rational::pow10(e.stated.exponent);
        const int scale = displayScale(e);
        if (const auto expected = (e.expected / unit).toDecimal(scale))
            finding.expected = quantityOf(e.stated, *expected);
        // Two statements of one value: the other is quoted as printed
        // ("0.3 万元", not "0.30 万元") when it is in the same unit.
        const bool statement = e.relation->form == Form::Equal || e.relation->form == Form::Twice;
        if (statement && e.inputs.size() == 1 && e.inputs.first().figure && e.stated.figure &&
            e.inputs.first().figure->quantity.unit() == e.stated.figure->quantity.unit() &&
            !isSignedFacet(e.inputs.first().figure->facet))
            finding.expected = e.inputs.first().figure->quantity;
        if (e.interval.isValid()) {
            finding.low = (e.interval.low / unit).floorDecimal(scale + 1);
            finding.high = (e.interval.high / unit).ceilDecimal(scale + 1);
        }
    }

    const Relation &relation = *e.relation;
    QString zh = relation.zh, en = relation.en;
    const Text note = m_relations.text(u"outcome." + outcomeId(e.outcome));
    if (e.outcome == Outcome::ZeroBase) {
        zh = note.zh;
        en = note.en;
    } else if (e.outcome == Outcome::RoundingTail || e.outcome == Outcome::PrecisionOnly ||
               e.outcome == Outcome::SignOnly || e.outcome == Outcome::LastDigit ||
               e.outcome == Outcome::Truncated) {
        zh += note.zh;
        en += u' ' + note.en;
    }
    // A figure not surely read: the finding says why it is only a warning.
    if (const QString doubt = e.doubt(); !doubt.isEmpty()) {
        const Text why = m_relations.text(u"doubt." + doubt);
        zh += why.zh;
        en += u' ' + why.en;
    }
    finding.messageZh = render(zh, Language::Chinese, e, finding);
    finding.messageEn = render(en, Language::English, e, finding);
    return finding;
}

} // namespace juesuan::check
