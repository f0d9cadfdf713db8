#pragma once

#include "core/check/severity.h"
#include "core/i18n/language.h"
#include "core/model/figure.h"

#include <QList>
#include <QString>
#include <optional>

namespace juesuan::check {

// A figure named by a finding, copied so the finding outlives the report.
struct FindingFigure {
    QString metric;
    model::Facet facet = model::Facet::Value;
    QString subject;
    model::Quantity quantity;
    model::Direction direction = model::Direction::None;
    model::Span span;
    model::Origin origin = model::Origin::Narrative;
    QString role; // "stated" for the checked number, "input" for the others
    // Where the figure stands in the checked report's figures; -1 for a
    // figure of another report (a cross-report relation's previous year).
    int index = -1;
};

// Something a relation found: which tie, how serious, every figure involved
// with its place in the text, the stated and expected numbers and the
// interval the inputs allow, and the message in both languages.
struct Finding {
    QString relationId;
    QString family;
    Severity severity = Severity::Error;
    Outcome outcome = Outcome::Mismatch;
    QString messageZh;
    QString messageEn;
    QList<FindingFigure> figures; // the stated figure first

    std::optional<model::Quantity> stated;   // as printed, with its worded sign
    std::optional<model::Quantity> expected; // recomputed, in the stated figure's unit
    std::optional<model::Decimal> low, high; // the inputs' interval, same unit

    // The message in `language`.
    const QString &message(i18n::Language language) const {
        return language == i18n::Language::English ? messageEn : messageZh;
    }
    // The span of the first figure that has one (where to highlight).
    model::Span primarySpan() const;
    // Whether the finding names a figure stated at `span` (begin offsets equal).
    bool names(const model::Span &span) const;
};

// How many of `findings` have `severity`.
qsizetype countOf(const QList<Finding> &findings, Severity severity);

} // namespace juesuan::check
