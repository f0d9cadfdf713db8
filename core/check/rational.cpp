#include "core/check/rational.h"

#include <array>
#include <limits>
#include <numeric>

namespace juesuan::check {
namespace {

using Wide = Rational::Wide;

Wide absWide(Wide value) {
    return value < 0 ? -value : value;
}

Wide gcdWide(Wide a, Wide b) {
    a = absWide(a);
    b = absWide(b);
    // Most denominators are 1 (amounts in 元 are whole after scaling): no
    // reduction is possible, and the binary gcd would still walk every bit.
    if (a == 1 || b == 1)
        return 1;
    // 128-bit division is a library call; most values of a report fit in 64 bits.
    constexpr Wide limit = Wide(std::numeric_limits<quint64>::max());
    if (a <= limit && b <= limit)
        return Wide(std::gcd(quint64(a), quint64(b)));
    while (b != 0) {
        const Wide t = a % b;
        a = b;
        b = t;
    }
    return a;
}

Wide pow10Wide(int n) {
    Wide result = 1;
    for (int i = 0; i < n; ++i)
        result *= 10;
    return result;
}

bool mulOverflows(Wide a, Wide b, Wide *out) {
    return __builtin_mul_overflow(a, b, out);
}

// Nearly every numerator and denominator of a report (amounts scaled to 元,
// rates, their sums and quotients) fits in 64 bits. Arithmetic on such values
// is done in 64 bits first: 128-bit overflow checks, divisions and gcds are
// library calls several times dearer. A reduced fraction is unique, so either
// path gives the same value; only a 64-bit overflow sends the work on to 128 bits.
bool isNarrow(Wide value) {
    return value == Wide(qint64(value));
}

bool areNarrow(Wide a, Wide b, Wide c, Wide d) {
    return isNarrow(a) && isNarrow(b) && isNarrow(c) && isNarrow(d);
}

// gcd of any value and a positive one; it divides `positive`, so fits in qint64.
qint64 gcdNarrow(qint64 value, qint64 positive) {
    if (positive == 1)
        return 1;
    const quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    return qint64(std::gcd(magnitude, quint64(positive)));
}

// Integer division of a non-negative numerator with the requested rounding.
enum class Rounding { HalfAwayFromZero, Floor, Ceil };

std::optional<model::Decimal> rounded(Wide num, Wide den, int scale, Rounding mode) {
    if (scale < 0 || scale > model::Decimal::maxScale)
        return std::nullopt;
    Wide scaled = 0;
    if (mulOverflows(num, pow10Wide(scale), &scaled))
        return std::nullopt;
    const bool negative = scaled < 0;
    const Wide n = absWide(scaled);
    Wide q = n / den;
    const Wide r = n % den;
    switch (mode) {
    case Rounding::HalfAwayFromZero:
        if (r * 2 >= den)
            ++q;
        break;
    case Rounding::Floor:
        if (negative && r != 0)
            ++q;
        break;
    case Rounding::Ceil:
        if (!negative && r != 0)
            ++q;
        break;
    }
    if (q > Wide(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return model::Decimal(qint64(negative ? -q : q), scale);
}

} // namespace

Rational::Rational(Wide num, Wide den)
    : m_num(num)
    , m_den(den) {}

Rational Rational::invalid() {
    Rational r;
    r.m_valid = false;
    return r;
}

Rational Rational::normalized(Wide num, Wide den) {
    if (den == 0)
        return invalid();
    if (den > 0 && isNarrow(num) && isNarrow(den)) {
        const qint64 n = qint64(num);
        const qint64 d = qint64(den);
        const qint64 g = gcdNarrow(n, d);
        return g > 1 ? Rational(n / g, d / g) : Rational(n, d);
    }
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const Wide g = gcdWide(num, den);
    if (g > 1) {
        num /= g;
        den /= g;
    }
    return Rational(num, den);
}

Rational Rational::pow10(int exponent) {
    return Rational(pow10Wide(exponent), 1);
}

Rational Rational::fromDecimal(const model::Decimal &value) {
    return normalized(value.units(), pow10Wide(value.scale()));
}

Rational Rational::abs() const {
    return m_num < 0 ? -*this : *this;
}

Rational Rational::operator-() const {
    Rational r = *this;
    r.m_num = -r.m_num;
    return r;
}

Rational operator+(const Rational &a, const Rational &b) {
    if (!a.m_valid || !b.m_valid)
        return Rational::invalid();
    if (areNarrow(a.m_num, a.m_den, b.m_num, b.m_den)) {
        qint64 x = 0, y = 0, den = 0, num = 0;
        if (!__builtin_mul_overflow(qint64(a.m_num), qint64(b.m_den), &x) &&
            !__builtin_mul_overflow(qint64(b.m_num), qint64(a.m_den), &y) &&
            !__builtin_mul_overflow(qint64(a.m_den), qint64(b.m_den), &den) &&
            !__builtin_add_overflow(x, y, &num))
            return Rational::normalized(num, den);
    }
    Wide x = 0, y = 0, den = 0, num = 0;
    if (mulOverflows(a.m_num, b.m_den, &x) || mulOverflows(b.m_num, a.m_den, &y) ||
        mulOverflows(a.m_den, b.m_den, &den) || __builtin_add_overflow(x, y, &num))
        return Rational::invalid();
    return Rational::normalized(num, den);
}

Rational operator-(const Rational &a, const Rational &b) {
    return a + (-b);
}

Rational operator*(const Rational &a, const Rational &b) {
    if (!a.m_valid || !b.m_valid)
        return Rational::invalid();
    // Cross-reduce first so that products of already reduced fractions stay small.
    if (areNarrow(a.m_num, a.m_den, b.m_num, b.m_den)) {
        const qint64 an = qint64(a.m_num), ad = qint64(a.m_den);
        const qint64 bn = qint64(b.m_num), bd = qint64(b.m_den);
        const qint64 g1 = gcdNarrow(an, bd);
        const qint64 g2 = gcdNarrow(bn, ad);
        qint64 num = 0, den = 0;
        // Both factors are reduced and now cross-reduced, so the product is
        // reduced as it stands, with a positive denominator.
        if (!__builtin_mul_overflow(an / g1, bn / g2, &num) &&
            !__builtin_mul_overflow(ad / g2, bd / g1, &den))
            return Rational(num, den);
    }
    const Wide g1 = gcdWide(a.m_num, b.m_den);
    const Wide g2 = gcdWide(b.m_num, a.m_den);
    const Wide an = g1 > 1 ? a.m_num / g1 : a.m_num;
    const Wide bd = g1 > 1 ? b.m_den / g1 : b.m_den;
    const Wide bn = g2 > 1 ? b.m_num / g2 : b.m_num;
    const Wide ad = g2 > 1 ? a.m_den / g2 : a.m_den;
    Wide num = 0, den = 0;
    if (mulOverflows(an, bn, &num) || mulOverflows(ad, bd, &den))
        return Rational::invalid();
    return Rational::normalized(num, den);
}

Rational operator/(const Rational &a, const Rational &b) {
    if (!a.m_valid || !b.m_valid || b.m_num == 0)
        return Rational::invalid();
    Rational inverse = Rational::normalized(b.m_den, b.m_num);
    return a * inverse;
}

std::strong_ordering operator<=>(const Rational &a, const Rational &b) {
    if (!a.m_valid || !b.m_valid)
        return std::strong_ordering::equal;
    // Products of 64-bit values cannot overflow 128 bits.
    if (areNarrow(a.m_num, a.m_den, b.m_num, b.m_den))
        return Wide(qint64(a.m_num)) * qint64(b.m_den) <=> Wide(qint64(b.m_num)) * qint64(a.m_den);
    Wide x = 0, y = 0;
    if (mulOverflows(a.m_num, b.m_den, &x) || mulOverflows(b.m_num, a.m_den, &y)) {
        // Denominators are positive; compare the difference's sign instead.
        const Rational difference = a - b;
        const int s = difference.isValid() ? difference.sign() : 0;
        return s < 0 ? std::strong_ordering::less
                     : (s > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
    }
    return x <=> y;
}

std::optional<model::Decimal> Rational::toDecimal(int scale) const {
    return m_valid ? rounded(m_num, m_den, scale, Rounding::HalfAwayFromZero) : std::nullopt;
}

std::optional<model::Decimal> Rational::floorDecimal(int scale) const {
    return m_valid ? rounded(m_num, m_den, scale, Rounding::Floor) : std::nullopt;
}

std::optional<model::Decimal> Rational::ceilDecimal(int scale) const {
    return m_valid ? rounded(m_num, m_den, scale, Rounding::Ceil) : std::nullopt;
}

bool Interval::intersects(const Interval &other, bool strict) const {
    if (strict)
        return low < other.high && other.low < high;
    return low <= other.high && other.low <= high;
}

Interval Interval::operator*(const Interval &other) const {
    const std::array corners{low * other.low, low * other.high, high * other.low,
                             high * other.high};
    Interval result{corners[0], corners[0]};
    for (const Rational &c : corners) {
        if (!c.isValid())
            return {Rational::invalid(), Rational::invalid()};
        result.low = Rational::min(result.low, c);
        result.high = Rational::max(result.high, c);
    }
    return result;
}

Interval Interval::operator/(const Interval &other) const {
    if (other.containsZero())
        return {Rational::invalid(), Rational::invalid()};
    return *this * Interval{Rational::fromInt(1) / other.high, Rational::fromInt(1) / other.low};
}

} // namespace juesuan::check
