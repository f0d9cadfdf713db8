#include "core/wording/figuretext.h"

#include "core/model/metriccatalogue.h"

#include <QCoreApplication>

namespace juesuan::wording {
namespace {

// Gives lupdate and the run time the same context for these free functions.
struct FigureTextTr {
    Q_DECLARE_TR_FUNCTIONS(FigureText)
};

} // namespace

QString formatValue(const model::Decimal &value, const QString &unit) {
    // Thousands separators make 1336.82 and 13368.2 easy to tell apart.
    QString text = value.toString();
    const bool negative = text.startsWith(u'-');
    qsizetype point = text.indexOf(u'.');
    if (point < 0)
        point = text.size();
    for (qsizetype i = point - 3; i > (negative ? 1 : 0); i -= 3)
        text.insert(i, u',');
    if (unit.isEmpty())
        return text;
    return unit == u"%" ? QString(text + unit) : QString(text + u' ' + unit);
}

QString quantityText(const model::Quantity &quantity, model::MoneyUnit unit) {
    switch (quantity.kind()) {
    case model::QuantityKind::Money:
        if (quantity.unit() == model::MoneyUnit::None)
            return formatValue(quantity.value(), {});
        return formatValue(quantity.valueIn(unit), model::moneyUnitLabel(unit));
    case model::QuantityKind::Percent:
        return formatValue(quantity.value(), QStringLiteral("%"));
    case model::QuantityKind::Score:
    case model::QuantityKind::Count:
        break;
    }
    return formatValue(quantity.value(), {});
}

QString quantityText(const model::Quantity &quantity) {
    return quantityText(quantity, quantity.unit());
}

QString signedText(const model::Figure &figure, model::MoneyUnit unit) {
    const QString number = quantityText(figure.quantity, unit);
    switch (figure.direction) {
    case model::Direction::Increase:
        return u'+' + number;
    case model::Direction::Decrease:
        return QChar(0x2212) + number;
    case model::Direction::Flat:
        return FigureTextTr::tr("unchanged (%1)").arg(number);
    case model::Direction::None:
        break;
    }
    return number;
}

QString figureTitle(const QString &metric, model::Facet facet, const QString &subject) {
    QString title = model::metricLabel(metric);
    if (!subject.isEmpty())
        title += QStringLiteral(" · ") + subject;
    if (facet != model::Facet::Value)
        title += QStringLiteral(" (") + model::facetLabel(facet) + u')';
    return title;
}

QString figureTitle(const model::Figure &figure) {
    return figureTitle(figure.metric, figure.facet, figure.subject);
}

} // namespace juesuan::wording
