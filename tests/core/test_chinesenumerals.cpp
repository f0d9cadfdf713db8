#include "core/text/chinesenumerals.h"
#include "tests/core/catchqtstrings.h"

#include <QString>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>
#include <vector>

using juesuan::text::parseChineseNumeral;

namespace {

struct Numeral {
    const char16_t *text;
    int value;
};

// Section numbers (一、 … 十四、), counts (二级项目五个), formal digits as on
// cheques and in some tables, and digits as they come out of PDFs.
const Numeral numerals[] = {
    {u"一", 1},         {u"二", 2},         {u"两", 2},          {u"五", 5},
    {u"十", 10},        {u"十一", 11},      {u"十四", 14},       {u"二十", 20},
    {u"二十一", 21},    {u"九十九", 99},    {u"一百", 100},      {u"一百零五", 105},
    {u"一百一十", 110}, {u"两百", 200},     {u"三千五百", 3500}, {u"一千零一", 1001},
    {u"一万", 10000},   {u"〇", 0},         {u"零", 0},          {u"壹", 1},
    {u"贰拾", 20},      {u"壹佰零伍", 105}, {u"叁仟肆佰", 3400}, {u"14", 14},
    {u"0", 0},          {u"１４", 14},      {u"２０２４", 2024}, {u"007", 7},
};

const char16_t *const notNumerals[] = {
    u"",            // nothing
    u"abc",         // letters
    u"十四abc",     // a numeral followed by other text
    u"十四五",      // a prefix that parses is not enough
    u"一二三",      // digit-by-digit reading of a list, not one number
    u"一点五",      // not a whole number
    u"收入",        // ordinary words
    u"①",           // an enclosed number is not a decimal digit
    u"1十",         // mixed scripts
    u"12345678901", // digits past the int range
    u"十 四",       // a space inside
};

} // namespace

TEST_CASE("Chinese numerals and digits parse to their values", "[numerals]") {
    for (const Numeral &n : numerals) {
        const QStringView text(n.text);
        INFO(text.toString().toStdString());
        CHECK(parseChineseNumeral(text) == n.value);
    }
}

TEST_CASE("Strings that are not a whole numeral give nullopt", "[numerals]") {
    for (const char16_t *text : notNumerals) {
        INFO(QStringView(text).toString().toStdString());
        CHECK_FALSE(parseChineseNumeral(QStringView(text)).has_value());
    }
}

TEST_CASE("Repeated numerals give the same answer (cache)", "[numerals]") {
    for (int round = 0; round < 3; ++round) {
        for (const Numeral &n : numerals)
            CHECK(parseChineseNumeral(QStringView(n.text)) == n.value);
        for (const char16_t *text : notNumerals)
            CHECK_FALSE(parseChineseNumeral(QStringView(text)).has_value());
    }
}

TEST_CASE("A numeral inside a longer string parses through a view", "[numerals]") {
    const QString heading = QStringLiteral("十四、预算绩效情况说明");
    CHECK(parseChineseNumeral(QStringView(heading).first(2)) == 14);
}

TEST_CASE("Numerals parse correctly on several threads at once", "[numerals]") {
    std::atomic<int> wrong = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&wrong] {
            for (int round = 0; round < 50; ++round) {
                for (const Numeral &n : numerals) {
                    if (parseChineseNumeral(QStringView(n.text)) != n.value)
                        ++wrong;
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    CHECK(wrong == 0);
}
