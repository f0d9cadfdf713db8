#include "metricpalette.h"

#include <QHash>
#include <array>

namespace juesuan::ui {
namespace {

// Tableau-like qualitative colours: distinguishable, readable on white, and
// not relying on red/green alone (red is kept for errors in the findings).
constexpr std::array<QRgb, 12> qualitative{
    0x4e79a7, 0xf28e2b, 0x59a14f, 0xb07aa1, 0x76b7b2, 0xedc948,
    0xff9da7, 0x9c755f, 0x86bcb6, 0xd37295, 0xa0cbe8, 0x8cd17d,
};

const QHash<QString, QRgb> &fixedColours() {
    static const QHash<QString, QRgb> colours{
        {QStringLiteral("income.total"), 0x4e79a7},
        {QStringLiteral("expenditure.total"), 0xf28e2b},
        {QStringLiteral("income.current_year"), 0x4e79a7},
        {QStringLiteral("expenditure.current_year"), 0xf28e2b},
        // Income sources.
        {QStringLiteral("income.general_budget"), 0x4e79a7},
        {QStringLiteral("income.gov_fund"), 0x59a14f},
        {QStringLiteral("income.state_capital"), 0x9c755f},
        {QStringLiteral("income.superior_subsidy"), 0xb07aa1},
        {QStringLiteral("income.business"), 0x76b7b2},
        {QStringLiteral("income.operating"), 0xedc948},
        {QStringLiteral("income.affiliated"), 0xff9da7},
        {QStringLiteral("income.other"), 0xbab0ac},
        // Expenditure kinds.
        {QStringLiteral("expenditure.basic"), 0x2f6ea5},
        {QStringLiteral("expenditure.project"), 0xf28e2b},
        {QStringLiteral("expenditure.remit_superior"), 0xb07aa1},
        {QStringLiteral("expenditure.operating"), 0xedc948},
        {QStringLiteral("expenditure.affiliated_subsidy"), 0x76b7b2},
        // Basic expenditure.
        {QStringLiteral("basic.personnel"), 0x59a14f},
        {QStringLiteral("basic.public"), 0xd37295},
        {QStringLiteral("gp.basic"), 0x2f6ea5},
        {QStringLiteral("gp.project"), 0xf28e2b},
        {QStringLiteral("gp.expenditure"), 0x4e79a7},
        {QStringLiteral("func.expenditure"), 0x4e79a7},
        // 三公.
        {QStringLiteral("threepublic.total"), 0x4e79a7},
        {QStringLiteral("threepublic.abroad"), 0x76b7b2},
        {QStringLiteral("threepublic.vehicle"), 0xf28e2b},
        {QStringLiteral("threepublic.reception"), 0xb07aa1},
        // Performance.
        {QStringLiteral("perf.project.score"), 0x59a14f},
        {QStringLiteral("perf.table.total_score"), 0x59a14f},
    };
    return colours;
}

} // namespace

QColor MetricPalette::color(QStringView metricId) {
    const auto &fixed = fixedColours();
    if (const auto it = fixed.constFind(metricId.toString()); it != fixed.constEnd())
        return QColor(*it);
    // qHash is seeded per process; a stable hash keeps colours stable across runs.
    quint32 hash = 2166136261u;
    for (const QChar ch : metricId)
        hash = (hash ^ ch.unicode()) * 16777619u;
    return QColor(qualitative[hash % qualitative.size()]);
}

QColor MetricPalette::color(QStringView metricId, model::Facet facet) {
    const QColor base = color(metricId);
    if (facet == model::Facet::Budget)
        return base.lighter(155);
    return base;
}

QColor MetricPalette::seriesColor(int index) {
    return QColor(qualitative[static_cast<std::size_t>(qAbs(index)) % qualitative.size()]);
}

} // namespace juesuan::ui
