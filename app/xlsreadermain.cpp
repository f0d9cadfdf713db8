// juesuan-xls FILE MAX_MILLISECONDS: reads an Excel 97-2003 workbook with
// FreeXL and writes its cells to standard output for the program that
// started it. FreeXL crashes on damaged files; in a process of its own that
// costs the one file (core/ingest/xlscells.h).
#include "core/ingest/xlscells.h"

#include <QFile>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

namespace {

// The reading process may not take more memory than this (a sanitizer's
// build reserves terabytes of address space for its shadow: none there).
constexpr rlim_t maxAddressSpace = rlim_t(2) * 1024 * 1024 * 1024;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool sanitized = true;
#else
constexpr bool sanitized = false;
#endif
#else
constexpr bool sanitized = false;
#endif

} // namespace

int main(int argc, char *argv[]) {
    if (argc != 3) {
        std::fputs("usage: juesuan-xls FILE MAX_MILLISECONDS\n", stderr);
        return 2;
    }
    if (!sanitized) {
        const rlimit limit{maxAddressSpace, maxAddressSpace};
        setrlimit(RLIMIT_AS, &limit);
    }
    const auto cells = juesuan::ingest::readXlsCells(
        QByteArray(argv[1]), std::chrono::milliseconds(std::strtoll(argv[2], nullptr, 10)));
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 2;
    juesuan::ingest::writeXlsCells(out, cells);
    return out.flush() ? 0 : 2;
}
