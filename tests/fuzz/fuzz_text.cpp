// libFuzzer target: any bytes as a .txt file, read, extracted and checked.
#include "tests/fuzz/fuzzanalyse.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    return juesuan::fuzz::analyseInput(data, size, QStringLiteral("input.txt"));
}
