#include "core/extract/tablefigures.h"

#include "core/extract/tablecatalogue.h"
#include "core/extract/tablefigurewriter.h"
#include "core/extract/tableview.h"

#include <QCoreApplication>

namespace juesuan::extract {

void appendTableFigures(const ingest::SourceDocument &source, model::Report &report) {
    const TableCatalogue &catalogue = TableCatalogue::builtin();
    for (const ingest::CellGrid &grid : source.tables) {
        const TableSpec *spec = catalogue.recognise(grid.title);
        const TableView view(grid, &source.words);
        report.tables.append(
            {spec ? spec->id : QString(), grid.title, grid.firstPage, grid.span, view.unit()});
        if (!spec) {
            if (!grid.title.isEmpty())
                report.warnings.append(QCoreApplication::translate(
                                           "Tables", "table “%1” is not one of the known tables: "
                                                     "its figures are not read")
                                           .arg(grid.title));
            continue;
        }
        TableReading reading;
        reading.unit = view.unit();
        if (reading.unit == model::MoneyUnit::None) {
            reading.unit = report.moneyUnit == model::MoneyUnit::None ? model::MoneyUnit::WanYuan
                                                                      : report.moneyUnit;
            reading.doubt = QStringLiteral("unit_unstated");
            report.warnings.append(
                QCoreApplication::translate("Tables", "table “%1” states no unit: read in %2")
                    .arg(grid.title, model::unitSymbol(reading.unit)));
        }
        if (grid.cellsInferred)
            reading.doubt = QStringLiteral("columns_guessed");
        TableFigureWriter(view, *spec, reading, catalogue, report).write();
    }
}

} // namespace juesuan::extract
