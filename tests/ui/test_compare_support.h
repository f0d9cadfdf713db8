#pragma once

// Shared set-up of the comparison tests: the two sample reports (A = Wuhai
// 2024, B = Ordos 2023, unit against unit) and the year-over-year fixture
// pair, loaded as documents, and the comparison row of a metric.
#include "tests/ui/uitestapp.h"
#include "ui/compare/comparisondocument.h"
#include "ui/document/reportdocument.h"

#include <QImage>
#include <QSet>
#include <memory>

namespace comparetest {

struct LoadedPair {
    std::unique_ptr<juesuan::ui::ReportDocument> first, second;
    std::unique_ptr<juesuan::ui::ComparisonDocument> comparison;
};

inline LoadedPair loadPair(const QString &first, const QString &second) {
    LoadedPair pair;
    pair.first.reset(uitest::loadDocument(first));
    pair.second.reset(uitest::loadDocument(second));
    pair.comparison =
        std::make_unique<juesuan::ui::ComparisonDocument>(pair.first.get(), pair.second.get());
    return pair;
}

inline LoadedPair samples() {
    return loadPair(uitest::wuhaiPath(), uitest::ordosPath());
}

inline QString fixturePath(const QString &name) {
    return QStringLiteral(JUESUAN_TEST_DATA_DIR "/compare/") + name;
}

// The later report comes first on purpose: the earlier one must still become A.
inline LoadedPair yearOverYear() {
    return loadPair(fixturePath(QStringLiteral("wuhai-2024-false-claim.txt")),
                    fixturePath(QStringLiteral("wuhai-2023-derived.txt")));
}

// The index into Comparison::rows of a metric, facet and subject; -1 if absent.
inline int rowOf(const juesuan::compare::Comparison &comparison, QStringView metric,
                 juesuan::model::Facet facet = juesuan::model::Facet::Value,
                 QStringView subject = {}) {
    for (int i = 0; i < comparison.rows.size(); ++i) {
        const auto &row = comparison.rows[i];
        if (row.metric == metric && row.facet == facet && row.subject() == subject)
            return i;
    }
    return -1;
}

// Distinct colours, and the share of pixels that are not near-white.
inline std::pair<qsizetype, double> inkOf(const QImage &image) {
    QSet<QRgb> colours;
    qint64 inked = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            colours.insert(pixel);
            if (qRed(pixel) < 240 || qGreen(pixel) < 240 || qBlue(pixel) < 240)
                ++inked;
        }
    return {colours.size(), double(inked) / (qint64(image.width()) * image.height())};
}

// Whether the image has at least `minimum` pixels of exactly `colour`.
inline bool hasColour(const QImage &image, const QColor &colour, int minimum = 50) {
    const QRgb wanted = colour.rgb() & 0xffffff;
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if ((image.pixel(x, y) & 0xffffff) == wanted && ++count >= minimum)
                return true;
    return false;
}

} // namespace comparetest
