#pragma once

#include <QString>
#include <QStringView>
#include <compare>
#include <optional>

namespace juesuan::model {

// An exact decimal number: m_units × 10^(−m_scale).
//
// Amounts in a report are printed decimals ("1,336.82"); binary floating point
// cannot hold them exactly, and the checker's rounding rule depends on how many
// digits were printed. So the scale is the printed precision and is kept:
// "24" and "24.00" are equal in value but not in precision.
class Decimal {
public:
    static constexpr int maxScale = 12;

    constexpr Decimal() = default;
    constexpr Decimal(qint64 units, int scale)
        : m_units(units)
        , m_scale(scale) {}

    static Decimal fromInt(qint64 value) { return Decimal(value, 0); }

    // Parses "1336.82", "-3.5", "1,336.82", "+0.00". Thousands separators are
    // accepted only in well-formed groups of three. Returns nullopt otherwise.
    static std::optional<Decimal> parse(QStringView text);

    qint64 units() const { return m_units; }
    int scale() const { return m_scale; }

    bool isZero() const { return m_units == 0; }
    bool isNegative() const { return m_units < 0; }

    // The same value with `scale` digits after the point. Exact when the scale
    // grows; rounds half away from zero when it shrinks.
    Decimal withScale(int scale) const;

    // Half a unit of the last printed digit: 0.005 for "1.23", 0.5 for "24".
    Decimal halfUnit() const { return Decimal(5, m_scale + 1); }

    Decimal operator-() const { return Decimal(-m_units, m_scale); }
    friend Decimal operator+(const Decimal &a, const Decimal &b);
    friend Decimal operator-(const Decimal &a, const Decimal &b);
    // Exact product; the scale is the sum of both scales.
    friend Decimal operator*(const Decimal &a, const Decimal &b);
    // Multiplies by 10^exponent exactly (exponent may be negative).
    Decimal shifted(int exponent) const;

    // Value comparison, independent of precision.
    friend std::strong_ordering operator<=>(const Decimal &a, const Decimal &b);
    friend bool operator==(const Decimal &a, const Decimal &b) {
        return (a <=> b) == std::strong_ordering::equal;
    }
    // Same value and same printed precision.
    bool identical(const Decimal &other) const {
        return m_units == other.m_units && m_scale == other.m_scale;
    }

    // Printed as parsed: keeps trailing zeros ("24.00").
    QString toString() const;
    // Lossy, for display code and chart axes only; never for arithmetic.
    double toDouble() const;

private:
    qint64 m_units = 0;
    int m_scale = 0;
};

// Quotient a / b rounded half away from zero to `scale` digits; nullopt when b is 0.
std::optional<Decimal> divide(const Decimal &a, const Decimal &b, int scale);

} // namespace juesuan::model
