#pragma once

#include "core/model/figure.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace juesuan::model {

// What the report accounts for: the year's final accounts (决算) or its
// budget (预算). Both come from the same family of tables.
enum class ReportType { Unknown, FinalAccount, Budget };
QString reportTypeId(ReportType type); // "final", "budget", ""
// Whose report it is: a department's (部门, its units consolidated) or one
// unit's (单位).
enum class ReportScope { Unknown, Department, Unit };
QString reportScopeId(ReportScope scope); // "department", "unit", ""

// A numbered heading of the report ("第二部分", "五、", "（一）", "1.").
struct Section {
    QString id;     // path of numbers, e.g. "2/5/1" for 第二部分 五、（一）
    QString number; // as printed: "五"
    QString title;  // heading text after the number
    int level = 0;  // 0 part, 1 一、, 2 （一）, 3 1.
    Span heading;   // the heading in the original text
    Span body;      // from after the heading to the next heading of the same or higher level
};

// One row of a 项目支出绩效自评表's indicator block. Its 分值 and 得分 are
// figures (metric perf.indicator.weight / perf.indicator.score, subject
// "<project>/<row index>"); the other cells are text.
struct IndicatorRow {
    QString level1, level2, level3; // 一级/二级/三级指标
    QString nature;                 // 指标性质 (正向/反向/定性)
    QString comparator;             // 指标方向 (大于等于 …)
    QString target, actual, unit;   // 年度指标值, 实际完成值, 计量单位
    QString deviationReason;
};

// A table of the report as the extractor met it: which catalogue table it is
// (empty when the catalogue does not know it: it is kept, its figures are
// not read), its caption and where it starts.
struct ReportTable {
    QString id;                       // tables.json id: "summary", "income", "three_public" …
    QString title;                    // as printed
    int page = -1;                    // first page, 0-based; -1 for sources without pages
    Span span;                        // the whole table in the text
    MoneyUnit unit = MoneyUnit::None; // as its unit note states it
};

struct PerformanceTable {
    QString project; // 项目名称
    Span span;       // the whole table in the original text
    QList<IndicatorRow> indicators;
};

// Everything extracted from one report. A plain value: the UI wraps it in a
// document object; the checker and the comparator read it.
struct Report {
    QString sourcePath;
    QString text;     // the original decoded text that every Span points into
    QString encoding; // how the text was decoded ("UTF-8", "GB18030" …)

    QString unitName; // 乌海市总工会（差额）
    Span unitSpan;
    int year = 0;
    ReportType type = ReportType::Unknown;
    ReportScope scope = ReportScope::Unknown;
    // A blank template ("上海市XX局", "XX（部门）"): its tables carry no figures.
    bool isTemplate = false;
    MoneyUnit moneyUnit = MoneyUnit::None; // the unit most amounts are printed in

    QList<Section> sections;
    QList<ReportTable> tables;
    QList<Figure> figures;
    QList<PerformanceTable> performanceTables;
    QStringList warnings; // things the extractor wants the reader to know

    // First figure with that metric, facet and subject; nullptr when the report
    // does not state it (absent is not zero).
    const Figure *find(QStringView metric, Facet facet = Facet::Value,
                       QStringView subject = {}) const;
};

// Which statement of a figure the report states several times a reader is
// shown (key figures, charts, comparisons): the preferred origin's
// (model::originRank: the narrative) while every statement agrees within its
// printed precision; else a table's, the tables being what the numbers of a
// report are made from, and `conflicting` a statement that disagrees with it.
struct Statement {
    const Figure *shown = nullptr; // nullptr when the report does not state it
    const Figure *conflicting = nullptr;
};
Statement statementOf(const Report &report, QStringView metric, Facet facet = Facet::Value,
                      QStringView subject = {});

// What the report is, as far as it is known: "Department final accounts"
// (部门决算), "Unit budget" (单位预算), "Department" (部门) …, marked when it is
// a blank template; empty when neither its type nor its scope is known.
QString reportKindLabel(const Report &report, i18n::Language language = i18n::currentLanguage());
// The type alone, for narrow places (the report list): "Final" (决算),
// "Budget" (预算), marked when it is a blank template; empty when unknown.
QString reportTypeLabel(const Report &report, i18n::Language language = i18n::currentLanguage());

} // namespace juesuan::model
