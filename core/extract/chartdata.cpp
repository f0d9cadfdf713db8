#include "core/extract/chartdata.h"

#include "core/extract/figuremaker.h"
#include "core/model/metriccatalogue.h"
#include "core/text/normalizer.h"

namespace juesuan::extract {

void extractChartData(const text::NormalizedText &text, model::MoneyUnit unit, FigureMaker &maker) {
    const auto &catalogue = model::MetricCatalogue::builtin();
    const QStringView all(text.text());
    const QString unitText = model::unitSymbol(unit);
    qsizetype lineBegin = 0;
    while (lineBegin < all.size()) {
        qsizetype lineEnd = all.indexOf(u'\n', lineBegin);
        if (lineEnd < 0)
            lineEnd = all.size();
        const QStringView line = all.mid(lineBegin, lineEnd - lineBegin);
        if (line.count(u'\t') >= 3) {
            // Cells with their offsets; trailing empty cells dropped.
            QList<std::pair<qsizetype, QStringView>> cells;
            qsizetype cellBegin = 0;
            for (qsizetype i = 0; i <= line.size(); ++i) {
                if (i == line.size() || line[i] == u'\t') {
                    const QStringView cell = line.mid(cellBegin, i - cellBegin).trimmed();
                    if (!cell.isEmpty())
                        cells.append({lineBegin + (cell.data() - line.data()), cell});
                    cellBegin = i + 1;
                }
            }
            const qsizetype half = cells.size() / 2;
            bool shaped = half >= 2 && cells.size() == 2 * half;
            QList<const model::MetricInfo *> metrics;
            for (qsizetype i = 0; shaped && i < half; ++i) {
                const auto *info = catalogue.findByLabel(cells[i].second);
                shaped = info && !model::Decimal::parse(cells[i].second) &&
                         model::Decimal::parse(cells[half + i].second);
                metrics.append(info);
            }
            for (qsizetype i = 0; shaped && i < half; ++i) {
                const auto &[offset, value] = cells[half + i];
                maker.add(model::QuantityKind::Money, value, unitText, offset,
                          offset + value.size(), metrics[i]->id, model::Facet::Value, {},
                          QStringLiteral("chart"), model::Origin::Chart);
            }
        }
        lineBegin = lineEnd + 1;
    }
}

} // namespace juesuan::extract
