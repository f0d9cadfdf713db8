#pragma once

#include "core/ingest/htmltree.h"
#include "core/ingest/officegrid.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace juesuan::ingest {

// A <table> as the HTML table model lays it out: its rows in the order a
// browser shows them (head rows first, foot rows last, whatever their place
// in the markup), each cell in the first column its row leaves free, its
// colspan and rowspan covering the slots to the right and below (a rowspan
// stops at the end of its row group; rowspan 0 reaches it).
class HtmlTableLayout {
public:
    explicit HtmlTableLayout(const GumboNode *table);

    const GumboNode *caption() const { return m_caption; }

    // A table that frames a page rather than holding values: one row or one
    // column (a banner, a box), or a cell holding a document (a nested table,
    // a heading, a list, several paragraphs). `depth` is the table's own.
    bool isLayout(int depth) const;

    // The cells' texts (from `cellText`, which may fail and stop the
    // placing) in a rectangle, merged cells recorded as origins; nullopt
    // with `error` set when `cellText` fails or the table spans more than
    // maxHtmlTableCells.
    using CellText = std::function<bool(const GumboNode *cell, QString *text)>;
    std::optional<OfficeTable> place(const CellText &cellText, QString *error) const;

private:
    struct Row {
        const GumboNode *element;
        int groupEnd; // the row after the last of its row group
    };
    QList<Row> m_rows;
    const GumboNode *m_caption = nullptr;
};

} // namespace juesuan::ingest
