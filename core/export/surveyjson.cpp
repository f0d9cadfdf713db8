#include "core/export/surveyjson.h"

#include <QJsonArray>
#include <cmath>

namespace juesuan::exporting {
namespace {

// Seconds to the millisecond: finer digits are noise between two runs.
double roundedSeconds(double seconds) {
    return std::round(seconds * 1000) / 1000;
}

// A count as JSON (QJsonValue has no constructor for qsizetype).
QJsonValue count(qsizetype n) {
    return qint64(n);
}

QJsonObject figureCounts(qsizetype narrative, qsizetype table, qsizetype chart) {
    return {{QStringLiteral("narrative"), count(narrative)},
            {QStringLiteral("table"), count(table)},
            {QStringLiteral("chart"), count(chart)},
            {QStringLiteral("total"), count(narrative + table + chart)}};
}

} // namespace

QJsonObject surveyRowToJson(const analysis::SurveyRow &row) {
    QJsonObject object{{QStringLiteral("file"), row.path},
                       {QStringLiteral("name"), row.name},
                       {QStringLiteral("seconds"), roundedSeconds(row.seconds)}};
    if (!row.readable()) {
        object.insert(QStringLiteral("error"), row.error);
        return object;
    }
    object.insert(QStringLiteral("unit"), row.unit);
    object.insert(QStringLiteral("year"), row.year);
    object.insert(QStringLiteral("type"), model::reportTypeId(row.type));
    object.insert(QStringLiteral("scope"), model::reportScopeId(row.scope));
    object.insert(QStringLiteral("template"), row.isTemplate);
    object.insert(QStringLiteral("tables"), count(row.tables));
    object.insert(QStringLiteral("tableIds"), QJsonArray::fromStringList(row.tableIds));
    object.insert(QStringLiteral("unknownTables"), count(row.unknownTables));
    object.insert(QStringLiteral("figures"),
                  figureCounts(row.narrativeFigures, row.tableFigures, row.chartFigures));
    object.insert(QStringLiteral("errors"), count(row.errors));
    object.insert(QStringLiteral("warnings"), count(row.warnings));
    object.insert(QStringLiteral("notes"), count(row.notes));
    object.insert(QStringLiteral("notices"), QJsonArray::fromStringList(row.notices));
    return object;
}

QJsonObject surveyTotalsToJson(const analysis::SurveyTotals &totals) {
    return {{QStringLiteral("files"), count(totals.files)},
            {QStringLiteral("reports"), count(totals.reports)},
            {QStringLiteral("unreadable"), count(totals.unreadable)},
            {QStringLiteral("tables"), count(totals.tables)},
            {QStringLiteral("unknownTables"), count(totals.unknownTables)},
            {QStringLiteral("figures"),
             figureCounts(totals.narrativeFigures, totals.tableFigures, totals.chartFigures)},
            {QStringLiteral("errors"), count(totals.errors)},
            {QStringLiteral("warnings"), count(totals.warnings)},
            {QStringLiteral("notes"), count(totals.notes)},
            {QStringLiteral("medianSeconds"), roundedSeconds(totals.medianSeconds)},
            {QStringLiteral("slowestSeconds"), roundedSeconds(totals.slowestSeconds)},
            {QStringLiteral("slowest"), totals.slowestName},
            {QStringLiteral("seconds"), roundedSeconds(totals.seconds)}};
}

QJsonObject surveyToJson(const QList<analysis::SurveyRow> &rows,
                         const analysis::SurveyTotals &totals) {
    QJsonArray reports;
    for (const analysis::SurveyRow &row : rows)
        reports.append(surveyRowToJson(row));
    return {{QStringLiteral("reports"), reports},
            {QStringLiteral("totals"), surveyTotalsToJson(totals)}};
}

} // namespace juesuan::exporting
