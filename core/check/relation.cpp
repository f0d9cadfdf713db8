#include "relation.h"

#include <array>

namespace juesuan::check {
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
