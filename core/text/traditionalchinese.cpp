#include "core/text/traditionalchinese.h"

#include <array>
#include <memory>

namespace juesuan::text {
namespace {

bool isHan(char16_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

// Traditional → Simplified for every BMP character Hant-Hans changes to a single
// unit (0 where it changes nothing); a flat table because it is consulted per
// character. The pairs are taken from ICU's transliterator at build time
// (generator/hanthanstable.cpp): compiling its rules at run time cost 13 ms
// of every process start.
using SimplificationTable = std::array<char16_t, 0x10000>;

struct Pair {
    char16_t traditional;
    char16_t simplified;
};

constexpr Pair simplifications[] = {
#include "hanthans.inc"
};

const SimplificationTable &simplificationTable() {
    static const auto table = [] {
        auto result = std::make_unique<SimplificationTable>();
        result->fill(0);
        for (const Pair &pair : simplifications)
            (*result)[pair.traditional] = pair.simplified;
        return result;
    }();
    return *table;
}

} // namespace

bool simplifyTraditional(QString &text) {
    const auto &table = simplificationTable();
    qsizetype han = 0;
    qsizetype traditional = 0;
    for (const QChar c : std::as_const(text)) {
        if (!isHan(c.unicode()))
            continue;
        ++han;
        if (table[c.unicode()] != 0)
            ++traditional;
    }
    if (traditional < 3 || traditional * 100 < han)
        return false;
    for (QChar &c : text)
        if (const char16_t simplified = table[c.unicode()])
            c = QChar(simplified);
    return true;
}

} // namespace juesuan::text
