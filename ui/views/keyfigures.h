#pragma once

#include "core/model/report.h"

#include <QList>
#include <QString>

namespace juesuan::ui {

// One headline number of a report, ready to show: value and its changes as
// the report states them (nothing is computed that the report does not say).
struct KeyFigure {
    QString metric;
    QString label;
    QString value;          // "199.32 万元"
    QString share;          // "51.30%" when the report states the share
    QString versusBudget;   // "+11.31 万元, +6.01%, 106.01% of budget"
    QString versusPrevious; // "+8.20 万元, +4.29%"
    int figureIndex = -1;   // into Report::figures, to show it in the source
    // Where the report states the figure again with another value: the
    // value shown is then a table's (the tables are what the numbers of a
    // report are made from), and this names the other statement:
    // "the narrative states 0.3 万元".
    QString conflict;
    int conflictFigureIndex = -1; // the other statement, into Report::figures
};

// The metrics shown at a glance, in reading order: totals first, then the
// structure of the year's spending, then fiscal appropriations and controls.
const QStringList &keyMetrics();

// The key figures the report states, in keyMetrics() order. A figure stated
// several times shows the narrative's statement while all agree within their
// printed precision, else a table's, with the conflict named.
QList<KeyFigure> keyFigures(const model::Report &report);

} // namespace juesuan::ui
