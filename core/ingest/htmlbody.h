#pragma once

#include "core/ingest/htmltree.h"
#include "core/ingest/officegrid.h"

#include <QList>
#include <QString>
#include <variant>

namespace juesuan::ingest {

// Bounds on a page beyond which it is not a report (see htmlshape.h).
constexpr int maxHtmlDepth = 1024;                 // elements nested in each other
constexpr qsizetype maxHtmlTags = 400'000;         // start tags
constexpr qsizetype maxHtmlTableCells = 4'000'000; // rows × columns of one table

struct HtmlParagraph {
    QString text;           // one line, whitespace collapsed
    bool pageTitle = false; // the <title>: it names the page, not a table
};

struct HtmlTable {
    OfficeTable table; // merged cells recorded as origins
    QString caption;   // its <caption>, if any
};

using HtmlBlock = std::variant<HtmlParagraph, HtmlTable>;

// Reads a parsed page into paragraphs and tables in document order, the way
// a browser lays it out:
// - block elements (p, div, h1-h6, li, …) and <br> end a paragraph; inline
//   elements (span, a, font, …) do not; whitespace collapses as CSS collapses
//   it (a line break between two Chinese characters vanishes, elsewhere it is
//   a space; &nbsp; is a space here); the <title> comes first;
// - what a reader does not see is dropped: head content, scripts, styles,
//   form controls, hidden elements, navigation (<nav>, <aside>, and lists
//   whose every text is a link: menus and link lists);
// - a <table> whose cells hold values becomes an OfficeTable, colspan and
//   rowspan placed by the HTML table model; a table whose cells hold a
//   document (nested tables, headings, lists, several paragraphs), or that
//   has a single row or a single column, is a layout table (a frame, a
//   banner): its cells are read as blocks instead.
// Returns false, with `error` set, when elements nest deeper than
// maxHtmlDepth or a table spans more than maxHtmlTableCells.
bool collectHtmlBlocks(const HtmlTree &tree, QList<HtmlBlock> *blocks, QString *error);

} // namespace juesuan::ingest
