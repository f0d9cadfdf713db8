#pragma once

#include "core/check/severity.h"
#include "core/model/decimal.h"
#include "core/model/figure.h"
#include "core/model/report.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace juesuan::check {

// Which report of a pair a term reads. Cross-report relations read the
// other report of a comparison: the previous year's report of the same unit,
// or the budget of the final being checked.
enum class ReportRole {
    Current,
    Previous, // the previous year's report of the same unit
    Budget,   // the same unit's budget of the same year
};

// Which figures a reference selects. A single figure, or a collection of
// figures of a collection metric (functional items, indicator rows …).
enum class Scope {
    Single,      // the figure with that metric, facet and subject
    Depth,       // every subject at path depth N ("一般公共服务" is depth 1)
    Under,       // direct children of the subject: "<subject>/<x>" one level down
    Children,    // nearest stated descendants of the subject (skips unstated levels)
    Leaves,      // stated subjects without stated descendants
    LeavesUnder, // leaves below the subject
    All,         // every subject
    Constant,    // not a figure: a number written in the catalogue (Σ 分值 = 100)
};

// One term of a relation, as written in the catalogue. "$m" and "$s" in
// metric and subject are replaced by the values a `foreach` binds.
struct FigureRef {
    QString metric;
    model::Facet facet = model::Facet::Value;
    QString subject;
    Scope scope = Scope::Single;
    int depth = 0;
    int sign = 1;
    // An optional part that the report does not state turns a sum into a
    // partial one (Σ stated parts ≤ total) rather than skipping it.
    bool optional = false;
    ReportRole report = ReportRole::Current;
    std::optional<model::Origin> origin; // only figures of that origin
    model::Decimal constant;             // Scope::Constant
};

// Instantiates a relation once per matching (metric, subject) of the report.
struct Binding {
    QStringList metrics; // ids, or "*" for every metric
    model::Facet facet = model::Facet::Value;
    std::optional<int> depth;  // subject path depth
    bool withChildren = false; // only subjects that have stated descendants
    std::optional<model::Origin> origin;
};

enum class Form {
    Sum,       // stated = Σ sign·parts (partial: Σ parts ≤ stated)
    Ratio,     // stated = factor · Σ numerator / Σ denominator (shares, rates, growth)
    Product,   // stated = min(factor · Π factors / Π divisors, cap)
    Equal,     // stated and other are two statements of one value
    Twice,     // every figure stated more than once agrees with its first statement
    Count,     // stated count = number of subjects of a collection
    Direction, // the worded direction agrees with the sign of the computed change
    Phrase,    // a figure introduced by a phrase that contradicts its facet
    Reason,    // a reason that claims no change while the numbers differ
};

QString formId(Form form);
std::optional<Form> formFromId(QStringView id);

// One relation of the catalogue: a stable id, how serious a failure is,
// zh/en message templates and the form with its terms.
struct Relation {
    QString id;
    QString family; // grouping for display: sum, share, growth, budget, …
    Severity severity = Severity::Error;
    // What a rate stated against a base of zero is worth; nullopt: not judged.
    std::optional<Severity> zeroBaseSeverity;
    Form form = Form::Sum;
    QString zh, en;
    std::optional<Binding> foreach;
    // Only reports of this type are checked by it (a budget's ties between
    // its planned amounts); any report when unset.
    std::optional<model::ReportType> reportType;

    FigureRef stated;
    QList<FigureRef> parts;         // Sum; Direction and Reason: the computed change
    QList<FigureRef> numerator;     // Ratio
    QList<FigureRef> denominator;   // Ratio
    QList<FigureRef> factors;       // Product
    QList<FigureRef> divisors;      // Product
    std::optional<FigureRef> cap;   // Product
    std::optional<FigureRef> other; // Equal
    FigureRef collection;           // Count
    model::Decimal factor = model::Decimal(1, 0);
    bool partial = false;
    QStringList metrics;  // Twice: which metrics ("*" for all)
    QStringList contains; // Phrase: wording; Reason: reason text
    QStringList excludes;

    QString sourceFile; // where it was defined, for messages about the catalogue
    int sourceLine = 0;
};

// The relation as it reads figures of another facet: every term and binding
// of the default facet (Value) reads `facet` instead, the id becomes
// "<id>@<facet>", and only reports of `type` are checked by it. A budget's
// tables tie their planned amounts the way a final account's tables tie
// what was spent: one catalogue entry serves both.
Relation inFacet(const Relation &relation, model::Facet facet, model::ReportType type);

// A bilingual text of the catalogue (labels and outcome notes).
struct Text {
    QString zh, en;
};

} // namespace juesuan::check
