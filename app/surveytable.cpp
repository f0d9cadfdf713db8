#include "app/surveytable.h"

#include "core/wording/comparisontable.h"

#include <QCoreApplication>

namespace juesuan::app {
namespace {

struct SurveyText {
    Q_DECLARE_TR_FUNCTIONS(Survey)
};

// Beyond this a unit name is shortened: one long name must not push every
// number of the table to the right. File names take what the line leaves,
// but never less than minFileWidth.
constexpr int maxUnitWidth = 30;
constexpr int minFileWidth = 24;
constexpr char16_t ellipsis = u'…';

QString padRight(const QString &text, int width) {
    return text + QString(qMax(0, width - wording::displayWidth(text)), u' ');
}

QString padLeft(const QString &text, int width) {
    return QString(qMax(0, width - wording::displayWidth(text)), u' ') + text;
}

QString typeLabel(const analysis::SurveyRow &row) {
    QString label;
    switch (row.type) {
    case model::ReportType::FinalAccount:
        label = SurveyText::tr("final");
        break;
    case model::ReportType::Budget:
        label = SurveyText::tr("budget");
        break;
    case model::ReportType::Unknown:
        break;
    }
    if (!row.isTemplate)
        return label;
    return label.isEmpty() ? SurveyText::tr("template")
                           : SurveyText::tr("%1 template", "a blank template of a final account "
                                                           "or a budget")
                                 .arg(label);
}

QString scopeLabel(model::ReportScope scope) {
    switch (scope) {
    case model::ReportScope::Department:
        return SurveyText::tr("department");
    case model::ReportScope::Unit:
        return SurveyText::tr("unit", "a report's scope: one unit, not a department");
    case model::ReportScope::Unknown:
        break;
    }
    return {};
}

// The columns of the table, left to right.
enum Column {
    File,
    Unit,
    Year,
    Type,
    Scope,
    Tables,
    NarrativeFigures,
    TableFigures,
    ChartFigures,
    Errors,
    Warnings,
    Seconds,
    ColumnCount
};

bool rightAligned(int column) {
    return column >= Year && column != Type && column != Scope;
}

QStringList headers() {
    return {SurveyText::tr("File"),
            SurveyText::tr("Unit"),
            SurveyText::tr("Year"),
            SurveyText::tr("Type"),
            SurveyText::tr("Scope"),
            SurveyText::tr("Tables"),
            SurveyText::tr("text", "figures read in the narrative"),
            SurveyText::tr("table", "figures read in tables"),
            SurveyText::tr("chart", "figures read in charts"),
            SurveyText::tr("Errors"),
            SurveyText::tr("Warnings"),
            SurveyText::tr("Seconds")};
}

QStringList cells(const analysis::SurveyRow &row) {
    return {row.name,
            row.unit.isEmpty() ? QStringLiteral("-") : row.unit,
            row.year > 0 ? QString::number(row.year) : QStringLiteral("-"),
            typeLabel(row),
            scopeLabel(row.scope),
            QString::number(row.tables),
            QString::number(row.narrativeFigures),
            QString::number(row.tableFigures),
            QString::number(row.chartFigures),
            QString::number(row.errors),
            QString::number(row.warnings),
            QString::number(row.seconds, 'f', 3)};
}

// The lines below a row naming the catalogue tables it recognised, wrapped
// at the line width with every line starting at `indent`.
QString tableIdLines(const analysis::SurveyRow &row, int indent) {
    if (row.tableIds.isEmpty() && row.unknownTables == 0)
        return {};
    QStringList items = row.tableIds;
    if (items.isEmpty())
        items.append(SurveyText::tr("no catalogue table"));
    if (row.unknownTables > 0)
        items.append(SurveyText::tr("(and %n table(s) not in the catalogue)", nullptr,
                                    int(row.unknownTables)));
    const QString margin(indent, u' ');
    QString lines, line;
    for (const QString &item : std::as_const(items)) {
        if (!line.isEmpty() &&
            indent + wording::displayWidth(line) + 1 + wording::displayWidth(item) >
                surveyLineWidth) {
            lines += margin + line + u'\n';
            line.clear();
        }
        if (!line.isEmpty())
            line += u' ';
        line += item;
    }
    return lines + margin + line + u'\n';
}

QString formatSeconds(double seconds) {
    return QString::number(seconds, 'f', 3);
}

QString totalsText(const analysis::SurveyTotals &totals) {
    QString out;
    out += SurveyText::tr("Files: %1; reports read: %2; unreadable: %3")
               .arg(totals.files)
               .arg(totals.reports)
               .arg(totals.unreadable) +
           u'\n';
    out += SurveyText::tr("Figures: %1 (in the text %2, in tables %3, in charts %4)")
               .arg(totals.figures())
               .arg(totals.narrativeFigures)
               .arg(totals.tableFigures)
               .arg(totals.chartFigures) +
           u'\n';
    out += SurveyText::tr("Tables recognised: %1; not in the catalogue: %2")
               .arg(totals.tables)
               .arg(totals.unknownTables) +
           u'\n';
    out += SurveyText::tr("Findings: %1 errors, %2 warnings, %3 notes")
               .arg(totals.errors)
               .arg(totals.warnings)
               .arg(totals.notes) +
           u'\n';
    if (totals.reports > 0)
        out += SurveyText::tr("Seconds per report: median %1, slowest %2 (%3); %4 in all")
                   .arg(formatSeconds(totals.medianSeconds), formatSeconds(totals.slowestSeconds),
                        totals.slowestName, formatSeconds(totals.seconds)) +
               u'\n';
    return out;
}

} // namespace

QString elideToWidth(const QString &text, int width, bool keepEnd) {
    if (wording::displayWidth(text) <= width)
        return text;
    const QList<uint> codePoints = text.toUcs4();
    QString kept;
    int used = 1; // the ellipsis
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints[keepEnd ? codePoints.size() - 1 - i : i];
        const QString character = QString::fromUcs4(&c, 1);
        const int w = wording::displayWidth(character);
        if (used + w > width)
            break;
        used += w;
        if (keepEnd)
            kept.prepend(character);
        else
            kept.append(character);
    }
    if (keepEnd)
        return ellipsis + kept;
    return kept + ellipsis;
}

