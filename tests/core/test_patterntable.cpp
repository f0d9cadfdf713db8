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

TEST_CASE("a phrasing's required text is what every match of it contains", "[extract][patterns]") {
    using extract::requiredLiteral;
    CHECK(requiredLiteral(u"收入、支出决算总计(?:均为|为)?(?<value>\\d+)") ==
          QStringLiteral("收入、支出决算总计"));
    // A quantifier takes the character before it out of the run.
    CHECK(requiredLiteral(u"公务用车保有量为?(?<value>\\d+)辆") ==
          QStringLiteral("公务用车保有量"));
    CHECK(requiredLiteral(u"ab??c") == QStringLiteral("a"));
    CHECK(requiredLiteral(u"ab{2}c") == QStringLiteral("a"));
    // Groups, classes and escapes are not read; the longest run outside them is.
    CHECK(requiredLiteral(u"(?:与|比|较)上年(?:度)?") == QStringLiteral("上年"));
    CHECK(requiredLiteral(u"^[，]?占(?:[^，。；%\\d]{0,20}?)?") == QStringLiteral("占"));
    CHECK(requiredLiteral(u"[)]ab\\(cde") == QStringLiteral("cde"));
    CHECK(requiredLiteral(u"\\p{Han}+?（项）。?") == QStringLiteral("（项）"));
    // Nothing is required when the top level alternates, when inline options
    // may change what the text matches, or where a brace is not a quantifier.
    CHECK(requiredLiteral(u"收入|支出").isEmpty());
    CHECK(requiredLiteral(u"(?i)abc").isEmpty());
    CHECK(requiredLiteral(u"a{b").isEmpty());
    CHECK(requiredLiteral(u"(?:a|b)?").isEmpty());
}

TEST_CASE("a phrasing is tried only on text holding what it requires", "[extract][patterns]") {
    const extract::PatternTable &table = extract::PatternTable::builtin();
    for (const extract::ClauseRule &clause : table.clauses()) {
        INFO(clause.id.toStdString());
        if (!clause.phrasing.literal.isEmpty())
            CHECK_FALSE(clause.phrasing.mayMatchIn(u"无关的文字"));
    }
    const extract::Phrasing &reason = table.reason();
    const QString stated = QStringLiteral("变动原因：人员增加。");
    CHECK(reason.mayMatchIn(stated));
    CHECK(reason.regex.match(stated).hasMatch());
}
