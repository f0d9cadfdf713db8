#pragma once

#include "core/ingest/sourcedocument.h"

#include <QList>
#include <QPoint>
#include <QString>

namespace juesuan::ingest {

// A table as office formats store it: a rectangle of cell texts where a
// merged cell's text sits in its top-left cell and `origin` points every
// covered cell at it (x = column, y = row).
struct OfficeTable {
    QList<QList<QString>> cells;
    QList<QList<QPoint>> origin;
    bool mergesKnown = true; // false for XLS: FreeXL does not report merges

    static OfficeTable sized(int rows, int columns);
    int rowCount() const { return int(cells.size()); }
    int columnCount() const { return cells.isEmpty() ? 0 : int(cells.first().size()); }
    void merge(int top, int left, int bottom, int right);
};

// The CellGrid of an office table, ready for SourceWriter::appendGrid:
// - rows at the top holding one text across the table become the title
//   ("…决算表") or the unit note ("单位：万元") when those are not known yet;
// - the header is the rows above the first one with an amount (a 合计 row
//   of an empty table ends it too); merged header cells repeat their text
//   in every column and row they cover (without merge information, an empty
//   header cell takes the text on its left, except in the last header row);
// - empty rows and columns around the table are dropped.
// `origins` receives, per cell, the cell whose text it repeats.
CellGrid toCellGrid(OfficeTable table, const QString &title, const QString &unitNote,
                    QList<QList<QPoint>> *origins);

class SourceWriter;

// Writes a sheet's table (its caption, unit note and rows) into the document
// and adds its grid; the sheet's name names it when no caption row does. A
// sheet whose values stand in one column is text and is written as lines.
// Returns whether a table was added.
bool appendSheet(SourceWriter &writer, SourceDocument &document, const OfficeTable &table,
                 const QString &sheetName);

// "单位：万元" inside a text, or empty.
QString unitNoteIn(const QString &text);
// A caption without its unit note: "收入决算表（单位：万元）" → "收入决算表".
QString withoutUnitNote(const QString &text);
// Whether a paragraph or a cell names a table ("…决算表", "表3 …").
bool looksLikeTableTitle(const QString &text);

} // namespace juesuan::ingest
