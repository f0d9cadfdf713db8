#include "textexport.h"

#include "model/metriccatalogue.h"

#include <QCoreApplication>

namespace juesuan::exporting {
namespace {

QString facetLabel(model::Facet facet) {
    switch (facet) {
    case model::Facet::Value:
        return {};
    case model::Facet::Budget:
        return QCoreApplication::translate("Facet", "budget");
    case model::Facet::BudgetDelta:
        return QCoreApplication::translate("Facet", "change vs budget");
    case model::Facet::BudgetPercent:
        return QCoreApplication::translate("Facet", "% change vs budget");
    case model::Facet::Completion:
        return QCoreApplication::translate("Facet", "budget completion");
    case model::Facet::PreviousDelta:
        return QCoreApplication::translate("Facet", "change vs previous year");
    case model::Facet::PreviousPercent:
        return QCoreApplication::translate("Facet", "% change vs previous year");
    case model::Facet::Share:
        return QCoreApplication::translate("Facet", "share");
    }
    return {};
}

QString directionMark(model::Direction direction) {
    switch (direction) {
    case model::Direction::Increase:
        return QStringLiteral("+");
    case model::Direction::Decrease:
        return QStringLiteral("−");
    case model::Direction::Flat:
        return QStringLiteral("=");
    case model::Direction::None:
        break;
    }
    return {};
}

} // namespace

QString figureLabel(const model::Figure &figure) {
    const auto *info = model::MetricCatalogue::builtin().find(figure.metric);
    QString label = info ? info->zh : figure.metric;
    if (!figure.subject.isEmpty())
        label += u" [" + figure.subject + u']';
    const QString facet = facetLabel(figure.facet);
    if (!facet.isEmpty())
        label += u" (" + facet + u')';
    return label;
}

QString reportToText(const model::Report &report) {
    QString out;
    out += report.sourcePath + u'\n';
    out += QCoreApplication::translate("TextExport", "  unit: %1\n").arg(report.unitName);
    out += QCoreApplication::translate("TextExport",
                                       "  year: %1   type: %2   scope: %3   money unit: %4\n")
               .arg(report.year)
               .arg(model::reportTypeId(report.type), model::reportScopeId(report.scope),
                    model::unitSymbol(report.moneyUnit));
    out += QCoreApplication::translate("TextExport", "  %1 figures, %2 performance tables\n")
               .arg(report.figures.size())
               .arg(report.performanceTables.size());
    QString lastSection;
    for (const model::Figure &figure : report.figures) {
        if (figure.section != lastSection) {
            lastSection = figure.section;
            out += QCoreApplication::translate("TextExport", "  section %1\n").arg(lastSection);
        }
        out += u"    " + figureLabel(figure) + u" = " + directionMark(figure.direction) +
               figure.quantity.toDisplayString();
        if (figure.origin != model::Origin::Narrative)
            out += u"  <" + model::originId(figure.origin) + u'>';
        out += QStringLiteral("  @%1\n").arg(figure.span.begin);
    }
    for (const QString &warning : report.warnings)
        out += QCoreApplication::translate("TextExport", "  warning: %1\n").arg(warning);
    return out;
}

} // namespace juesuan::exporting
