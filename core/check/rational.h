#pragma once

#include "core/model/decimal.h"

#include <compare>
#include <optional>

namespace juesuan::check {

// An exact fraction with 128-bit numerator and denominator.
//
// Printed amounts are decimals; a share or a completion rate is a quotient of
// two of them. Comparing a stated "6.01%" with 11.31 / 188.01 must not go
// through binary floating point, or a rounding tail could turn into a false
// error (or hide a real one). Every operation checks for overflow; a value
// that overflowed stays invalid and every relation using it is left
// undetermined instead of being judged on a wrong number.
class Rational {
public:
    // __extension__: 128-bit integers are a GCC/Clang extension that -Wpedantic flags.
    __extension__ typedef __int128 Wide;

    Rational() = default;
    static Rational fromInt(qint64 value) { return Rational(value, 1); }
    static Rational fromDecimal(const model::Decimal &value);
    static Rational invalid();
    static Rational pow10(int exponent); // 10^exponent, exponent ≥ 0

    bool isValid() const { return m_valid; }
    bool isZero() const { return m_valid && m_num == 0; }
    int sign() const { return m_num > 0 ? 1 : (m_num < 0 ? -1 : 0); }

    Rational abs() const;
    Rational operator-() const;
    friend Rational operator+(const Rational &a, const Rational &b);
    friend Rational operator-(const Rational &a, const Rational &b);
    friend Rational operator*(const Rational &a, const Rational &b);
    // Division by zero gives an invalid value.
    friend Rational operator/(const Rational &a, const Rational &b);

    // Ordering of valid values (cross-multiplied in 128 bits). Invalid values
    // compare as unordered-equal; callers check isValid() first.
    friend std::strong_ordering operator<=>(const Rational &a, const Rational &b);
    friend bool operator==(const Rational &a, const Rational &b) {
        return (a <=> b) == std::strong_ordering::equal;
    }

    // Rounded half away from zero to `scale` digits; nullopt when invalid or
    // too large for a Decimal.
    std::optional<model::Decimal> toDecimal(int scale) const;
    // Rounded towards −∞ / +∞, for printing an interval that still contains
    // the exact bounds.
    std::optional<model::Decimal> floorDecimal(int scale) const;
    std::optional<model::Decimal> ceilDecimal(int scale) const;

    static Rational min(const Rational &a, const Rational &b) { return b < a ? b : a; }
    static Rational max(const Rational &a, const Rational &b) { return a < b ? b : a; }

private:
    Rational(Wide num, Wide den);
    static Rational normalized(Wide num, Wide den);

    Wide m_num = 0;
    Wide m_den = 1;
    bool m_valid = true;
};

// A closed interval of exact values: what a rounded printed number, or an
// expression over such numbers, may stand for.
struct Interval {
    Rational low;
    Rational high;

    static Interval around(const Rational &centre, const Rational &halfWidth) {
        return {centre - halfWidth, centre + halfWidth};
    }
    bool isValid() const { return low.isValid() && high.isValid(); }
    bool contains(const Rational &value) const { return low <= value && value <= high; }
    bool containsZero() const { return contains(Rational()); }
    // Closed intersection; `strict` demands an overlap of positive width,
    // which is what two roundings of one true value need: a printed number
    // stands for the half-open [v − h, v + h), so 326.71 and 326.72 cannot
    // both be roundings of one value.
    bool intersects(const Interval &other, bool strict = false) const;

    friend Interval operator+(const Interval &a, const Interval &b) {
        return {a.low + b.low, a.high + b.high};
    }
    Interval operator*(const Interval &other) const;
    // The divisor must not contain zero (callers handle a zero base first).
    Interval operator/(const Interval &other) const;
    static Interval minimum(const Interval &a, const Interval &b) {
        return {Rational::min(a.low, b.low), Rational::min(a.high, b.high)};
    }
};

} // namespace juesuan::check
