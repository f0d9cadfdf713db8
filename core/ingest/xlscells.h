#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <chrono>
#include <optional>

class QIODevice;

namespace juesuan::ingest {

// The cells of an Excel 97-2003 workbook as FreeXL reads them, and the way
// they travel from the process that reads them to the one that uses them.
//
// FreeXL 1.0.6 (Debian 12) reads past its buffers and crashes on damaged or
// hostile .xls files (tests/data/fuzz-regressions/xls). No fix of ours
// reaches into it, so untrusted bytes never meet it in the program's own
// process: the reader (xlsreader.cpp) runs the small program juesuan-xls,
// which opens the file with FreeXL and writes what it found to its standard
// output; a crash there costs that file alone, refused with a reason.

struct XlsCell {
    quint32 row = 0;
    quint16 column = 0;
    bool number = false; // a number as text with up to 15 significant digits
    QString text;
};

struct XlsSheet {
    QString name;
    bool readable = true; // false: FreeXL could not select it or size it
    QList<XlsCell> cells;
};

struct XlsCells {
    enum class Outcome : qint32 {
        Read,
        NotOpened,     // not a workbook FreeXL can open (another OLE file, damaged)
        Encrypted,     // the workbook needs a password
        TooManySheets, // past maxSheets; `sheetCount` says how many
        TooManyValues, // past maxValues in all sheets together
        OutOfTime,     // the deadline passed in sheet `sheets.last()`
    };
    Outcome outcome = Outcome::Read;
    quint32 sheetCount = 0;
    QList<XlsSheet> sheets;
};

// Bounds of the reading process, so that what it writes stays bounded too:
// a report's workbook has one sheet per table, a few dozen at most.
constexpr quint32 maxXlsSheets = 256;
constexpr qsizetype maxXlsValues = 2'000'000;

// In the reading process: FreeXL on the file, stopping at the bounds and at
// `maxTime` (zero: no limit).
XlsCells readXlsCells(const QByteArray &fileName, std::chrono::milliseconds maxTime);
void writeXlsCells(QIODevice &out, const XlsCells &cells);

// In the program: what the reading process wrote, or nullopt when it is not
// a whole and well-formed message (the process died, or wrote garbage).
std::optional<XlsCells> parseXlsCells(const QByteArray &bytes);

} // namespace juesuan::ingest
