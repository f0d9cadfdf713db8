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
};

// The metrics shown at a glance, in reading order: totals first, then the
// structure of the year's spending, then fiscal appropriations and controls.
const QStringList &keyMetrics();

// The key figures the report states, in keyMetrics() order.
QList<KeyFigure> keyFigures(const model::Report &report);

} // namespace juesuan::ui
