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
};
QString modeId(Mode mode); // "year_over_year", "unit_vs_unit"

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
    model::MoneyUnit unit = model::MoneyUnit::None; // unit of delta for money

    QString subject() const { return subjectB.isEmpty() ? subjectA : subjectB; }
};

struct Comparison {
    Mode mode = Mode::UnitVsUnit;
    const model::Report *a = nullptr; // earlier report in year-over-year mode
    const model::Report *b = nullptr;
    QList<ComparisonRow> rows;           // catalogue order, collections as trees
    QList<check::Finding> crossFindings; // year over year: B's claims about A checked
};

// Tells the mode from the unit names and years.
Mode detectMode(const model::Report &first, const model::Report &second);

// Aligns two reports: every catalogue metric either side states (value,
// budget, completion and share facets), the functional classification by
// code or by name path as a tree, named collections (economic classes and
// items, 三公 items, vehicles, performance projects) by name tolerant to
// small wording differences. In year-over-year mode the earlier report becomes
// A whatever the argument order, and B's "与上年相比" claims are checked
// against A (cross-report relations of the catalogue). The reports must
// outlive the result.
Comparison compareReports(const model::Report &first, const model::Report &second);

} // namespace juesuan::compare
