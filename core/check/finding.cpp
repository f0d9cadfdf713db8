#include "core/check/finding.h"

namespace juesuan::check {

model::Span Finding::primarySpan() const {
    for (const FindingFigure &figure : figures)
        if (figure.span.isValid())
            return figure.span;
    return {};
}

bool Finding::names(const model::Span &span) const {
    return std::any_of(figures.cbegin(), figures.cend(), [&](const FindingFigure &figure) {
        return figure.span.isValid() && figure.span.begin == span.begin;
    });
}

qsizetype countOf(const QList<Finding> &findings, Severity severity) {
    return std::count_if(findings.cbegin(), findings.cend(),
                         [severity](const Finding &f) { return f.severity == severity; });
}

} // namespace juesuan::check
