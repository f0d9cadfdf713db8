#include "survey.h"

#include "extract/extractor.h"
#include "ingest/formatsniffer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <algorithm>
#include <exception>

namespace juesuan::analysis {
namespace {

// The context lupdate gives a free tr() call in this namespace, so that
// the translations it collects are found at run time.
QString tr(const char *text) {
    return QCoreApplication::translate("juesuan::analysis", text);
}

bool isReportFile(const QString &path) {
    return ingest::reportSuffixes().contains(QFileInfo(path).suffix(), Qt::CaseInsensitive);
}

// Everything the survey keeps of a report that was read.
void describe(SurveyRow &row, const model::Report &report, const check::CheckResult &checked) {
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
    row.errors = checked.count(check::Severity::Error);
    row.warnings = checked.count(check::Severity::Warning);
    row.notes = checked.count(check::Severity::Info);
    row.notices = report.warnings;
}

// A row naming `file` and nothing else: what an exception half-way leaves.
SurveyRow restarted(const SurveyFile &file) {
    SurveyRow row;
    row.path = file.path;
    row.name = file.name;
    return row;
}

} // namespace

QList<SurveyFile> surveyFiles(const QStringList &paths) {
    QList<SurveyFile> files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append({path, path});
            continue;
        }
        const QDir folder(QFileInfo(path).absoluteFilePath());
        QStringList found;
        // Symbolic links to folders are not followed: a link loop cannot
        // make the scan endless.
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (isReportFile(file))
                found.append(file);
        }
        found.sort();
        for (const QString &file : std::as_const(found))
            files.append({file, folder.relativeFilePath(QFileInfo(file).absoluteFilePath())});
    }
    return files;
}

SurveyRow surveyReport(const SurveyFile &file, const check::Checker &checker,
                       const ingest::ReadOptions &options) {
    SurveyRow row = restarted(file);
    QElapsedTimer timer;
    timer.start();
    try {
        const ingest::ReadResult read = ingest::readSource(file.path, options);
        if (read.ok()) {
            const model::Report report = extract::extractReport(*read.document);
            describe(row, report, checker.check(report));
        } else {
            row.error = read.error.isEmpty() ? tr("could not be read") : read.error;
        }
    } catch (const std::exception &exception) {
        row = restarted(file);
        row.error = tr("could not be processed: %1").arg(QString::fromLocal8Bit(exception.what()));
    } catch (...) {
        row = restarted(file);
        row.error = tr("could not be processed: unknown exception");
    }
    row.seconds = double(timer.nsecsElapsed()) / 1e9;
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
