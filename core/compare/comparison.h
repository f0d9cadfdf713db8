#pragma once

#include "core/check/finding.h"
#include "core/model/report.h"

#include <QList>
#include <QString>
#include <optional>

namespace juesuan::compare {

// Which report of a comparison something belongs to.
enum class Side { A, B };

enum class Mode {
    YearOverYear, // one unit, two years: A is the earlier report, B the later
    UnitVsUnit,   // two units (or one unit's two scopes), A and B as given
    // One unit's budget (预算) and final accounts (决算) of one year, 预算执行:
    // A is the budget and states what was planned, B the final and states
    // what was spent.
    PlanVsActual,
};
QString modeId(Mode mode); // "year_over_year", "unit_vs_unit", "plan_vs_actual"

// One aligned line: a metric (and facet and subject) with what each side
// states. A side that does not state it has no value: missing, never 0.
struct ComparisonRow {
    QString metric;
    model::Facet facet = model::Facet::Value;
    QString subjectA; // as each side names it (aligned names may differ slightly)
    QString subjectB;
    int depth = 0; // tree level of hierarchical subjects (functional classification)
    std::optional<model::Quantity> a;
    std::optional<model::Quantity> b;
    model::Span spanA, spanB;
    // B − A in A's unit (money converted exactly), and Δ as a percentage of A
    // rounded to two places; absent when a side is missing (or A is 0 for %).
    std::optional<model::Decimal> delta;
    std::optional<model::Decimal> deltaPercent;
    // Plan against actual: B as a percentage of A (决算 ÷ 预算, the execution
    // rate) rounded to two places; absent when a side is missing or A is 0.
    std::optional<model::Decimal> execution;
    model::MoneyUnit unit = model::MoneyUnit::None; // unit of delta for money

    QString subject() const { return subjectB.isEmpty() ? subjectA : subjectB; }
};

struct Comparison {
    Mode mode = Mode::UnitVsUnit;
    const model::Report *a =
        nullptr; // earlier report in year over year; the budget in plan vs actual
    const model::Report *b = nullptr;
    QList<ComparisonRow> rows; // catalogue order, collections as trees
    // Ties across the two reports: year over year, B's claims about A;
    // plan vs actual, the final's own 年初预算 figures against the budget.
    QList<check::Finding> crossFindings;
};

// The facet in which a side states the figure of a row: in plan against
// actual the budget's planned amount (facet budget) beside the final's
// actual one; else the row's own facet on both sides.
model::Facet sideFacet(const Comparison &comparison, const ComparisonRow &row, Side side);

// Tells the mode from the unit names, years and report types: one unit's
// budget and final of one year are plan vs actual; one unit's two reports of
// one type and two years are year over year; anything else is unit vs unit.
Mode detectMode(const model::Report &first, const model::Report &second);

// Aligns two reports: every catalogue metric either side states (value,
// budget, completion and share facets), the functional classification by
// code or by name path as a tree, named collections (economic classes and
// items, 三公 items, vehicles, performance projects) by name tolerant to
// small wording differences. In year-over-year mode the earlier report becomes
// A whatever the argument order, and B's "与上年相比" claims are checked
// against A (cross-report relations of the catalogue). In plan-vs-actual mode
// the budget becomes A: each row pairs A's planned amount with B's actual
// one, and the final's 年初预算 figures are checked against the budget. The
// reports must outlive the result.
Comparison compareReports(const model::Report &first, const model::Report &second);

} // namespace juesuan::compare
