#pragma once

#include "core/extract/tablecatalogue.h"
#include "core/extract/tableview.h"
#include "core/model/report.h"

namespace juesuan::extract {

// How sure a table's reading is, for every figure read from it.
struct TableReading {
    model::MoneyUnit unit = model::MoneyUnit::None;
    QString doubt; // see model::Figure::doubt; empty when sure
};

// Turns one recognised table into figures.
//
// In a budget report the amounts are the year's plan (facet Budget). A
// column of another year ("2025年执行数", "上年预算数") is not read: its
// figures are not the report's own. In a table whose cells are named by
// keywords (三公), a name that several cells answer with different values
// is ambiguous, and so is a subject that several rows of one table state:
// none of them is read, and a warning names it (a reading that guesses is
// worse than none).
class TableFigureWriter {
public:
    TableFigureWriter(const TableView &view, const TableSpec &spec, const TableReading &reading,
                      const TableCatalogue &catalogue, model::Report &report);
    void write();

private:
    bool namesOtherYear(const QString &text) const;
    bool isOtherYear(int column) const;
    QString rowLabel(int row) const;
    int unitTotalRow(const TableBlock &block) const;
    struct KeywordRows {
        QList<int> stating; // the rows whose cells state the table's figures
        QList<int> parts;   // rows that break the 合计 row down by unit
    };
    KeywordRows keywordRows() const;
    std::pair<QString, model::Facet> keywordCell(int column, const QString &label) const;
    // Figures from `firstFigure` on that state one key with different values
    // are dropped, with every other figure of their metric and facet from
    // this table (the table is a breakdown, not a statement per subject);
    // equal ones are kept once. `subjectsOnly`: only
    // members of collections (a table-level figure may be stated twice, on
    // both sides of a summary, and is compared by stated_twice).
    void dropAmbiguous(qsizetype firstFigure, bool subjectsOnly);
    void writeBlock(const TableBlock &block);
    void writeKeywordCells();
    void writeRule(const TableRowRule &rule, const TableBlock &block, int row,
                   const QString &subject = {}, const QString &code = {});
    void add(const QString &metric, model::Facet facet, int row, int column,
             const QString &subject = {}, const QString &code = {});

    const TableView &m_view;
    const TableSpec &m_spec;
    TableReading m_reading;
    const TableCatalogue &m_catalogue;
    model::Report &m_report;
};

} // namespace juesuan::extract
