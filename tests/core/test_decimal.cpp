#include "core/model/decimal.h"
#include "tests/core/catchqtstrings.h"

#include <catch2/catch.hpp>

using juesuan::model::Decimal;
using juesuan::model::divide;

namespace {

Decimal dec(const char16_t *text) {
    const auto parsed = Decimal::parse(QStringView(text));
    REQUIRE(parsed);
    return *parsed;
}

} // namespace

TEST_CASE("Decimal parses printed amounts keeping their precision", "[decimal]") {
    const struct {
        const char16_t *text;
        qint64 units;
        int scale;
    } cases[] = {
        {u"1336.82", 133682, 2},  {u"1,336.82", 133682, 2},
        {u"2,940.05", 294005, 2}, {u"1,234,567", 1234567, 0},
        {u"-3.5", -35, 1},        {u"+0.00", 0, 2},
        {u"24", 24, 0},           {u"24.00", 2400, 2},
        {u"0.05", 5, 2},          {u"−8.20", -820, 2},
        {u"007", 7, 0},
    };
    for (const auto &c : cases) {
        INFO(QStringView(c.text).toString().toStdString());
        const auto parsed = Decimal::parse(QStringView(c.text));
        REQUIRE(parsed);
        CHECK(parsed->units() == c.units);
        CHECK(parsed->scale() == c.scale);
    }
}

TEST_CASE("Decimal refuses malformed numbers and bad digit groups", "[decimal]") {
    const char16_t *const bad[] = {
        u"",
        u"-",
        u".",
        u"abc",
        u"12a",
        u"1.2.3",
        u"1,33.5",
        u"1,3336",
        u",123",
        u"1,234,56",
        u"12,34",
        u"1234,567",
        u"1,234.5,6",
        u"1 336.82",
        u"99999999999999999999",
        u"0.1234567890123", // more digits after the point than Decimal::maxScale
    };
    for (const char16_t *text : bad) {
        INFO(QStringView(text).toString().toStdString());
        CHECK_FALSE(Decimal::parse(QStringView(text)).has_value());
    }
}

TEST_CASE("Decimal prints as parsed, trailing zeros included", "[decimal]") {
    for (const char16_t *text : {u"24.00", u"199.32", u"-0.05", u"0", u"1336.82", u"0.001"})
        CHECK(dec(text).toString() == QStringView(text));
    CHECK(dec(u"1,336.82").toString() == u"1336.82");
    CHECK(Decimal(-5, 3).toString() == u"-0.005");
}

TEST_CASE("Equal values of different precision compare equal but are not identical", "[decimal]") {
    CHECK(dec(u"24") == dec(u"24.00"));
    CHECK_FALSE(dec(u"24").identical(dec(u"24.00")));
    CHECK(dec(u"24.00").identical(dec(u"24.00")));
    CHECK(dec(u"1.5") < dec(u"1.50001"));
    CHECK(dec(u"-1") < dec(u"0"));
    CHECK(dec(u"97.06") > dec(u"-199.32"));
}

TEST_CASE("Decimal sums and differences are exact", "[decimal]") {
    // Wuhai 2024: 基本支出 102.26 + 项目支出 97.06 = 本年支出合计 199.32.
    const Decimal sum = dec(u"102.26") + dec(u"97.06");
    CHECK(sum.identical(dec(u"199.32")));
    CHECK((dec(u"199.32") - dec(u"102.26")).identical(dec(u"97.06")));
    // 0.1 + 0.2 is exactly 0.3 here, unlike in binary floating point.
    CHECK((dec(u"0.1") + dec(u"0.2")).identical(dec(u"0.3")));
    // The result takes the finer precision of its operands.
    CHECK((dec(u"1.5") + dec(u"0.25")).identical(dec(u"1.75")));
    CHECK((dec(u"10") - dec(u"0.01")).identical(dec(u"9.99")));
    CHECK((-dec(u"3.5")).identical(dec(u"-3.5")));
}

TEST_CASE("Decimal products keep every digit", "[decimal]") {
    CHECK((dec(u"1.5") * dec(u"2.25")).identical(dec(u"3.375")));
    CHECK((dec(u"-0.5") * dec(u"0.5")).identical(dec(u"-0.25")));
    CHECK((dec(u"12") * dec(u"10.0")) == dec(u"120"));
}

TEST_CASE("withScale rounds half away from zero", "[decimal]") {
    const struct {
        const char16_t *from;
        int scale;
        const char16_t *to;
    } cases[] = {
        {u"1.235", 2, u"1.24"},    {u"-1.235", 2, u"-1.24"}, {u"1.234", 2, u"1.23"},
        {u"2.5", 0, u"3"},         {u"-2.5", 0, u"-3"},      {u"2.4999", 0, u"2"},
        {u"0.005", 2, u"0.01"},    {u"-0.004", 2, u"0.00"},  {u"1.2", 3, u"1.200"},
        {u"199.32", 2, u"199.32"}, {u"94.45", 1, u"94.5"},   {u"99.95", 1, u"100.0"},
    };
    for (const auto &c : cases) {
        INFO(QStringView(c.from).toString().toStdString() << " to " << c.scale);
        CHECK(dec(c.from).withScale(c.scale).identical(dec(c.to)));
    }
}

TEST_CASE("shifted multiplies by a power of ten exactly", "[decimal]") {
    CHECK(dec(u"199.32").shifted(4) == Decimal::fromInt(1993200));
    CHECK(dec(u"1.23").shifted(2).identical(dec(u"123")));
    CHECK(dec(u"12300").shifted(-4).identical(dec(u"1.2300")));
    CHECK(dec(u"5").shifted(-2).identical(dec(u"0.05")));
    CHECK(dec(u"5").shifted(0).identical(dec(u"5")));
}

TEST_CASE("halfUnit is half of the last printed digit", "[decimal]") {
    CHECK(dec(u"1.23").halfUnit() == dec(u"0.005"));
    CHECK(dec(u"24").halfUnit() == dec(u"0.5"));
    CHECK(dec(u"24.0").halfUnit() == dec(u"0.05"));
}

TEST_CASE("divide rounds the quotient to the asked precision", "[decimal]") {
    CHECK(divide(dec(u"1"), dec(u"3"), 4)->identical(dec(u"0.3333")));
    CHECK(divide(dec(u"2"), dec(u"3"), 2)->identical(dec(u"0.67")));
    CHECK(divide(dec(u"-2"), dec(u"3"), 2)->identical(dec(u"-0.67")));
    CHECK(divide(dec(u"2"), dec(u"-3"), 2)->identical(dec(u"-0.67")));
    CHECK(divide(dec(u"1"), dec(u"8"), 2)->identical(dec(u"0.13")));
    CHECK(divide(dec(u"10.5"), dec(u"0.5"), 0)->identical(dec(u"21")));
    // Wuhai 2024 growth: +8.20 on a previous 199.32 − 8.20 = 191.12 → 4.29 %.
    const Decimal previous = dec(u"199.32") - dec(u"8.20");
    CHECK(divide(dec(u"8.20") * Decimal::fromInt(100), previous, 2)->identical(dec(u"4.29")));
    CHECK_FALSE(divide(dec(u"1"), dec(u"0.00"), 2).has_value());
}

TEST_CASE("toDouble is close to the exact value", "[decimal]") {
    CHECK(dec(u"199.32").toDouble() == Approx(199.32));
    CHECK(dec(u"-0.05").toDouble() == Approx(-0.05));
}
