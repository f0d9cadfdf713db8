#pragma once

#include "core/model/decimal.h"

#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <optional>

class QAbstractBarSeries;
class QChart;

namespace juesuan::ui {

// The value labels of a bar chart, drawn over the bars by the chart itself
// (a child item), because Qt Charts' own labels cannot tell a missing value
// from 0 and print large amounts in exponent notation. A missing value shows
// as "—" at the base line; a stated one with its exact digits and thousands
// separators. Positions are computed at paint time from the chart's plot
// area, so the labels follow any resize, on screen and in exports.
class BarValueLabels : public QGraphicsItem {
public:
    enum class Layout { Grouped, Stacked }; // stacked: percent bars, labels centred

    // values[set][category]; the series' bar width and orientation are read
    // from `series`. The item becomes a child of `chart`.
    BarValueLabels(QChart *chart, QAbstractBarSeries *series,
                   QList<QList<std::optional<model::Decimal>>> values, Layout layout,
                   const QString &suffix = {});

    // Call when the chart's geometry or plot area changed.
    void refresh();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    void paintGrouped(QPainter *painter) const;
    void paintStacked(QPainter *painter) const;
    QString text(const std::optional<model::Decimal> &value) const;

    QChart *m_chart;
    QAbstractBarSeries *m_series;
    QList<QList<std::optional<model::Decimal>>> m_values;
    Layout m_layout;
    QString m_suffix;
    QFont m_font;
};

} // namespace juesuan::ui
