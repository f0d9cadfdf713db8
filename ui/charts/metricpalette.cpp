#include "ui/charts/metricpalette.h"

#include <QHash>
#include <array>

namespace juesuan::ui {
namespace {

// Every colour here stays clear of the side colours of a comparison (A blue,
// B orange, and their budget tints): parts of a structure chart stand in
// bars labelled A and B, and a blue part would read as "A". Red is kept for
// errors in the findings. Distinguishable on white and from each other.
constexpr std::array<QRgb, 12> sideFree{
    0x59a14f, 0x6a3d9a, 0x1b9e77, 0xedc948, 0xd37295, 0x9c755f,
    0x86bcb6, 0xff9da7, 0xb6992d, 0xd4a6c8, 0xbcbd22, 0xbab0ac,
};

// The metrics the charts draw. The income sources and the expenditure kinds
// all differ from each other, as the structure chart shows both groups under
// one legend.
const QHash<QString, QRgb> &fixedColours() {
    static const QHash<QString, QRgb> colours{
        // Income sources.
        {QStringLiteral("income.general_budget"), 0x59a14f},
        {QStringLiteral("income.gov_fund"), 0x9c755f},
        {QStringLiteral("income.state_capital"), 0xd4a6c8},
        {QStringLiteral("income.superior_subsidy"), 0xedc948},
        {QStringLiteral("income.business"), 0x86bcb6},
        {QStringLiteral("income.operating"), 0xff9da7},
        {QStringLiteral("income.affiliated"), 0xd37295},
        {QStringLiteral("income.other"), 0xbab0ac},
        {QStringLiteral("income.fiscal"), 0x8cd17d},
        // Expenditure kinds.
        {QStringLiteral("expenditure.basic"), 0x1b9e77},
        {QStringLiteral("expenditure.project"), 0x6a3d9a},
        {QStringLiteral("expenditure.remit_superior"), 0xb6992d},
        {QStringLiteral("expenditure.operating"), 0xbcbd22},
        {QStringLiteral("expenditure.affiliated_subsidy"), 0x666666},
        // Basic expenditure.
        {QStringLiteral("basic.personnel"), 0x59a14f},
        {QStringLiteral("basic.public"), 0xd37295},
        // The general public budget's classes: the green of 一般公共预算.
        {QStringLiteral("func.expenditure"), 0x59a14f},
        {QStringLiteral("threepublic.total"), 0xb07aa1},
        {QStringLiteral("perf.project.score"), 0x59a14f},
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
    return QColor(sideFree[hash % sideFree.size()]);
}

QColor MetricPalette::color(QStringView metricId, model::Facet facet) {
    const QColor base = color(metricId);
    if (facet != model::Facet::Budget)
        return base;
    // Close to halfway to white: a pastel of any hue (QColor::lighter would turn a
    // saturated green into a glaring lime).
    constexpr float towardsWhite = 0.45f;
    return QColor::fromRgbF(base.redF() + (1 - base.redF()) * towardsWhite,
                            base.greenF() + (1 - base.greenF()) * towardsWhite,
                            base.blueF() + (1 - base.blueF()) * towardsWhite);
}

} // namespace juesuan::ui
