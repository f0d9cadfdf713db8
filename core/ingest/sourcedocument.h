#pragma once

#include "core/model/span.h"

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace juesuan::ingest {

// A page of a paged source (PDF): where its text starts and ends in
// SourceDocument::text, and its size in points.
struct PageInfo {
    qsizetype textBegin = 0;
    qsizetype textEnd = 0;
    double width = 0;
    double height = 0;
};

// A word with its position on its page, for highlighting on a page image.
// Coordinates are in points from the page's top-left corner.
struct PositionedWord {
    model::Span span; // in SourceDocument::text, with its page
    QRectF box;
};

// A table as a grid of cell texts, with each cell's place in the text.
struct CellGrid {
    QString title;                   // caption or sheet name when known
    QString unitNote;                // e.g. "单位：万元" found above the table
    QList<QList<QString>> cells;     // rows × columns; empty cells are empty strings
    QList<QList<model::Span>> spans; // same shape as cells
    int firstPage = -1;
    // The first `headerRows` rows are the column headers. A header cell that
    // spans several columns (or rows) is repeated in each, with the same span,
    // so every column reads its full header path top to bottom.
    int headerRows = 0;
    model::Span span;   // the whole table in SourceDocument::text
    QStringList notes;  // "注：…" lines printed under the table
    QString sourcePath; // the file it came from, when a report is a group of files
    // The cells were placed by inference (a PDF table printed without ruling
    // lines, its columns rebuilt from where its words stand) rather than read
    // from the file's own structure: its figures are not surely read.
    bool cellsInferred = false;
};

// The cached data of an embedded chart (DOCX word/charts/chart*.xml).
struct ChartCache {
    QString title;
    QStringList categories;
    struct Series {
        QString name;
        QStringList values; // as cached, exact text ("1747.59")
    };
    QList<Series> series;
};

// What every reader produces: the text to extract from, plus whatever layout
// the format carries. Readers never interpret figures; the extractor does.
struct SourceDocument {
    QString path;
    QString format;   // "text", "pdf", "docx", "xlsx", "xls", "html"
    QString encoding; // for text sources: the charset it was decoded from
    QString text;     // the original text; every Span points into it
    QList<PageInfo> pages;
    QList<PositionedWord> words;
    QList<CellGrid> tables;
    QList<ChartCache> charts;
    QStringList warnings;
    // When several files were read as one report (a folder, or narrative and
    // tables published apart): the files, in the order their texts follow.
    QStringList memberPaths;
    // The file as read, for formats whose pages a view draws (PDF): the page
    // view renders from these bytes instead of opening the file again.
    QByteArray bytes;
};

// The boxes of the words of `span` that stand on `page` (the words are
// sorted by their text position), for drawing a figure on its page.
QList<QRectF> wordBoxes(const SourceDocument &source, const model::Span &span, int page);
// The 0-based page a span stands on: its own page when it has one, else the
// page whose text holds its start; -1 for a source without pages.
int pageAt(const SourceDocument &source, const model::Span &span);

} // namespace juesuan::ingest
