#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>
#include <chrono>

namespace juesuan::ingest {

// One word as Poppler lays it out, with its box rebuilt from the baseline.
//
// Poppler's boxes come from each font's ascent and descent, which broken
// embedded fonts get wrong by a factor (in the Shanghai sample a CJK font's box
// is a quarter of the font size tall, a Latin font's nearly twice it), so two
// words on one line can have tops 14 pt apart and a naive sort by top puts a
// line before the one it follows. The baseline is estimated at 80% down the
// reported box (fonts keep roughly that ratio of ascent to descent when their
// metrics are scaled wrongly), and `box` is rebuilt around it from the font size.
struct PdfWord {
    QString text;
    QRectF box; // glyph box, points from the page's top-left corner
    double baseline = 0;
    double fontSize = 0;
    bool spaceAfter = false;

    double left() const { return box.left(); }
    double right() const { return box.right(); }
    double centerX() const { return box.center().x(); }
};

// A ruling line a page draws: a stroked segment, or a filled rectangle too
// thin to be anything but a line (spreadsheet exports draw cell borders so).
// Horizontal rulings run from `from` to `to` along x at height `at`;
// vertical ones along y at `at`. Points, in the same frame as the words.
struct PdfRuling {
    bool horizontal = true;
    double at = 0;
    double from = 0;
    double to = 0;
};

struct PdfPage {
    double width = 0;
    double height = 0;
    QList<PdfWord> words;
    QList<PdfRuling> rulings;
};

// Loads every page's words and ruling lines in one pass over its content.
// Refuses, with a reason a user can act on, documents that are damaged or
// truncated, encrypted with a password, or that have no text layer at all
// (scanned images); and stops, with a reason, past its bounds on pages and
// words or after `maxTime` (checked inside each page too; zero: no limit).
// A damaged file that Poppler can still read (a cross-reference table it had
// to rebuild, a page whose content is partly garbage) is read as far as it
// goes, with a line in `warnings` for each thing that could not be.
bool loadPdfPages(const QByteArray &bytes, QList<PdfPage> *pages, QStringList *warnings,
                  QString *error, std::chrono::milliseconds maxTime = {});

} // namespace juesuan::ingest
