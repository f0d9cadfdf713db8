#include "core/text/pinyin.h"
#include "tests/core/catchqtstrings.h"

#include <QStringList>
#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>
#include <vector>

using namespace juesuan::text;

namespace {

struct Keys {
    const char16_t *text;
    const char16_t *full;
    const char16_t *initials;
};

const Keys keyCases[] = {
    {u"乌海市总工会", u"wuhaishizonggonghui", u"whszgh"},
    {u"鄂尔多斯市总工会（本级）", u"eerduosishizonggonghui（benji）", u"eedsszgh（bj）"},
    {u"上海市普陀区财政局", u"shanghaishiputuoqucaizhengju", u"shsptqczj"},
    {u"2024年度ABC", u"2024nianduabc", u"2024ndabc"},
    {u"乌海 总工会", u"wuhai zonggonghui", u"wh zgh"},
    {u"", u"", u""},
};

} // namespace

TEST_CASE("Pinyin keys: full syllables and initials, other characters lowercased", "[pinyin]") {
    for (const Keys &k : keyCases) {
        const PinyinKeys keys = pinyinKeys(QStringView(k.text));
        INFO(QStringView(k.text).toString().toStdString());
        CHECK(keys.full == QStringView(k.full));
        CHECK(keys.initials == QStringView(k.initials));
    }
}

TEST_CASE("The filter matches the name, its pinyin or its initials", "[pinyin]") {
    const QString name = QStringLiteral("乌海市总工会");
    const PinyinKeys keys = pinyinKeys(name);
    const struct {
        const char16_t *filter;
        bool matches;
    } cases[] = {
        {u"乌海", true},     {u"总工", true},
        {u"wuhai", true},    {u"WuHai", true},
        {u"  whs  ", true},  {u"whszgh", true},
        {u"gonghui", true},  {u"wu hai", true},
        {u"", true},         {u"   ", true},
        {u"beijing", false}, {u"鄂尔多斯", false},
        {u"whx", false},     {u"wuhaishi zong gong hui x", false},
    };
    for (const auto &c : cases) {
        INFO(QStringView(c.filter).toString().toStdString());
        CHECK(matchesFilter(name, keys, QStringView(c.filter)) == c.matches);
    }
}

TEST_CASE("The filter matches Latin letters in a name case-insensitively", "[pinyin]") {
    const QString name = QStringLiteral("ABC银行");
    CHECK(matchesFilter(name, pinyinKeys(name), u"abc"));
    CHECK(matchesFilter(name, pinyinKeys(name), u"abcyx"));
    CHECK(matchesFilter(name, pinyinKeys(name), u"Yinxing"));
}

TEST_CASE("comparePinyin orders by pinyin, not by code point", "[pinyin]") {
    // Code point order would put 中 (U+4E2D) before 北 (U+5317).
    CHECK(comparePinyin(u"北京", u"中山") < 0);
    CHECK(comparePinyin(u"中山", u"北京") > 0);
    CHECK(comparePinyin(u"乌海市总工会", u"乌海市总工会") == 0);

    QStringList names = {QStringLiteral("乌海市总工会"), QStringLiteral("上海市普陀区财政局"),
                         QStringLiteral("阿拉善盟财政局"), QStringLiteral("鄂尔多斯市总工会"),
                         QStringLiteral("北京市财政局")};
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return comparePinyin(a, b) < 0; });
    const QStringList expected = {QStringLiteral("阿拉善盟财政局"), QStringLiteral("北京市财政局"),
                                  QStringLiteral("鄂尔多斯市总工会"),
                                  QStringLiteral("上海市普陀区财政局"),
                                  QStringLiteral("乌海市总工会")};
    CHECK(names == expected);
}

TEST_CASE("Pinyin keys and ordering work on several threads at once", "[pinyin]") {
    std::atomic<int> wrong = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&wrong] {
            for (int round = 0; round < 20; ++round) {
                for (const Keys &k : keyCases) {
                    const PinyinKeys keys = pinyinKeys(QStringView(k.text));
                    if (keys.full != QStringView(k.full) ||
                        keys.initials != QStringView(k.initials))
                        ++wrong;
                }
                if (comparePinyin(u"北京", u"中山") >= 0)
                    ++wrong;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    CHECK(wrong == 0);
}
