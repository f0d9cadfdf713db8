#include "core/text/normalizer.h"

#include <catch2/catch.hpp>

using juesuan::text::NormalizedText;
using juesuan::text::Normalizer;

namespace {

// The original text that normalised [begin, end) maps back to.
QString originalOf(const QString &original, const NormalizedText &normalized, qsizetype begin,
                   qsizetype end) {
    const auto [b, e] = normalized.toOriginal(begin, end);
    return original.mid(b, e - b);
}

} // namespace

TEST_CASE("Full-width digits and punctuation become one canonical spelling", "[text]") {
    const QString original = QStringLiteral("收入总计１２３．４５万元，占１００％（含）");
    const NormalizedText n = Normalizer::normalize(original);
    CHECK(n.text() == QStringLiteral("收入总计123.45万元，占100%（含）"));
    const QString ascii = QStringLiteral("结余(含专用结余):0万元;完成");
    CHECK(Normalizer::normalize(ascii).text() == QStringLiteral("结余（含专用结余）：0万元；完成"));
}

TEST_CASE("Thousands separators and spaces inside numbers are dropped, offsets map back",
          "[text]") {
    const QString original = QStringLiteral("合计 2,940.05 万元，共 1 336.82 万元，占 12.5 %");
    const NormalizedText n = Normalizer::normalize(original);
    CHECK(n.text() == QStringLiteral("合计2940.05万元，共1336.82万元，占12.5%"));
    const qsizetype at = n.text().indexOf(QStringLiteral("2940.05万元"));
    CHECK(originalOf(original, n, at, at + 9) == QStringLiteral("2,940.05 万元"));
    const qsizetype second = n.text().indexOf(QStringLiteral("1336.82"));
    CHECK(originalOf(original, n, second, second + 7) == QStringLiteral("1 336.82"));
}

TEST_CASE("Every normalised position maps to an original position in order", "[text]") {
    const QString original =
        QStringLiteral("[bookmark: _Toc342]第一部分 概况\r\n（１）收入 1,234 万元\n\n表\t1\t2");
    const NormalizedText n = Normalizer::normalize(original);
    qsizetype previous = -1;
    for (qsizetype i = 0; i <= n.size(); ++i) {
        const qsizetype o = n.toOriginal(i);
        CHECK(o > previous);
        CHECK(o <= original.size());
        previous = o;
    }
    CHECK(n.text().startsWith(QStringLiteral("第一部分概况\n")));
}

TEST_CASE("Extraction artefacts are removed", "[text]") {
    const NormalizedText n =
        Normalizer::normalize(QStringLiteral("[bookmark: _Toc3755]一、收入支出决算总体情况说明"));
    CHECK(n.text() == QStringLiteral("一、收入支出决算总体情况说明"));
    CHECK(n.toOriginal(0) == 20);
}

TEST_CASE("A sentence broken by a page break is joined, paragraphs and headings are not",
          "[text]") {
    const QString broken = QStringLiteral(
        "1. 行政事业单位养老支出（款）行政单位离退休（项）。年\n\n初预算 24.34 万元，支出决算");
    CHECK(Normalizer::normalize(broken).text() ==
          QStringLiteral(
              "1.行政事业单位养老支出（款）行政单位离退休（项）。年初预算24.34万元，支出决算"));

    const QString decimalAfterBreak =
        QStringLiteral("项目自评得分 100 分。全年预算数为\n\n22.81 万元，执行数为");
    CHECK(Normalizer::normalize(decimalAfterBreak).text() ==
          QStringLiteral("项目自评得分100分。全年预算数为22.81万元，执行数为"));

    const QString paragraphs = QStringLiteral("收支总计各增加8.20万元。\n\n（一）收入决算总计");
    CHECK(Normalizer::normalize(paragraphs).text() ==
          QStringLiteral("收支总计各增加8.20万元。\n\n（一）收入决算总计"));

    const QString heading =
        QStringLiteral("（一）一般公共服务（类）\n\n一般公共服务（类）决算数为");
    CHECK(Normalizer::normalize(heading).text() == heading);
}

TEST_CASE("Traditional text becomes Simplified, Simplified text is left alone", "[text]") {
    const QString traditional = QStringLiteral("烏海市總工會決算說明，與年初預算相比增長");
    const NormalizedText n = Normalizer::normalize(traditional);
    CHECK(n.text() == QStringLiteral("乌海市总工会决算说明，与年初预算相比增长"));
    CHECK(n.size() == traditional.size());
    // 著 is a Traditional form too, but in Simplified text it stays (显著).
    const QString simplified = QStringLiteral("工会宣传工作质效显著提升，取得了显著成效。");
    CHECK(Normalizer::normalize(simplified).text() == simplified);
}