QString surveyToText(const QList<analysis::SurveyRow> &rows, const analysis::SurveyTotals &totals) {
    const QStringList header = headers();
    QList<QStringList> table;
    for (const analysis::SurveyRow &row : rows) {
        QStringList line = cells(row);
        line[Unit] = elideToWidth(line[Unit], maxUnitWidth);
        table.append(line);
    }
    QList<int> widths;
    int others = 0; // every column but the file's, with the gaps between them
    for (int column = 0; column < ColumnCount; ++column) {
        int width = wording::displayWidth(header[column]);
        for (qsizetype r = 0; r < rows.size(); ++r)
            if (rows[r].readable() || column == File)
                width = qMax(width, wording::displayWidth(table[r][column]));
        widths.append(width);
        if (column != File)
            others += width + 2;
    }
    widths[File] = qMin(widths[File], qMax(minFileWidth, surveyLineWidth - others));
    for (QStringList &line : table)
        line[File] = elideToWidth(line[File], widths[File], true);
    auto lineOf = [&widths](const QStringList &line) -> QString {
        QString text;
        for (int column = 0; column < ColumnCount; ++column) {
            if (column > 0)
                text += QStringLiteral("  ");
            text += rightAligned(column) ? padLeft(line[column], widths[column])
                                         : padRight(line[column], widths[column]);
        }
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };

    // The figure columns share a heading above their own.
    int figuresAt = 0;
    for (int column = 0; column < NarrativeFigures; ++column)
        figuresAt += widths[column] + 2;
    QString out = QString(figuresAt, u' ') + SurveyText::tr("Figures") + u'\n';
    out += lineOf(header);
    const int indent = widths[File] + 2;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const analysis::SurveyRow &row = rows[r];
        if (!row.readable()) {
            out += padRight(table[r][File], widths[File]) + QStringLiteral("  ") +
                   SurveyText::tr("unreadable: %1").arg(row.error) + u'\n';
            continue;
        }
        out += lineOf(table[r]);
        out += tableIdLines(row, indent);
    }
    out += u'\n' + totalsText(totals);
    return out;
}

} // namespace juesuan::app
