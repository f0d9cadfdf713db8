#pragma once

#include "core/check/checker.h"
#include "core/ingest/reader.h"
#include "core/ingest/sourcedocument.h"
#include "core/model/report.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace juesuan::analysis {

// The one place that analyses a report: read the source, extract the
// report, check it. The window, the command line, the survey, the
// benchmarks and the tests all come through here, so nothing is read or
// checked twice and every caller gets the same guard against a reader that
// throws (a hostile file, memory running out).

struct AnalysisOptions {
    ingest::ReadOptions read;
    // The checker to use; the built-in catalogue's when null. It must
    // outlive the analysed report (relations point into its catalogue).
    const check::Checker *checker = nullptr;
    bool check = true; // false: read and extract only (no findings)
    // Keep the source's layout (pages, words, table grids, a PDF's bytes)
    // for a page view; dropped otherwise, as the command line needs none.
    bool keepSource = false;
    // Keep every relation instance (holding or not) with its figures.
    bool keepRelations = false;
};

// One instance of a relation over the report's figures, holding or not.
struct RelationUse {
    const check::Relation *relation = nullptr; // in the checker's catalogue
    check::Outcome outcome = check::Outcome::Undetermined;
    std::optional<check::Severity> severity; // set when it produced a finding
    QList<int> figures;                      // indexes into report.figures, the stated one first
    int finding = -1;                        // into findings when it produced one
};

struct AnalysedReport {
    QString path;  // the file (the first part of a report read from several)
    QString error; // why it could not be read or processed; empty when it was
    model::Report report;
    // Findings name the report's figures by index (FindingFigure::index).
    QList<check::Finding> findings;
    QList<RelationUse> relations; // with keepRelations
    // With keepSource; its words sorted by their text position.
    std::shared_ptr<const ingest::SourceDocument> source;
    double seconds = 0; // wall time of the whole analysis

    bool ok() const { return error.isEmpty(); }
};

// Analyses the report in one file. Never throws.
AnalysedReport analyse(const QString &path, const AnalysisOptions &options = {});

// Analyses a report file's content already in memory; `path` names it (see
// ingest::readBytes). Never throws.
AnalysedReport analyseBytes(const QString &path, const QByteArray &bytes,
                            const AnalysisOptions &options = {});

// Analyses several files as the parts of one report (a narrative and its
// tables published apart, or one file per table); a folder among them
// stands for the report files in it. Never throws.
AnalysedReport analyseParts(const QStringList &paths, const AnalysisOptions &options = {});

} // namespace juesuan::analysis
