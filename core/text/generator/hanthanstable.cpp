// Build-time generator: writes the single-unit Traditional → Simplified pairs
// of ICU's "Hant-Hans" transliterator as a C++ array initialiser, so that the
// program does not compile the transliterator's rules at every start (about
// 13 ms, a fifth of a headless `check`). Run by the build; its output is
// included by text/traditionalchinese.cpp.
#include <cstdio>
#include <memory>
#include <unicode/translit.h>
#include <unicode/uniset.h>
#include <unicode/usetiter.h>

int main(int argc, char **argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUTPUT\n", argv[0]);
        return 2;
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> transliterator(
        icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !transliterator) {
        std::fprintf(stderr, "ICU has no Hant-Hans transliterator: %s\n", u_errorName(status));
        return 1;
    }
    std::FILE *out = std::fopen(argv[1], "w");
    if (!out)
        return 1;
    std::fprintf(out, "// Generated from ICU %s's Hant-Hans transliterator. Do not edit.\n",
                 U_ICU_VERSION);
    icu::UnicodeSet sources;
    transliterator->getSourceSet(sources);
    icu::UnicodeSetIterator it(sources);
    int pairs = 0;
    while (it.next()) {
        if (it.isString() || it.getCodepoint() > 0xFFFF)
            continue;
        const auto from = char16_t(it.getCodepoint());
        icu::UnicodeString converted{UChar32(from)};
        transliterator->transliterate(converted);
        if (converted.length() == 1 && converted.charAt(0) != from)
            std::fprintf(out, "{0x%04X, 0x%04X},%s", unsigned(from), unsigned(converted.charAt(0)),
                         ++pairs % 6 ? " " : "\n");
    }
    std::fprintf(out, "\n");
    return std::fclose(out) == 0 ? 0 : 1;
}
