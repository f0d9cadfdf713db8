// The phrasing table compiled into the core (resources/core/patterns*.json):
// its regular expressions are compiled on first use, so an invalid one would
// only show when a report reached it. Every one is compiled here instead.
#include "core/extract/patterntable.h"
#include "tests/core/catchqtstrings.h"

#include <catch2/catch.hpp>

using namespace juesuan;

TEST_CASE("every built-in phrasing pattern compiles", "[extract][patterns]") {
    const extract::PatternTable &table = extract::PatternTable::builtin();
    REQUIRE(table.rules().size() >= 50);
    REQUIRE(table.clauses().size() >= 4);
    CHECK(table.patternErrors() == QStringList());
}

TEST_CASE("an invalid phrasing pattern is named with its reason", "[extract][patterns]") {
    QString error;
    const extract::PatternTable table = extract::PatternTable::fromJson(
        {{QStringLiteral("broken.json"),
          QByteArray(
              R"({"rules": [{"id": "open_group", "section": "*", "pattern": "支出(合计"}]})")}},
        &error);
    REQUIRE(error.isEmpty());
    const QStringList errors = table.patternErrors();
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().startsWith(QStringLiteral("rule open_group: ")));
    CHECK(errors.first().contains(QStringLiteral("offset")));
}
