#pragma once

#include <QString>
#include <cstddef>
#include <cstdint>

namespace juesuan::fuzz {

// What every reader's fuzz target does with its input: the bytes are a file
// called `fileName` (whose suffix picks the reader when the content has no
// signature) and go through the program's own path, analysis::analyseBytes:
// reading, extraction and the check with every relation instance kept.
// A refused input is a normal outcome; only a crash, a sanitizer report, a
// hang or running out of memory is a finding. Returns 0.
int analyseInput(const std::uint8_t *data, std::size_t size, const QString &fileName);

} // namespace juesuan::fuzz
