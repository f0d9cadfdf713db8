#include "traditionalchinese.h"

#include <array>
#include <memory>
#include <unicode/translit.h>
#include <unicode/uniset.h>
#include <unicode/usetiter.h>

namespace juesuan::text {
namespace {

bool isHan(char16_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

// Traditional → Simplified for every BMP character Hant-Hans changes to a single
// unit (0 where it changes nothing). Built once (about a millisecond) from the
// transliterator's rules; a flat table because it is consulted per character.
using SimplificationTable = std::array<char16_t, 0x10000>;

const SimplificationTable &simplificationTable() {
    static const auto table = [] {
        auto result = std::make_unique<SimplificationTable>();
        result->fill(0);
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> transliterator(
            icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !transliterator)
            return result;
        icu::UnicodeSet sources;
        transliterator->getSourceSet(sources);
        icu::UnicodeSetIterator it(sources);
        while (it.next()) {
            if (it.isString() || it.getCodepoint() > 0xFFFF)
                continue;
            const auto from = char16_t(it.getCodepoint());
            icu::UnicodeString converted{UChar32(from)};
            transliterator->transliterate(converted);
            if (converted.length() == 1 && converted.charAt(0) != from)
                (*result)[from] = char16_t(converted.charAt(0));
        }
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
