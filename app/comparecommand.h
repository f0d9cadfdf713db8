#pragma once

#include "app/commandline.h"
#include "core/compare/comparison.h"
#include "core/model/report.h"

#include <array>
#include <optional>

namespace juesuan::app {

// The two reports `juesuan compare A B` names, read and extracted (the
// comparison checks what it shows); nothing, after a line on stderr, when
// one cannot be read.
std::optional<std::array<model::Report, 2>> comparedReports(const CommandLine &commandLine);

// Prints the comparison as asked: one JSON document with --json, else a text
// table unless only images were asked for.
void printComparison(const CommandLine &commandLine, const compare::Comparison &comparison);

// `juesuan compare A B` without images: the aligned differences as a table or
// JSON. Exit 2 when a file cannot be read.
int runCompare(const CommandLine &commandLine);

} // namespace juesuan::app
