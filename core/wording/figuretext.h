#pragma once

#include "core/model/figure.h"
#include "core/model/report.h"

#include <QString>

namespace juesuan::wording {

// How figures read on screen, in the current language. Money keeps its exact
// printed digits; thousands separators are added for reading.

// "1,336.82 万元": an exact value with thousands separators and its unit
// (a "%" unit is written without a space).
QString formatValue(const model::Decimal &value, const QString &unit);

// The value in `unit` ("1,336.82 万元" / "1,336.82 10k yuan"); money without
// a unit, a percent, a score or a count as it stands.
QString quantityText(const model::Quantity &quantity, model::MoneyUnit unit);
// The value in its own printed unit.
QString quantityText(const model::Quantity &quantity);

// A change as worded: 增加 → "+8.20 万元", 减少 → "−1.14 万元", 持平 → "unchanged".
QString signedText(const model::Figure &figure, model::MoneyUnit unit);

// "收入总计", "功能分类支出 · 一般公共服务", "… (budget)": one line naming a figure.
QString figureTitle(const model::Figure &figure);
QString figureTitle(const QString &metric, model::Facet facet, const QString &subject);

} // namespace juesuan::wording
