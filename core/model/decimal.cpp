#include "core/model/decimal.h"

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace juesuan::model {
namespace {

// 128-bit intermediates keep products and rescaling of 64-bit units exact.
__extension__ typedef __int128 Wide;

constexpr qint64 pow10(int n) {
    qint64 result = 1;
    for (int i = 0; i < n; ++i)
        result *= 10;
    return result;
}

Wide widePow10(int n) {
    Wide result = 1;
    for (int i = 0; i < n; ++i)
        result *= 10;
    return result;
}

// Brings both operands to the larger scale.
std::pair<Wide, Wide> aligned(const Decimal &a, const Decimal &b, int &scale) {
    scale = std::max(a.scale(), b.scale());
    return {Wide(a.units()) * widePow10(scale - a.scale()),
            Wide(b.units()) * widePow10(scale - b.scale())};
}

// Divides rounding half away from zero.
Wide roundedDivide(Wide numerator, Wide denominator) {
    const bool negative = (numerator < 0) != (denominator < 0);
    Wide n = numerator < 0 ? -numerator : numerator;
    const Wide d = denominator < 0 ? -denominator : denominator;
    Wide q = n / d;
    if ((n % d) * 2 >= d)
        ++q;
    return negative ? -q : q;
}

} // namespace

std::optional<Decimal> Decimal::parse(QStringView text) {
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && (text[i] == u'-' || text[i] == u'+' || text[i] == u'−')) {
        negative = text[i] != u'+';
        ++i;
    }
    qint64 units = 0;
    int scale = 0;
    int intDigits = 0;
    int groupDigits = -1; // digits since the last thousands separator, -1 before any
    bool seenPoint = false;
    bool any = false;
    for (; i < n; ++i) {
        const QChar c = text[i];
        if (c >= u'0' && c <= u'9') {
            if (units > (std::numeric_limits<qint64>::max() - 9) / 10)
                return std::nullopt;
            units = units * 10 + (c.unicode() - u'0');
            any = true;
            if (seenPoint) {
                if (++scale > maxScale)
                    return std::nullopt;
            } else {
                ++intDigits;
                if (groupDigits >= 0)
                    ++groupDigits;
            }
        } else if (c == u',' && !seenPoint) {
            // A separator must follow 1-3 leading digits or a full group of three.
            if (intDigits == 0 || (groupDigits < 0 ? intDigits > 3 : groupDigits != 3))
                return std::nullopt;
            groupDigits = 0;
        } else if (c == u'.' && !seenPoint) {
            if (groupDigits >= 0 && groupDigits != 3)
                return std::nullopt;
            seenPoint = true;
        } else {
            return std::nullopt;
        }
    }
    if (!any || (groupDigits >= 0 && !seenPoint && groupDigits != 3))
        return std::nullopt;
    return Decimal(negative ? -units : units, scale);
}

Decimal Decimal::withScale(int scale) const {
    if (scale >= m_scale)
        return Decimal(m_units * pow10(scale - m_scale), scale);
    return Decimal(qint64(roundedDivide(m_units, widePow10(m_scale - scale))), scale);
}

Decimal Decimal::shifted(int exponent) const {
    if (exponent >= 0) {
        const int drop = std::min(exponent, m_scale);
        return Decimal(m_units * pow10(exponent - drop), m_scale - drop);
    }
    return Decimal(m_units, m_scale - exponent);
}

Decimal operator+(const Decimal &a, const Decimal &b) {
    int scale = 0;
    const auto [x, y] = aligned(a, b, scale);
    return Decimal(qint64(x + y), scale);
}

Decimal operator-(const Decimal &a, const Decimal &b) {
    int scale = 0;
    const auto [x, y] = aligned(a, b, scale);
    return Decimal(qint64(x - y), scale);
}

Decimal operator*(const Decimal &a, const Decimal &b) {
    return Decimal(a.units() * b.units(), a.scale() + b.scale());
}

std::strong_ordering operator<=>(const Decimal &a, const Decimal &b) {
    int scale = 0;
    const auto [x, y] = aligned(a, b, scale);
    if (x < y)
        return std::strong_ordering::less;
    if (x > y)
        return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

QString Decimal::toString() const {
    const bool negative = m_units < 0;
    QString digits = QString::number(negative ? -m_units : m_units);
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits.prepend(QString(m_scale - digits.size() + 1, u'0'));
        digits.insert(digits.size() - m_scale, u'.');
    }
    return negative ? u'-' + digits : digits;
}

double Decimal::toDouble() const {
    return double(m_units) / double(pow10(m_scale));
}

std::optional<Decimal> divide(const Decimal &a, const Decimal &b, int scale) {
    if (b.isZero())
        return std::nullopt;
    // a/b × 10^scale = a.units × 10^(b.scale + scale − a.scale) / b.units
    const int exponent = b.scale() + scale - a.scale();
    Wide numerator = a.units();
    Wide denominator = b.units();
    if (exponent >= 0)
        numerator *= widePow10(exponent);
    else
        denominator *= widePow10(-exponent);
    return Decimal(qint64(roundedDivide(numerator, denominator)), scale);
}

} // namespace juesuan::model
