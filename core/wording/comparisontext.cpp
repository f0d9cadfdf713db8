#include "core/wording/comparisontext.h"

#include "core/wording/figuretext.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace juesuan::wording {
namespace {

// Gives lupdate and the run time the same context for these free functions.
struct CompareText {
    Q_DECLARE_TR_FUNCTIONS(ComparisonText)
};

// A signed number with a true minus sign and thousands separators.
QString signedNumber(const model::Decimal &value, const QString &unit) {
    if (value.isZero())
        return formatValue(value, unit);
    const QString magnitude = formatValue(value.isNegative() ? -value : value, unit);
    return (value.isNegative() ? QString(QChar(0x2212)) : QStringLiteral("+")) + magnitude;
}

model::QuantityKind rowKind(const compare::ComparisonRow &row) {
    return row.a ? row.a->kind() : (row.b ? row.b->kind() : model::QuantityKind::Money);
}

} // namespace

QString missingText() {
    return QString(QChar(0x2014));
}

QString yearText(int year) {
    if (year <= 0)
        return CompareText::tr("year unknown");
    return CompareText::tr("FY%1", "a report's fiscal year; Chinese: %1年").arg(year);
}

QString reportName(const model::Report &report) {
    const QString unit =
        report.unitName.isEmpty() ? QFileInfo(report.sourcePath).fileName() : report.unitName;
    return CompareText::tr("%1 %2", "unit name and year").arg(unit, yearText(report.year));
}

QString sideName(const compare::Comparison &comparison, compare::Side side) {
    const model::Report *report = side == compare::Side::A ? comparison.a : comparison.b;
    if (!report)
        return side == compare::Side::A ? QStringLiteral("A") : QStringLiteral("B");
    switch (comparison.mode) {
    case compare::Mode::YearOverYear:
        return yearText(report->year);
    case compare::Mode::PlanVsActual:
        return side == compare::Side::A ? CompareText::tr("Budget", "the planned side (预算数)")
                                        : CompareText::tr("Actual", "the final side (决算数)");
    case compare::Mode::UnitVsUnit:
        break;
    }
    return reportName(*report);
}

QString sideTag(const compare::Comparison &comparison, compare::Side side) {
    const QString tag = side == compare::Side::A ? QStringLiteral("A") : QStringLiteral("B");
    if (comparison.mode == compare::Mode::UnitVsUnit)
        return tag;
    return tag + u" · " + sideName(comparison, side);
}

QString sideLegend(const compare::Comparison &comparison, compare::Side side) {
    const QString tag = side == compare::Side::A ? QStringLiteral("A") : QStringLiteral("B");
    return tag + u" · " + sideName(comparison, side);
}

QString modeText(compare::Mode mode) {
    switch (mode) {
    case compare::Mode::YearOverYear:
        return CompareText::tr("Year over year");
    case compare::Mode::PlanVsActual:
        return CompareText::tr("Budget execution", "plan against actual: 预算执行");
    case compare::Mode::UnitVsUnit:
        break;
    }
    return CompareText::tr("Unit vs unit");
}

QString comparisonTitle(const compare::Comparison &comparison) {
    if (!comparison.a || !comparison.b)
        return {};
    if (comparison.mode == compare::Mode::YearOverYear) {
        const QString unit =
            comparison.b->unitName.isEmpty() ? comparison.a->unitName : comparison.b->unitName;
        return CompareText::tr("%1: %2 → %3", "unit: earlier year → later year")
            .arg(unit, yearText(comparison.a->year), yearText(comparison.b->year));
    }
    if (comparison.mode == compare::Mode::PlanVsActual) {
        const QString unit =
            comparison.b->unitName.isEmpty() ? comparison.a->unitName : comparison.b->unitName;
        return CompareText::tr("%1: %2 budget → final accounts", "unit: year, budget → final")
            .arg(unit, yearText(comparison.b->year));
    }
    return CompareText::tr("%1 ↔ %2", "report A ↔ report B")
        .arg(reportName(*comparison.a), reportName(*comparison.b));
}

QString rowTitle(const compare::ComparisonRow &row) {
    return figureTitle(row.metric, row.facet, row.subject());
}

QString rowItemText(const compare::ComparisonRow &row) {
    const QString subject = row.subject();
    if (subject.isEmpty())
        return figureTitle(row.metric, row.facet, {});
    return subject.section(u'/', -1);
}

QString sideValueText(const std::optional<model::Quantity> &value) {
    return value ? quantityText(*value) : missingText();
}

QString deltaText(const compare::ComparisonRow &row) {
    if (!row.delta)
        return missingText();
    switch (rowKind(row)) {
    case model::QuantityKind::Money:
        return signedNumber(*row.delta, model::moneyUnitLabel(row.unit));
    case model::QuantityKind::Percent:
        // The difference of two shares or rates is in percentage points.
        return signedNumber(*row.delta, CompareText::tr("pp", "percentage points"));
    case model::QuantityKind::Count:
    case model::QuantityKind::Score:
        break;
    }
    return signedNumber(*row.delta, {});
}

QString deltaPercentText(const compare::ComparisonRow &row) {
    if (!row.deltaPercent)
        return missingText();
    return signedNumber(*row.deltaPercent, QStringLiteral("%"));
}

QString executionText(const compare::ComparisonRow &row) {
    if (!row.execution)
        return missingText();
    return formatValue(*row.execution, QStringLiteral("%"));
}

int deltaSign(const compare::ComparisonRow &row) {
    if (!row.delta || row.delta->isZero())
        return 0;
    return row.delta->isNegative() ? -1 : 1;
}

} // namespace juesuan::wording
