#include "core/text/pinyin.h"

#include <memory>
#include <unicode/coll.h>
#include <unicode/translit.h>
#include <unicode/uscript.h>

namespace juesuan::text {
namespace {

const char16_t *utf16(QStringView text) {
    return reinterpret_cast<const char16_t *>(text.utf16());
}

// ICU transliterators and collators are costly to build and not safe to share
// between threads: one prototype is built once, each thread uses its own clone.
icu::Transliterator *romaniser() {
    static const std::unique_ptr<icu::Transliterator> prototype = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> created(icu::Transliterator::createInstance(
            "Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(created) : nullptr;
    }();
    thread_local const std::unique_ptr<icu::Transliterator> clone(prototype ? prototype->clone()
                                                                            : nullptr);
    return clone.get();
}

icu::Collator *pinyinCollator() {
    static const std::unique_ptr<icu::Collator> prototype = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> created(
            icu::Collator::createInstance(icu::Locale("zh@collation=pinyin"), status));
        return U_SUCCESS(status) ? std::move(created) : nullptr;
    }();
    thread_local const std::unique_ptr<icu::Collator> clone(prototype ? prototype->clone()
                                                                      : nullptr);
    return clone.get();
}

bool isHan(char32_t codePoint) {
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(UChar32(codePoint), &status) == USCRIPT_HAN && U_SUCCESS(status);
}

// Romanises a run of Han characters. ICU separates the syllables with spaces,
// which is why runs never include the text's own spaces.
void appendHanRun(QStringView run, PinyinKeys &keys) {
    icu::Transliterator *transliterator = romaniser();
    if (!transliterator) {
        keys.full += run;
        keys.initials += run;
        return;
    }
    icu::UnicodeString text(utf16(run), int32_t(run.size()));
    transliterator->transliterate(text);
    const QStringView latin(text.getBuffer(), text.length());
    for (const QStringView syllable : latin.tokenize(u' ', Qt::SkipEmptyParts)) {
        keys.full += syllable;
        keys.initials += syllable.first(1);
    }
}

} // namespace

PinyinKeys pinyinKeys(QStringView text) {
    PinyinKeys keys;
    qsizetype runStart = -1;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        char32_t codePoint = text[i++].unicode();
        if (QChar::isHighSurrogate(codePoint) && i < text.size() && text[i].isLowSurrogate())
            codePoint = QChar::surrogateToUcs4(char16_t(codePoint), text[i++].unicode());
        if (isHan(codePoint)) {
            if (runStart < 0)
                runStart = start;
            continue;
        }
        if (runStart >= 0) {
            appendHanRun(text.sliced(runStart, start - runStart), keys);
            runStart = -1;
        }
        const QString lower = text.sliced(start, i - start).toString().toLower();
        keys.full += lower;
        keys.initials += lower;
    }
    if (runStart >= 0)
        appendHanRun(text.sliced(runStart), keys);
    return keys;
}

bool matchesFilter(QStringView name, const PinyinKeys &keys, QStringView filter) {
    const QStringView trimmed = filter.trimmed();
    if (trimmed.isEmpty() || name.contains(trimmed, Qt::CaseInsensitive))
        return true;
    QString compact;
    compact.reserve(trimmed.size());
    for (const QChar c : trimmed) {
        if (!c.isSpace())
            compact += c.toLower();
    }
    return keys.full.contains(compact) || keys.initials.contains(compact);
}

int comparePinyin(QStringView a, QStringView b) {
    icu::Collator *collator = pinyinCollator();
    if (!collator)
        return a.compare(b);
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result =
        collator->compare(utf16(a), int32_t(a.size()), utf16(b), int32_t(b.size()), status);
    if (U_FAILURE(status))
        return a.compare(b);
    return int(result);
}

} // namespace juesuan::text
