#include "core/export/textexport.h"

#include "core/model/metriccatalogue.h"

#include <QCoreApplication>

namespace juesuan::exporting {
namespace {

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
    if (figure.facet != model::Facet::Value)
        label += u" (" + model::facetLabel(figure.facet) + u')';
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
