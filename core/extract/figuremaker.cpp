#include "core/extract/figuremaker.h"

#include "core/extract/numberparsing.h"
#include "core/text/normalizer.h"

namespace juesuan::extract {

using model::Figure;

Figure *FigureMaker::fromCapture(const QRegularExpressionMatch &match, const QString &group,
                                 qsizetype base, model::QuantityKind kind, const QString &metric,
                                 model::Facet facet, const QString &subject,
                                 const QString &section) {
    const QString unitGroup = group + u"__unit";
    qsizetype end = match.capturedEnd(group);
    QStringView unit;
    if (match.capturedStart(unitGroup) >= 0) {
        unit = match.capturedView(unitGroup);
        end = match.capturedEnd(unitGroup);
    }
    return add(kind, match.capturedView(group), unit, base + match.capturedStart(group), base + end,
               metric, facet, subject, section);
}

Figure *FigureMaker::add(model::QuantityKind kind, QStringView number, QStringView unit,
                         qsizetype begin, qsizetype end, const QString &metric, model::Facet facet,
                         const QString &subject, const QString &section, model::Origin origin) {
    const auto quantity = parseQuantity(kind, number, unit);
    if (!quantity || metric.isEmpty())
        return nullptr;
    // A percentage's span includes its % sign, so highlighting shows "14.75%".
    if (kind == model::QuantityKind::Percent && end < m_text.size() && m_text.text()[end] == u'%')
        ++end;
    Figure figure;
    figure.metric = metric;
    figure.facet = facet;
    figure.subject = subject;
    figure.quantity = *quantity;
    const auto [originalBegin, originalEnd] = m_text.toOriginal(begin, end);
    figure.span = {originalBegin, originalEnd, -1};
    figure.section = section;
    figure.origin = origin;
    m_report.figures.append(std::move(figure));
    return &m_report.figures.back();
}

} // namespace juesuan::extract
