#include "surveycommand.h"

#include "analysis/survey.h"
#include "export/surveyjson.h"
#include "language.h"
#include "surveytable.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace juesuan::app {
namespace {

struct SurveyText {
    Q_DECLARE_TR_FUNCTIONS(Survey)
};

// On a terminal, stderr shows which file is being read, on one line that
// each file overwrites and that is wiped at the end.
class Progress {
public:
    explicit Progress(qsizetype total)
        : m_total(total)
        , m_shown(isatty(STDERR_FILENO) == 1)
        , m_err(stderr) {}
    ~Progress() {
        if (m_shown)
            m_err << "\r\x1b[K" << Qt::flush;
    }
    Progress(const Progress &) = delete;
    Progress &operator=(const Progress &) = delete;

    void show(qsizetype index, const QString &name) {
        if (m_shown)
            m_err << "\r\x1b[K[" << index + 1 << '/' << m_total << "] "
                  << elideToWidth(name, surveyLineWidth / 2, true) << Qt::flush;
    }

private:
    qsizetype m_total;
    bool m_shown;
    QTextStream m_err;
};

} // namespace

int runSurvey(const CommandLine &commandLine) {
    ui::applyLanguage(ui::languageFromCode(commandLine.language, ui::systemLanguage()));
    QTextStream out(stdout);
    const QList<analysis::SurveyFile> files = analysis::surveyFiles(commandLine.files);
    if (files.isEmpty()) {
        QTextStream(stderr) << "juesuan: "
                            << SurveyText::tr("no report file found in %1")
                                   .arg(commandLine.files.join(QStringLiteral(", ")))
                            << Qt::endl;
        return 2;
    }

    ingest::ReadOptions options;
    options.encoding = commandLine.encoding;
    const check::Checker checker;
    QList<analysis::SurveyRow> rows;
    {
        Progress progress(files.size());
        for (qsizetype i = 0; i < files.size(); ++i) {
            progress.show(i, files[i].name);
            rows.append(analysis::surveyReport(files[i], checker, options));
        }
    }
    const analysis::SurveyTotals totals = analysis::surveyTotals(rows);
    if (commandLine.json)
        out << QJsonDocument(exporting::surveyToJson(rows, totals)).toJson(QJsonDocument::Indented);
    else
        out << surveyToText(rows, totals);
    out.flush();
    return totals.unreadable > 0 ? 2 : 0;
}

} // namespace juesuan::app
