// Exact fractions and intervals under the checker's rounding rule.
#include "core/check/rational.h"

#include <catch2/catch.hpp>

using juesuan::check::Interval;
using juesuan::check::Rational;
using juesuan::model::Decimal;

namespace {

Rational dec(const char16_t *text) {
    return Rational::fromDecimal(*Decimal::parse(QStringView(text)));
}

QString str(const std::optional<Decimal> &value) {
    return value ? value->toString() : QStringLiteral("none");
}

} // namespace

TEST_CASE("Rational keeps decimal sums exact", "[check][rational]") {
    // 0.1 + 0.2 is not 0.3 in binary floating point; here it must be.
    CHECK(dec(u"0.1") + dec(u"0.2") == dec(u"0.3"));
    CHECK(dec(u"1102.09") + dec(u"196.88") + dec(u"13.84") + dec(u"24.00") == dec(u"1336.81"));
    CHECK(dec(u"74.88") + dec(u"1053.46") - dec(u"1163.67") == dec(u"-35.33"));
}

TEST_CASE("Rational rounds quotients half away from zero", "[check][rational]") {
    const Rational share = dec(u"102.26") / dec(u"199.32") * Rational::fromInt(100);
    CHECK(str(share.toDecimal(2)) == u"51.30");
    const Rational growth = dec(u"11.31") / dec(u"188.01") * Rational::fromInt(100);
    CHECK(str(growth.toDecimal(2)) == u"6.02"); // the Wuhai report prints 6.01
    CHECK(str(growth.toDecimal(4)) == u"6.0156");
    CHECK(str((dec(u"-1") / Rational::fromInt(8)).toDecimal(2)) == u"-0.13");
    CHECK(str((dec(u"-1") / Rational::fromInt(8)).floorDecimal(2)) == u"-0.13");
    CHECK(str((dec(u"-1") / Rational::fromInt(8)).ceilDecimal(2)) == u"-0.12");
    CHECK(str((dec(u"1") / Rational::fromInt(3)).ceilDecimal(3)) == u"0.334");
}

TEST_CASE("Rational division by zero and overflow give invalid values", "[check][rational]") {
    CHECK_FALSE((dec(u"5") / Rational()).isValid());
    Rational big = Rational::fromInt(std::numeric_limits<qint64>::max());
    const Rational huge = big * big * big; // exceeds 128 bits
    CHECK_FALSE(huge.isValid());
    CHECK_FALSE((huge + Rational::fromInt(1)).isValid());
}

TEST_CASE("Rational results past 64 bits stay exact and reduced", "[check][rational]") {
    const qint64 max = std::numeric_limits<qint64>::max();
    const Rational big = Rational::fromInt(max);
    // Sums, products and comparisons that leave 64 bits carry on in 128.
    CHECK((big + big) / Rational::fromInt(2) == big);
    CHECK((big + Rational::fromInt(1)) - big == Rational::fromInt(1));
    CHECK(big * big / big == big);
    CHECK(big * big > big + big);
    CHECK((-big - big).sign() < 0);
    const Rational tiny = Rational::fromInt(1) / big;
    CHECK(tiny * tiny < tiny);
    CHECK(tiny * big == Rational::fromInt(1));
    CHECK((tiny + tiny) * big == Rational::fromInt(2));
    // The most negative 64-bit value reduces like any other.
    const Rational lowest = Rational::fromInt(std::numeric_limits<qint64>::min());
    CHECK(lowest / Rational::fromInt(-2) == Rational::fromInt(qint64(1) << 62));
    CHECK(lowest / Rational::fromInt(-2) == (big + Rational::fromInt(1)) / Rational::fromInt(2));
    CHECK((lowest * lowest) / lowest == lowest);
}

TEST_CASE("Interval arithmetic bounds a quotient of rounded numbers", "[check][rational]") {
    const Rational half = dec(u"0.005");
    const Interval numerator = Interval::around(dec(u"11.31"), half);
    const Interval denominator = Interval::around(dec(u"188.01"), half + half);
    const Interval q = numerator / denominator;
    CHECK(q.low < dec(u"11.31") / dec(u"188.01"));
    CHECK(q.high > dec(u"11.31") / dec(u"188.01"));
    CHECK(q.low == dec(u"11.305") / dec(u"188.02"));
    CHECK(q.high == dec(u"11.315") / dec(u"188.0"));
    // A divisor that may be zero has no bounded quotient.
    CHECK_FALSE((numerator / Interval::around(Rational(), half)).isValid());
}

TEST_CASE("Interval intersection distinguishes touching from overlapping", "[check][rational]") {
    // 326.71 and 326.72 stand for [326.705, 326.715) and [326.715, 326.725):
    // they touch, but no value rounds to both.
    const Interval a = Interval::around(dec(u"326.71"), dec(u"0.005"));
    const Interval b = Interval::around(dec(u"326.72"), dec(u"0.005"));
    CHECK(a.intersects(b));
    CHECK_FALSE(a.intersects(b, true));
    CHECK(a.intersects(Interval::around(dec(u"326.7"), dec(u"0.05")), true));
    CHECK(
        Interval::minimum(Interval{dec(u"9"), dec(u"12")}, Interval{dec(u"10"), dec(u"10")}).high ==
        dec(u"10"));
}
