#pragma once

#include "core/ingest/pdfwords.h"

#include <QList>
#include <QString>

namespace juesuan::ingest {

// A visual line: words that share a baseline, left to right.
struct PdfLine {
    int page = 0;
    QList<int> words; // indices into the page's words, by x
    double baseline = 0;
    double fontSize = 0; // the largest on the line
    double left = 0;
    double right = 0;
    // A running header or footer repeated on most pages (see
    // markRunningLines): page furniture, not content.
    bool running = false;
};

// Groups a page's words into lines by baseline (within a third of the font
// size) and orders the lines top to bottom, so reading order follows the
// page and not the order the producer wrote the text in.
QList<PdfLine> buildLines(const PdfPage &page, int pageIndex);

// Runs of words on a line that are separated by less than `gapFactor` font
// sizes: the line's cells or phrases. Indices into `line.words`.
QList<QList<int>> lineSegments(const PdfPage &page, const PdfLine &line, double gapFactor = 1.5);

// Joins words as a reader would: no space between two CJK characters (Chinese
// tables space characters out to justify them), one space elsewhere when the
// words were apart.
void appendWordText(QString &text, const PdfWord *previous, const PdfWord &word);
// Whether a space goes between text ending in `last` and `word`. Between two
// CJK characters only in prose (`keepCjkSpaces`), where the space was typed.
bool needsSpace(QChar last, const PdfWord &previous, const PdfWord &word,
                bool keepCjkSpaces = false);
bool isCjk(QChar c);
// Whether `word` is the rest of a number that a narrow table cell wrapped
// onto its next line ("21,118.5" above "1"): digits on both sides of the
// break, and nothing but number characters in the next piece.
bool continuesNumber(QChar last, const PdfWord &previous, const PdfWord &word);

} // namespace juesuan::ingest
