#pragma once

#include "model/report.h"
#include "tablecatalogue.h"
#include "tableview.h"

namespace juesuan::extract {

// Turns one recognised table into figures.
class TableFigureWriter {
public:
    TableFigureWriter(const TableView &view, const TableSpec &spec, model::MoneyUnit unit,
                      const TableCatalogue &catalogue, model::Report &report);
    void write();

private:
    void writeBlock(const TableBlock &block);
    void writeKeywordCells();
    void writeRule(const TableRowRule &rule, const TableBlock &block, int row,
                   const QString &subject = {}, const QString &code = {});
    void add(const QString &metric, model::Facet facet, int row, int column,
             const QString &subject = {}, const QString &code = {});

    const TableView &m_view;
    const TableSpec &m_spec;
    model::MoneyUnit m_unit;
    const TableCatalogue &m_catalogue;
    model::Report &m_report;
};

} // namespace juesuan::extract
