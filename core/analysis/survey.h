#pragma once

#include "core/analysis/analysis.h"
#include "core/analysis/reportfiles.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace juesuan::analysis {

// A survey reads every report of a folder the way the application does
// (read, extract, check) and keeps, per file, what a developer or a user
// needs to see where reading stands: identity, tables recognised, figures
// by origin, findings by severity and the time it took (`juesuan survey`).

// What surveying one file found.
struct SurveyRow {
    QString path;
    QString name;
    QString error; // why the file could not be read or processed; empty when it was

    QString unit;
    int year = 0;
    model::ReportType type = model::ReportType::Unknown;
    model::ReportScope scope = model::ReportScope::Unknown;
    bool isTemplate = false;

    qsizetype tables = 0;        // tables the catalogue knows (with an id)
    QStringList tableIds;        // their catalogue ids in the order met, each once
    qsizetype unknownTables = 0; // tables met that the catalogue does not know
    qsizetype narrativeFigures = 0, tableFigures = 0, chartFigures = 0;
    qsizetype errors = 0, warnings = 0, notes = 0; // findings by severity
    QStringList notices;                           // what the extractor wants a reader to know
    double seconds = 0;                            // wall time to read, extract and check the file

    bool readable() const { return error.isEmpty(); }
    qsizetype figures() const { return narrativeFigures + tableFigures + chartFigures; }
};

// What the survey keeps of one analysed file (a row with the reason when
// it could not be read or processed).
SurveyRow surveyRow(const ReportFile &file, const AnalysedReport &analysed);

// The sums over a survey. Times (median, slowest) are over the reports read.
struct SurveyTotals {
    qsizetype files = 0;      // every row
    qsizetype reports = 0;    // rows read
    qsizetype unreadable = 0; // rows not read
    qsizetype tables = 0, unknownTables = 0;
    qsizetype narrativeFigures = 0, tableFigures = 0, chartFigures = 0;
    qsizetype errors = 0, warnings = 0, notes = 0;
    double medianSeconds = 0;
    double slowestSeconds = 0;
    QString slowestName; // the report that took slowestSeconds
    double seconds = 0;  // the sum over every row

    qsizetype figures() const { return narrativeFigures + tableFigures + chartFigures; }
};

SurveyTotals surveyTotals(const QList<SurveyRow> &rows);

} // namespace juesuan::analysis
