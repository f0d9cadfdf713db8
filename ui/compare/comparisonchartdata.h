#pragma once

#include "compare/comparison.h"
#include "comparisonpalette.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace juesuan::ui {

enum class ComparisonChartKind {
    IncomeSources,     // grouped bars A vs B
    ExpenditureKinds,  // grouped bars A vs B
    FunctionalClasses, // grouped bars A vs B per 类
    BudgetVsActual,    // budget and actual of both reports
    Structure,         // shares of income and expenditure, A and B as 100% bars
};

const QList<ComparisonChartKind> &comparisonChartKinds();
// Stable ids, used by `juesuan compare --chart`: "income", "expenditure",
// "functional", "budget", "structure".
QString comparisonChartId(ComparisonChartKind kind);
std::optional<ComparisonChartKind> comparisonChartFromId(QStringView id);
QString comparisonChartTitle(ComparisonChartKind kind); // translated

// What a comparison chart shows, taken from a comparison: exact values in
// one money unit (A's), and for each series the side and facet it stands
// for, so that A and B keep their colours. Kept apart from drawing so the
// selection can be tested without a QChart.
struct ComparisonChartData {
    enum class Shape { Bars, HorizontalBars, PercentBars };

    struct Series {
        QString name; // legend text: "A · 2023年", "B · 预算" …
        Side side = Side::A;
        model::Facet facet = model::Facet::Value;
        QString metric; // percent bars: the part, which picks its colour
        QList<std::optional<model::Decimal>> values; // per category; nullopt = not stated
    };

    ComparisonChartKind kind = ComparisonChartKind::IncomeSources;
    Shape shape = Shape::Bars;
    QString title;
    QString subtitle;       // which reports A and B are
    QString unit;           // "万元" or "%": on the axis and every label
    QStringList categories; // groups of bars
    QList<Series> series;
    QStringList notes; // e.g. budgets derived from a stated change

    bool isEmpty() const;
};

ComparisonChartData comparisonChartData(ComparisonChartKind kind,
                                        const compare::Comparison &comparison);

} // namespace juesuan::ui
