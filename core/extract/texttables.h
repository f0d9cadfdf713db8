#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace juesuan::extract {

// A table found in extracted text, cells with their normalised offsets.
struct TextTable {
    struct Cell {
        QString text;        // trimmed; continuation lines joined without a break
        qsizetype begin = 0; // normalised offsets of the cell's text
        qsizetype end = 0;
    };
    QList<QList<Cell>> rows;
    qsizetype begin = 0; // the whole table
    qsizetype end = 0;
};

// Reads the table that starts on the line containing normalised offset `at`.
// Two shapes come out of text extraction:
// - one row per line, cells separated by tabs (PDF text, e.g. the Wuhai sample);
// - one cell per line behind a leading tab, rows separated by blank lines, a
//   cell's further lines without the tab (DOCX text, e.g. the Ordos sample).
// The table ends where a line without a tab follows a blank line.
TextTable readTextTable(QStringView text, qsizetype at);

} // namespace juesuan::extract
