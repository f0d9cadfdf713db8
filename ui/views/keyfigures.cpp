#include "ui/views/keyfigures.h"

#include "core/model/metriccatalogue.h"
#include "core/wording/figuretext.h"
#include "ui/charts/chartdata.h"

#include <QCoreApplication>
#include <optional>

namespace juesuan::ui {

using model::Facet;
using model::Figure;
using model::Report;

namespace {

// Gives lupdate and the run time the same context for these free functions.
struct KeyFiguresText {
    Q_DECLARE_TR_FUNCTIONS(KeyFigures)
};

QString comparison(const Report &report, const QString &metric, Facet deltaFacet,
                   Facet percentFacet, std::optional<Facet> completionFacet) {
    QStringList parts;
    if (const Figure *delta = preferredFigure(report, metric, deltaFacet))
        parts.append(wording::signedText(*delta, displayUnit(report)));
    if (const Figure *percent = preferredFigure(report, metric, percentFacet))
        parts.append(wording::signedText(*percent, displayUnit(report)));
    if (completionFacet)
        if (const Figure *completion = preferredFigure(report, metric, *completionFacet))
            parts.append(
                KeyFiguresText::tr("%1 of budget")
                    .arg(wording::quantityText(completion->quantity, displayUnit(report))));
    return parts.join(KeyFiguresText::tr(", "));
}

// Whether two statements of one figure can be the same amount: they differ by
// no more than their printed precisions allow (2,961.68 and 2,961.7 can).
bool agree(const Figure &a, const Figure &b, model::MoneyUnit unit) {
    const model::Decimal x = a.quantity.valueIn(unit);
    const model::Decimal y = b.quantity.valueIn(unit);
    const model::Decimal difference = x < y ? y - x : x - y;
    return difference <= x.halfUnit() + y.halfUnit();
}

// The statement a card shows, and the one that contradicts it if any.
std::pair<const Figure *, const Figure *> shownAndConflicting(const Report &report,
                                                              const QString &metric) {
    const Figure *preferred = preferredFigure(report, metric, Facet::Value);
    if (!preferred)
        return {nullptr, nullptr};
    const model::MoneyUnit unit = displayUnit(report);
    const Figure *table = nullptr;
    const Figure *disagreeing = nullptr;
    for (const Figure &figure : report.figures) {
        if (figure.metric != metric || figure.facet != Facet::Value || !figure.subject.isEmpty())
            continue;
        if (!table && figure.origin == model::Origin::Table)
            table = &figure;
        if (!disagreeing && !agree(figure, *preferred, unit))
            disagreeing = &figure;
    }
    if (!disagreeing)
        return {preferred, nullptr};
    const Figure *shown = table ? table : preferred;
    // The other side of the conflict: a statement that disagrees with the shown one.
    for (const Figure &figure : report.figures)
        if (figure.metric == metric && figure.facet == Facet::Value && figure.subject.isEmpty() &&
            !agree(figure, *shown, unit))
            return {shown, &figure};
    return {shown, nullptr};
}

} // namespace

const QStringList &keyMetrics() {
    static const QStringList metrics{
        QStringLiteral("income.total"),        QStringLiteral("expenditure.total"),
        QStringLiteral("income.current_year"), QStringLiteral("expenditure.current_year"),
        QStringLiteral("expenditure.basic"),   QStringLiteral("expenditure.project"),
        QStringLiteral("fiscal.total"),        QStringLiteral("gp.expenditure"),
        QStringLiteral("basic.personnel"),     QStringLiteral("basic.public"),
        QStringLiteral("threepublic.total"),   QStringLiteral("operation.total"),
        QStringLiteral("procurement.total"),   QStringLiteral("perf.funds"),
    };
    return metrics;
}

QList<KeyFigure> keyFigures(const Report &report) {
    QList<KeyFigure> result;
    for (const QString &metric : keyMetrics()) {
        const auto [value, conflicting] = shownAndConflicting(report, metric);
        if (!value)
            continue;
        KeyFigure key;
        key.metric = metric;
        key.label = model::metricLabel(metric);
        key.value = wording::quantityText(value->quantity, displayUnit(report));
        key.figureIndex = static_cast<int>(value - report.figures.constData());
        if (conflicting) {
            key.conflict =
                KeyFiguresText::tr("the %1 states %2")
                    .arg(model::originLabel(conflicting->origin),
                         wording::quantityText(conflicting->quantity, displayUnit(report)));
            key.conflictFigureIndex = static_cast<int>(conflicting - report.figures.constData());
        }
        if (const Figure *share = preferredFigure(report, metric, Facet::Share))
            key.share = wording::quantityText(share->quantity, displayUnit(report));
        key.versusBudget =
            comparison(report, metric, Facet::BudgetDelta, Facet::BudgetPercent, Facet::Completion);
        key.versusPrevious =
            comparison(report, metric, Facet::PreviousDelta, Facet::PreviousPercent, std::nullopt);
        result.append(key);
    }
    return result;
}

} // namespace juesuan::ui
