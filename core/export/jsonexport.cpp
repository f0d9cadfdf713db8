#include "core/export/jsonexport.h"

#include <QJsonArray>

namespace juesuan::exporting {

QJsonArray spanToJson(const model::Span &span) {
    QJsonArray result{qint64(span.begin), qint64(span.end)};
    if (span.page >= 0)
        result.append(span.page);
    return result;
}

QJsonObject figureToJson(const model::Figure &figure) {
    QJsonObject object{
        {QStringLiteral("metric"), figure.metric},
        {QStringLiteral("facet"), model::facetId(figure.facet)},
        {QStringLiteral("kind"), model::kindId(figure.quantity.kind())},
        {QStringLiteral("value"), figure.quantity.value().toString()},
        {QStringLiteral("span"), spanToJson(figure.span)},
        {QStringLiteral("origin"), model::originId(figure.origin)},
    };
    auto insertIfAny = [&object](const char16_t *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QString::fromUtf16(key), value);
    };
    insertIfAny(u"subject", figure.subject);
    insertIfAny(u"code", figure.code);
    insertIfAny(u"unit", model::unitId(figure.quantity.unit()));
    insertIfAny(u"direction", model::directionId(figure.direction));
    insertIfAny(u"wording", figure.wording);
    insertIfAny(u"reason", figure.reason);
    insertIfAny(u"section", figure.section);
    insertIfAny(u"doubt", figure.doubt);
    return object;
}

QJsonObject reportToJson(const model::Report &report) {
    QJsonArray sections;
    for (const model::Section &section : report.sections)
        sections.append(QJsonObject{{QStringLiteral("id"), section.id},
                                    {QStringLiteral("number"), section.number},
                                    {QStringLiteral("title"), section.title},
                                    {QStringLiteral("level"), section.level},
                                    {QStringLiteral("span"), spanToJson(section.heading)}});
    QJsonArray figures;
    for (const model::Figure &figure : report.figures)
        figures.append(figureToJson(figure));
    QJsonArray tables;
    for (const model::ReportTable &table : report.tables)
        tables.append(QJsonObject{
            {QStringLiteral("id"), table.id},
            {QStringLiteral("title"), table.title},
            {QStringLiteral("page"), table.page >= 0 ? QJsonValue(table.page + 1) : QJsonValue()},
            {QStringLiteral("unit"), model::unitId(table.unit)},
            {QStringLiteral("span"), spanToJson(table.span)}});
    QJsonArray performanceTables;
    for (const model::PerformanceTable &table : report.performanceTables) {
        QJsonArray indicators;
        for (const model::IndicatorRow &row : table.indicators)
            indicators.append(
                QJsonObject{{QStringLiteral("level1"), row.level1},
                            {QStringLiteral("level2"), row.level2},
                            {QStringLiteral("level3"), row.level3},
                            {QStringLiteral("nature"), row.nature},
                            {QStringLiteral("comparator"), row.comparator},
                            {QStringLiteral("target"), row.target},
                            {QStringLiteral("actual"), row.actual},
                            {QStringLiteral("unit"), row.unit},
                            {QStringLiteral("deviationReason"), row.deviationReason}});
        performanceTables.append(QJsonObject{{QStringLiteral("project"), table.project},
                                             {QStringLiteral("span"), spanToJson(table.span)},
                                             {QStringLiteral("indicators"), indicators}});
    }
    return QJsonObject{
        {QStringLiteral("source"), report.sourcePath},
        {QStringLiteral("encoding"), report.encoding},
        {QStringLiteral("unit"), report.unitName},
        {QStringLiteral("year"), report.year},
        {QStringLiteral("type"), model::reportTypeId(report.type)},
        {QStringLiteral("scope"), model::reportScopeId(report.scope)},
        {QStringLiteral("template"), report.isTemplate},
        {QStringLiteral("moneyUnit"), model::unitId(report.moneyUnit)},
        {QStringLiteral("sections"), sections},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("figures"), figures},
        {QStringLiteral("performanceTables"), performanceTables},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)},
    };
}

} // namespace juesuan::exporting
