#include "core/extract/extractor.h"

#include "core/extract/chartdata.h"
#include "core/extract/figuremaker.h"
#include "core/extract/identity.h"
#include "core/extract/narrativeextractor.h"
#include "core/extract/patterntable.h"
#include "core/extract/performancetables.h"
#include "core/extract/sections.h"
#include "core/extract/tablefigures.h"
#include "core/model/metriccatalogue.h"
#include "core/text/normalizer.h"

#include <QCoreApplication>

namespace juesuan::extract {
namespace {

void appendSections(const QList<SectionRange> &ranges, const text::NormalizedText &text,
                    model::Report &report) {
    for (const SectionRange &range : ranges) {
        model::Section section;
        section.id = range.id;
        section.number = range.number;
        section.title = range.title;
        section.level = range.level;
        const auto [headingBegin, headingEnd] =
            text.toOriginal(range.headingBegin, range.headingEnd);
        section.heading = {headingBegin, headingEnd, -1};
        const auto [bodyBegin, bodyEnd] = text.toOriginal(range.headingEnd, range.end);
        section.body = {bodyBegin, bodyEnd, -1};
        report.sections.append(std::move(section));
    }
}

// A budget states the plan of its year: an amount it states as such is a
// planned amount (facet Budget), whichever sentence or table states it.
// Performance targets keep their own facets.
void statePlannedAmounts(model::Report &report) {
    for (model::Figure &figure : report.figures)
        if (figure.facet == model::Facet::Value && !figure.metric.startsWith(u"perf."))
            figure.facet = model::Facet::Budget;
}

} // namespace

model::Report extractReport(const ingest::SourceDocument &source) {
    model::Report report;
    report.sourcePath = source.path;
    report.text = source.text;
    report.encoding = source.encoding;
    report.warnings = source.warnings;
    report.figures.reserve(512); // a full report states 400-500 figures

    const text::NormalizedText normalized = text::Normalizer::normalize(source.text);
    const PatternTable &patterns = PatternTable::builtin();
    const auto &catalogue = model::MetricCatalogue::builtin();

    const QList<SectionRange> sections = findSections(normalized.text(), patterns);
    appendSections(sections, normalized, report);
    // Who and what the report is comes first: a budget is read with a
    // budget's phrasings.
    identifyReport(source, normalized, report);
    extractNarrativeFigures(normalized, narrativeSections(sections), patterns, catalogue, report);
    identifyMoneyUnit(report); // of the narrative: the default of the tables

    FigureMaker maker(normalized, report);
    const model::MoneyUnit unit =
        report.moneyUnit == model::MoneyUnit::None ? model::MoneyUnit::WanYuan : report.moneyUnit;
    extractPerformanceTables(normalized, unit, maker, report);
    extractChartData(normalized, unit, maker);
    appendTableFigures(source, report);
    if (report.type == model::ReportType::Budget)
        statePlannedAmounts(report);
    identifyMoneyUnit(report); // of all amounts, the tables' included

    if (report.isTemplate)
        // Its unit is a placeholder ("上海市XX局"): a form to fill in, whose
        // blank tables and "XXX万元" lines are not a report's figures.
        report.warnings.append(QCoreApplication::translate(
                                   "Extractor",
                                   "a blank template, not a report: its unit is named “%1” and its "
                                   "amounts are left to fill in, so there is nothing to check")
                                   .arg(report.unitName));
    else if (report.figures.isEmpty())
        report.warnings.append(QCoreApplication::translate(
            "Extractor", "no figures found: this does not look like a final-account or budget report"));
    else if (report.year == 0 || report.unitName.isEmpty())
        report.warnings.append(
            QCoreApplication::translate("Extractor", "the unit name or the year was not found"));
    return report;
}

} // namespace juesuan::extract
