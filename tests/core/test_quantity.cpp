#include "core/model/quantity.h"
#include "tests/core/catchqtstrings.h"

#include <catch2/catch.hpp>

using namespace juesuan::model;

namespace {

Decimal dec(const char16_t *text) {
    const auto parsed = Decimal::parse(QStringView(text));
    REQUIRE(parsed);
    return *parsed;
}

} // namespace

TEST_CASE("万元 convert to 元 exactly and keep their precision", "[quantity]") {
    const Quantity total = Quantity::money(dec(u"199.32"), MoneyUnit::WanYuan);
    // 199.32 万元 printed to 0.01 万元 = 100 元: the result is 1993200 with no decimals.
    CHECK(total.inYuan().identical(dec(u"1993200")));
    CHECK(total.in(MoneyUnit::Yuan).identical(dec(u"1993200")));
    CHECK(total.in(MoneyUnit::WanYuan).identical(dec(u"199.32")));
    CHECK(Quantity::money(dec(u"1.23456"), MoneyUnit::WanYuan).inYuan().identical(dec(u"12345.6")));
}

TEST_CASE("元 convert to 万元 exactly with more decimals", "[quantity]") {
    const Quantity amount = Quantity::money(dec(u"12345"), MoneyUnit::Yuan);
    CHECK(amount.in(MoneyUnit::WanYuan).identical(dec(u"1.2345")));
    CHECK(Quantity::money(dec(u"800.50"), MoneyUnit::Yuan)
              .in(MoneyUnit::WanYuan)
              .identical(dec(u"0.080050")));
    // There and back is the same value.
    const Decimal wan = amount.in(MoneyUnit::WanYuan);
    CHECK(Quantity::money(wan, MoneyUnit::WanYuan).inYuan() == dec(u"12345"));
}

TEST_CASE("亿元 convert through the same exact shifts", "[quantity]") {
    const Quantity amount = Quantity::money(dec(u"1.5"), MoneyUnit::YiYuan);
    CHECK(amount.in(MoneyUnit::WanYuan).identical(dec(u"15000")));
    CHECK(amount.inYuan() == Decimal::fromInt(150000000));
    CHECK(Quantity::money(dec(u"2940.05"), MoneyUnit::WanYuan)
              .in(MoneyUnit::YiYuan)
              .identical(dec(u"0.294005")));
}

TEST_CASE("Only money carries a unit", "[quantity]") {
    CHECK(Quantity(QuantityKind::Percent, dec(u"4.29"), MoneyUnit::WanYuan).unit() ==
          MoneyUnit::None);
    CHECK(Quantity::percent(dec(u"4.29")).kind() == QuantityKind::Percent);
    CHECK(Quantity::count(5).value() == Decimal::fromInt(5));
    CHECK(Quantity::count(5).unit() == MoneyUnit::None);
    CHECK(Quantity::money(dec(u"1"), MoneyUnit::WanYuan).unit() == MoneyUnit::WanYuan);
}

TEST_CASE("Quantities are equal only with the same kind, unit and precision", "[quantity]") {
    const Quantity a = Quantity::money(dec(u"24"), MoneyUnit::WanYuan);
    CHECK(a == Quantity::money(dec(u"24"), MoneyUnit::WanYuan));
    CHECK_FALSE(a == Quantity::money(dec(u"24.00"), MoneyUnit::WanYuan));
    CHECK_FALSE(a == Quantity::money(dec(u"24"), MoneyUnit::Yuan));
    CHECK_FALSE(Quantity::percent(dec(u"24")) == Quantity::score(dec(u"24")));
}

TEST_CASE("Unit symbols and ids round-trip", "[quantity]") {
    for (MoneyUnit unit : {MoneyUnit::Yuan, MoneyUnit::WanYuan, MoneyUnit::YiYuan}) {
        CHECK(unitFromSymbol(unitSymbol(unit)) == unit);
        CHECK_FALSE(unitId(unit).isEmpty());
    }
    CHECK(unitFromSymbol(u"万") == MoneyUnit::WanYuan);
    CHECK(unitFromSymbol(u"美元") == MoneyUnit::None);
    CHECK(yuanExponent(MoneyUnit::WanYuan) == 4);
    CHECK(yuanExponent(MoneyUnit::YiYuan) == 8);
    CHECK(yuanExponent(MoneyUnit::Yuan) == 0);
}

TEST_CASE("Quantities display with their unit", "[quantity]") {
    CHECK(Quantity::money(dec(u"199.32"), MoneyUnit::WanYuan).toDisplayString() == u"199.32 万元");
    CHECK(Quantity::percent(dec(u"4.29")).toDisplayString() == u"4.29%");
    CHECK(Quantity::count(5).toDisplayString() == u"5");
    CHECK(Quantity::score(dec(u"94.5")).toDisplayString() == u"94.5");
}

TEST_CASE("A value shown in another unit converts money only", "[quantity]") {
    const Quantity yuan = Quantity::money(dec(u"13368201.00"), MoneyUnit::Yuan);
    CHECK(yuan.valueIn(MoneyUnit::WanYuan).identical(dec(u"1336.820100")));
    CHECK(yuan.valueIn(MoneyUnit::Yuan).identical(dec(u"13368201.00")));
    CHECK(yuan.valueIn(MoneyUnit::None).identical(dec(u"13368201.00")));
    const Quantity unitless = Quantity::money(dec(u"5.5"), MoneyUnit::None);
    CHECK(unitless.valueIn(MoneyUnit::WanYuan).identical(dec(u"5.5")));
    CHECK(Quantity::percent(dec(u"14.75")).valueIn(MoneyUnit::Yuan).identical(dec(u"14.75")));
}
