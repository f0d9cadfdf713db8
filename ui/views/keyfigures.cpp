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
    if (const Figure *delta = model::statementOf(report, metric, deltaFacet).shown)
        parts.append(wording::signedText(*delta, displayUnit(report)));
    if (const Figure *percent = model::statementOf(report, metric, percentFacet).shown)
        parts.append(wording::signedText(*percent, displayUnit(report)));
    if (completionFacet)
        if (const Figure *completion = model::statementOf(report, metric, *completionFacet).shown)
            parts.append(
                KeyFiguresText::tr("%1 of budget")
                    .arg(wording::quantityText(completion->quantity, displayUnit(report))));
    return parts.join(KeyFiguresText::tr(", "));
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
        const auto [value, conflicting] = model::statementOf(report, metric);
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
        if (const Figure *share = model::statementOf(report, metric, Facet::Share).shown)
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
