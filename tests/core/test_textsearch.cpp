// Searching a report's text as a reader types: widths, thousands separators
// and spaces inside numbers do not matter; hits are the original spans.
#include "core/text/textsearch.h"

#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

QStringList hits(const QString &original, const QString &query) {
    const text::NormalizedText text = text::Normalizer::normalize(original);
    QStringList quoted;
    for (const auto &[begin, end] : text::findInText(text, query))
        quoted.append(original.mid(begin, end - begin));
    return quoted;
}

} // namespace

TEST_CASE("A number is found however it is printed and however it is typed", "[text][search]") {
    const QString text = QStringLiteral("支出合计2,940.05万元，其中基本支出 2336.91 万元；"
                                        "项目支出６０３．１４万元。");
    // Typed without the separator, found with it (the span is the printed form).
    CHECK(hits(text, QStringLiteral("2940.05")) == QStringList{QStringLiteral("2,940.05")});
    // Typed with it, found too.
    CHECK(hits(text, QStringLiteral("2,940")) == QStringList{QStringLiteral("2,940")});
    // Full-width digits in the text, typed half-width, and the other way round.
    CHECK(hits(text, QStringLiteral("603.14")) == QStringList{QStringLiteral("６０３．１４")});
    CHECK(hits(text, QStringLiteral("２３３６")) == QStringList{QStringLiteral("2336")});
    // A space between a number and its unit is not needed in the query.
    CHECK(hits(text, QStringLiteral("2336.91万元")) == QStringList{QStringLiteral("2336.91 万元")});
}

TEST_CASE("Words are found each time they stand, Latin letters whatever their case",
          "[text][search]") {
    const QString text = QStringLiteral("基本支出，项目支出。GDP 与 gdp。");
    CHECK(hits(text, QStringLiteral("支出")).size() == 2);
    CHECK(hits(text, QStringLiteral("Gdp")) ==
          (QStringList{QStringLiteral("GDP"), QStringLiteral("gdp")}));
    CHECK(hits(text, QStringLiteral("  ")).isEmpty());
    CHECK(hits(text, QStringLiteral("预算")).isEmpty());
}
