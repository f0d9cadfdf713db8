#pragma once

#include "core/i18n/language.h"
#include "core/model/decimal.h"

#include <QString>

namespace juesuan::model {

enum class MoneyUnit { None, Yuan, WanYuan, YiYuan };

// What a number measures. Money carries a unit; the others are unitless.
enum class QuantityKind { Money, Percent, Count, Score };

// A stated number with its kind, unit and printed precision.
class Quantity {
public:
    Quantity() = default;
    Quantity(QuantityKind kind, Decimal value, MoneyUnit unit = MoneyUnit::None)
        : m_kind(kind)
        , m_value(value)
        , m_unit(kind == QuantityKind::Money ? unit : MoneyUnit::None) {}

    static Quantity money(Decimal value, MoneyUnit unit) {
        return {QuantityKind::Money, value, unit};
    }
    static Quantity percent(Decimal value) { return {QuantityKind::Percent, value}; }
    static Quantity count(qint64 value) { return {QuantityKind::Count, Decimal::fromInt(value)}; }
    static Quantity score(Decimal value) { return {QuantityKind::Score, value}; }

    QuantityKind kind() const { return m_kind; }
    const Decimal &value() const { return m_value; }
    MoneyUnit unit() const { return m_unit; }

    // The amount in 元, exact (precision follows: 1.23 万元 → 12300 元).
    Decimal inYuan() const;
    // The amount converted exactly into `unit`.
    Decimal in(MoneyUnit unit) const;
    // The value to show beside others in `unit`: money converted exactly;
    // other kinds, and money or a target without a unit, unchanged.
    Decimal valueIn(MoneyUnit unit) const;

    // "1,336.82 万元", "14.75%", "5 个"-free plain forms for messages.
    QString toDisplayString() const;

    friend bool operator==(const Quantity &a, const Quantity &b) {
        return a.m_kind == b.m_kind && a.m_unit == b.m_unit && a.m_value.identical(b.m_value);
    }

private:
    QuantityKind m_kind = QuantityKind::Count;
    Decimal m_value;
    MoneyUnit m_unit = MoneyUnit::None;
};

// Power of ten that takes an amount in `unit` to 元 (万元 → 4).
int yuanExponent(MoneyUnit unit);
QString unitSymbol(MoneyUnit unit); // "万元"
// The unit's name: "10k yuan" in English, 万元 in Chinese; empty for None.
QString moneyUnitLabel(MoneyUnit unit, i18n::Language language = i18n::currentLanguage());
MoneyUnit unitFromSymbol(QStringView symbol); // None when unknown
QString unitId(MoneyUnit unit);               // "wanyuan", stable in JSON
QString kindId(QuantityKind kind);            // "money", stable in JSON

} // namespace juesuan::model
