#include "core/text/chinesenumerals.h"

#include <limits>
#include <memory>
#include <unicode/fmtable.h>
#include <unicode/rbnf.h>
#include <unordered_map>

namespace juesuan::text {
namespace {

constexpr int notANumeral = -1;
// Bounds the per-thread cache: bad input may hold many distinct short strings.
constexpr std::size_t maxCachedNumerals = 4096;
// Digit strings longer than this would overflow int; they are not counts.
constexpr qsizetype maxDigits = 9;

std::optional<int> parseDigits(QStringView numeral) {
    if (numeral.size() > maxDigits)
        return std::nullopt;
    int value = 0;
    for (const QChar c : numeral)
        value = value * 10 + c.digitValue();
    return value;
}

bool allDigits(QStringView numeral) {
    for (const QChar c : numeral) {
        // Decimal digits only: ASCII and full-width, not superscripts or ①.
        if (!c.isDigit())
            return false;
    }
    return true;
}

// ICU's zh spellout rules know 十四, 一百零五, 两, 〇 and the formal 贰拾; every
// public rule set is tried and the longest match wins. Formatters are not
// thread-safe, so each thread owns one, created on first use.
icu::RuleBasedNumberFormat *spelloutFormat() {
    thread_local std::unique_ptr<icu::RuleBasedNumberFormat> format = [] {
        UErrorCode status = U_ZERO_ERROR;
        auto created = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT,
                                                                    icu::Locale("zh"), status);
        return U_SUCCESS(status) ? std::move(created) : nullptr;
    }();
    return format.get();
}

int parseSpellout(QStringView numeral) {
    icu::RuleBasedNumberFormat *format = spelloutFormat();
    if (!format)
        return notANumeral;
    const icu::UnicodeString text(false, reinterpret_cast<const char16_t *>(numeral.utf16()),
                                  int32_t(numeral.size()));
    icu::Formattable result;
    icu::ParsePosition position(0);
    format->parse(text, result, position);
    // A prefix match ("十四" of "十四五") is not the numeral asked about.
    if (position.getIndex() != text.length())
        return notANumeral;
    UErrorCode status = U_ZERO_ERROR;
    const double value = result.getDouble(status);
    if (U_FAILURE(status) || value < 0 || value > std::numeric_limits<int>::max() ||
        value != double(qint64(value)))
        return notANumeral;
    return int(value);
}

// Section numbers and counts are one to four characters; such a numeral packs
// into one integer key (no character is 0 in a numeral, so the length is implied).
std::optional<quint64> cacheKey(QStringView numeral) {
    if (numeral.size() > 4)
        return std::nullopt;
    quint64 key = 0;
    for (qsizetype i = 0; i < numeral.size(); ++i) {
        const char16_t unit = numeral[i].unicode();
        if (unit == 0)
            return std::nullopt;
        key |= quint64(unit) << (16 * i);
    }
    return key;
}

int cachedSpellout(QStringView numeral) {
    const auto key = cacheKey(numeral);
    if (!key)
        return parseSpellout(numeral);
    thread_local std::unordered_map<quint64, int> cache;
    if (const auto found = cache.find(*key); found != cache.end())
        return found->second;
    if (cache.size() >= maxCachedNumerals)
        cache.clear();
    const int value = parseSpellout(numeral);
    cache.emplace(*key, value);
    return value;
}

} // namespace

std::optional<int> parseChineseNumeral(QStringView numeral) {
    if (numeral.isEmpty())
        return std::nullopt;
    if (allDigits(numeral))
        return parseDigits(numeral);
    const int value = cachedSpellout(numeral);
    if (value == notANumeral)
        return std::nullopt;
    return value;
}

} // namespace juesuan::text
