#include "core/analysis/survey.h"

#include <algorithm>

namespace juesuan::analysis {
namespace {

// Everything the survey keeps of a report that was read.
void describe(SurveyRow &row, const model::Report &report, const QList<check::Finding> &findings) {
    row.unit = report.unitName;
    row.year = report.year;
    row.type = report.type;
    row.scope = report.scope;
    row.isTemplate = report.isTemplate;
    for (const model::ReportTable &table : report.tables) {
        if (table.id.isEmpty()) {
            ++row.unknownTables;
            continue;
        }
        ++row.tables;
        if (!row.tableIds.contains(table.id))
            row.tableIds.append(table.id);
    }
    for (const model::Figure &figure : report.figures) {
        switch (figure.origin) {
        case model::Origin::Narrative:
            ++row.narrativeFigures;
            break;
        case model::Origin::Table:
            ++row.tableFigures;
            break;
        case model::Origin::Chart:
            ++row.chartFigures;
            break;
        }
    }
    row.errors = check::countOf(findings, check::Severity::Error);
    row.warnings = check::countOf(findings, check::Severity::Warning);
    row.notes = check::countOf(findings, check::Severity::Info);
    row.notices = report.warnings;
}

} // namespace

SurveyRow surveyRow(const ReportFile &file, const AnalysedReport &analysed) {
    SurveyRow row;
    row.path = file.path;
    row.name = file.name;
    row.seconds = analysed.seconds;
    if (analysed.ok())
        describe(row, analysed.report, analysed.findings);
    else
        row.error = analysed.error;
    return row;
}

SurveyTotals surveyTotals(const QList<SurveyRow> &rows) {
    SurveyTotals totals;
    QList<double> times;
    for (const SurveyRow &row : rows) {
        ++totals.files;
        totals.seconds += row.seconds;
        if (!row.readable()) {
            ++totals.unreadable;
            continue;
        }
        ++totals.reports;
        totals.tables += row.tables;
        totals.unknownTables += row.unknownTables;
        totals.narrativeFigures += row.narrativeFigures;
        totals.tableFigures += row.tableFigures;
        totals.chartFigures += row.chartFigures;
        totals.errors += row.errors;
        totals.warnings += row.warnings;
        totals.notes += row.notes;
        times.append(row.seconds);
        if (totals.slowestName.isEmpty() || row.seconds > totals.slowestSeconds) {
            totals.slowestSeconds = row.seconds;
            totals.slowestName = row.name;
        }
    }
    if (!times.isEmpty()) {
        std::sort(times.begin(), times.end());
        const qsizetype middle = times.size() / 2;
        totals.medianSeconds =
            times.size() % 2 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
    }
    return totals;
}

} // namespace juesuan::analysis
