#include "core/check/relation.h"

#include <array>

namespace juesuan::check {

Relation inFacet(const Relation &relation, model::Facet facet, model::ReportType type) {
    Relation result = relation;
    result.id = relation.id + u'@' + model::facetId(facet);
    result.reportType = type;
    const auto move = [facet](FigureRef &ref) {
        if (ref.scope != Scope::Constant && ref.facet == model::Facet::Value)
            ref.facet = facet;
    };
    const auto moveAll = [&](QList<FigureRef> &refs) {
        for (FigureRef &ref : refs)
            move(ref);
    };
    move(result.stated);
    move(result.collection);
    moveAll(result.parts);
    moveAll(result.numerator);
    moveAll(result.denominator);
    moveAll(result.factors);
    moveAll(result.divisors);
    if (result.cap)
        move(*result.cap);
    if (result.other)
        move(*result.other);
    if (result.foreach && result.foreach->facet == model::Facet::Value)
        result.foreach->facet = facet;
    return result;
}
namespace {

struct FormName {
    Form form;
    const char16_t *id;
};

constexpr std::array formNames{
    FormName{Form::Sum, u"sum"},
    FormName{Form::Ratio, u"ratio"},
    FormName{Form::Product, u"product"},
    FormName{Form::Equal, u"equal"},
    FormName{Form::Twice, u"twice"},
    FormName{Form::Count, u"count"},
    FormName{Form::Direction, u"direction"},
    FormName{Form::Phrase, u"phrase"},
    FormName{Form::Reason, u"reason"},
};

} // namespace

QString formId(Form form) {
    for (const auto &name : formNames)
        if (name.form == form)
            return QString::fromUtf16(name.id);
    return {};
}

std::optional<Form> formFromId(QStringView id) {
    for (const auto &name : formNames)
        if (id == QStringView(name.id))
            return name.form;
    return std::nullopt;
}

} // namespace juesuan::check
