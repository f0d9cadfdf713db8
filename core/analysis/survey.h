#pragma once

#include "check/checker.h"
#include "ingest/reader.h"
#include "model/report.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace juesuan::analysis {

// A survey reads every report of a folder the way the application does
// (read, extract, check) and keeps, per file, what a developer or a user
// needs to see where reading stands: identity, tables recognised, figures
// by origin, findings by severity and the time it took (`juesuan survey`).

// One file to survey: where it is, and its name relative to the folder it
// was found in (the path as given for a file named on its own).
struct SurveyFile {
    QString path;
    QString name;
};

// The report files `paths` stand for, in the order given: a file stands for
// itself, a folder for every file beneath it, at any depth, whose suffix is
// one of ingest::reportSuffixes(), sorted by path.
QList<SurveyFile> surveyFiles(const QStringList &paths);

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

// Reads, extracts and checks one file, timing the whole. Never throws: a
// file that cannot be read, or whose processing throws, gives a row with
// its reason.
SurveyRow surveyReport(const SurveyFile &file, const check::Checker &checker,
                       const ingest::ReadOptions &options = {});

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
