#include "ui/charts/barvaluelabels.h"

#include "core/wording/comparisontext.h"
#include "core/wording/figuretext.h"
#include "ui/charts/chartfont.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>

namespace juesuan::ui {
namespace {

constexpr qreal labelPointSize = 8.5;
constexpr qreal gap = 3; // between a bar's end and its label
const QColor labelColour(0x33, 0x33, 0x33);

bool isHorizontal(const QAbstractBarSeries *series) {
    switch (series->type()) {
    case QAbstractSeries::SeriesTypeHorizontalBar:
    case QAbstractSeries::SeriesTypeHorizontalPercentBar:
    case QAbstractSeries::SeriesTypeHorizontalStackedBar:
        return true;
    default:
        return false;
    }
}

} // namespace

BarValueLabels::BarValueLabels(QChart *chart, QAbstractBarSeries *series,
                               QList<QList<std::optional<model::Decimal>>> values, Layout layout,
                               const QString &suffix)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_series(series)
    , m_values(std::move(values))
    , m_layout(layout)
    , m_suffix(suffix)
    , m_font(chartFont(labelPointSize)) {
    setZValue(100); // above the series and the grid
}

void BarValueLabels::refresh() {
    prepareGeometryChange();
    update();
}

QRectF BarValueLabels::boundingRect() const {
    return m_chart->boundingRect();
}

QString BarValueLabels::text(const std::optional<model::Decimal> &value) const {
    if (!value)
        return wording::missingText();
    return wording::formatValue(*value, m_suffix);
}

void BarValueLabels::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    if (m_chart->plotArea().isEmpty())
        return;
    painter->save();
    painter->setFont(m_font);
    painter->setClipRect(m_chart->plotArea().adjusted(-1, -40, 60, 1));
    if (m_layout == Layout::Grouped)
        paintGrouped(painter);
    else
        paintStacked(painter);
    painter->restore();
}

// Each set's bar inside a category: the group takes barWidth() of the
// category's width and every set an equal slice of it, left to right (or,
// horizontal, bottom to top) in set order, as Qt Charts lays them out.
void BarValueLabels::paintGrouped(QPainter *painter) const {
    const bool horizontal = isHorizontal(m_series);
    const qsizetype sets = m_values.size();
    if (sets == 0)
        return;
    const qreal width = m_series->barWidth();
    const QFontMetricsF metrics(m_font);
    const QRectF plot = m_chart->plotArea();
    for (qsizetype s = 0; s < sets; ++s) {
        for (qsizetype c = 0; c < m_values[s].size(); ++c) {
            const std::optional<model::Decimal> &value = m_values[s][c];
            const qreal slot = qreal(c) - width / 2 + (qreal(s) + 0.5) * width / qreal(sets);
            const qreal number = value ? value->toDouble() : 0;
            const QPointF end = m_chart->mapToPosition(
                horizontal ? QPointF(number, slot) : QPointF(slot, number), m_series);
            const QString label = text(value);
            const qreal textWidth = metrics.horizontalAdvance(label);
            painter->setPen(labelColour);
            if (horizontal) {
                qreal x = number < 0 ? end.x() - gap - textWidth : end.x() + gap;
                // No room right of a long bar: the label goes inside its end, in white.
                if (x + textWidth > plot.right() + 56) {
                    x = end.x() - gap - textWidth;
                    painter->setPen(Qt::white);
                }
                painter->drawText(QPointF(x, end.y() + metrics.ascent() / 2 - 1), label);
            } else {
                const qreal y = number < 0 ? end.y() + gap + metrics.ascent()
                                           : end.y() - gap - metrics.descent();
                painter->drawText(QPointF(end.x() - textWidth / 2, y), label);
            }
        }
    }
}

// Percent bars: each segment's share centred on it, when it fits.
void BarValueLabels::paintStacked(QPainter *painter) const {
    const bool horizontal = isHorizontal(m_series);
    const QFontMetricsF metrics(m_font);
    const QList<QBarSet *> sets = m_series->barSets();
    const qsizetype categories = m_values.isEmpty() ? 0 : m_values.first().size();
    for (qsizetype c = 0; c < categories; ++c) {
        qreal start = 0;
        for (qsizetype s = 0; s < m_values.size() && s < sets.size(); ++s) {
            const std::optional<model::Decimal> &value = m_values[s].value(c);
            if (!value || value->isZero())
                continue;
            const qreal share = value->toDouble();
            auto at = [&](qreal along) {
                return m_chart->mapToPosition(
                    horizontal ? QPointF(along, qreal(c)) : QPointF(qreal(c), along), m_series);
            };
            const QPointF from = at(start);
            const QPointF to = at(start + share);
            start += share;
            const QString label = text(value);
            const qreal room = horizontal ? qAbs(to.x() - from.x()) : qAbs(to.y() - from.y());
            const qreal need = horizontal ? metrics.horizontalAdvance(label) + 4 : metrics.height();
            if (room < need)
                continue;
            const QPointF centre = (from + to) / 2;
            painter->setPen(sets[s]->color().lightness() > 150 ? labelColour : QColor(Qt::white));
            painter->drawText(QPointF(centre.x() - metrics.horizontalAdvance(label) / 2,
                                      centre.y() + metrics.ascent() / 2 - 1),
                              label);
        }
    }
}

} // namespace juesuan::ui
