#include "core/export/findingsjson.h"

#include "core/export/jsonexport.h"

#include <QJsonArray>

namespace juesuan::exporting {
namespace {

QJsonObject quantityToJson(const model::Quantity &quantity) {
    QJsonObject object{{QStringLiteral("value"), quantity.value().toString()},
                       {QStringLiteral("kind"), model::kindId(quantity.kind())}};
    if (const QString unit = model::unitId(quantity.unit()); !unit.isEmpty())
        object.insert(QStringLiteral("unit"), unit);
    return object;
}

QJsonObject figureToJson(const check::FindingFigure &figure) {
    QJsonObject object = quantityToJson(figure.quantity);
    object.insert(QStringLiteral("metric"), figure.metric);
    object.insert(QStringLiteral("facet"), model::facetId(figure.facet));
    if (!figure.subject.isEmpty())
        object.insert(QStringLiteral("subject"), figure.subject);
    if (const QString direction = model::directionId(figure.direction); !direction.isEmpty())
        object.insert(QStringLiteral("direction"), direction);
    object.insert(QStringLiteral("origin"), model::originId(figure.origin));
    object.insert(QStringLiteral("role"), figure.role);
    object.insert(QStringLiteral("span"), spanToJson(figure.span));
    return object;
}

} // namespace

QJsonObject findingToJson(const check::Finding &finding) {
    QJsonArray figures;
    for (const check::FindingFigure &figure : finding.figures)
        figures.append(figureToJson(figure));
    QJsonObject object{
        {QStringLiteral("relation"), finding.relationId},
        {QStringLiteral("family"), finding.family},
        {QStringLiteral("severity"), check::severityId(finding.severity)},
        {QStringLiteral("outcome"), check::outcomeId(finding.outcome)},
        {QStringLiteral("message"), QJsonObject{{QStringLiteral("zh"), finding.messageZh},
                                                {QStringLiteral("en"), finding.messageEn}}},
        {QStringLiteral("figures"), figures},
    };
    if (finding.stated)
        object.insert(QStringLiteral("stated"), quantityToJson(*finding.stated));
    if (finding.expected)
        object.insert(QStringLiteral("expected"), quantityToJson(*finding.expected));
    if (finding.low && finding.high)
        object.insert(QStringLiteral("interval"),
                      QJsonArray{finding.low->toString(), finding.high->toString()});
    return object;
}

QJsonObject checkResultToJson(const model::Report &report, const check::CheckResult &result) {
    QJsonArray findings;
    for (const check::Finding &finding : result.findings)
        findings.append(findingToJson(finding));
    QJsonObject counts;
    for (check::Severity severity :
         {check::Severity::Error, check::Severity::Warning, check::Severity::Info})
        counts.insert(check::severityId(severity), qint64(result.count(severity)));
    return QJsonObject{
        {QStringLiteral("source"), report.sourcePath},
        {QStringLiteral("unit"), report.unitName},
        {QStringLiteral("year"), report.year},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("findings"), findings},
        // What reading noticed (a damaged page, no unit name …): a batch's
        // consumer learns it here, not only from stderr.
        {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
    };
}

} // namespace juesuan::exporting
