// The tables of the Shanghai sample PDF, rebuilt from their ruling lines,
// against a golden file written by hand from the page images.

#include "core/ingest/reader.h"
#include "tests/core/catchqtstrings.h"
#include "tests/core/testdata.h"

#include <QHash>
#include <QStringList>
#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

const QString shanghaiPdf = QStringLiteral("samples/shanghai-putuo-caizhengju-2024-final.pdf");

struct ColumnCheck {
    QString rowLabel; // "*": the first body row
    QStringList header;
    QString value;
};

struct GoldenTable {
    QString title;
    QString unitNote;
    QStringList rows; // non-empty cells joined by " | "
    QList<ColumnCheck> columns;
};

QList<GoldenTable> readGolden() {
    const QString text =
        QString::fromUtf8(readTestData(QStringLiteral("formats/shanghai-tables.golden.txt")));
    QList<GoldenTable> tables;
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(u"==")) {
            // "== <title> [<unit note>]"
            QString title = line.mid(2).trimmed();
            QString unit;
            if (title.endsWith(u']') && title.contains(u'[')) {
                const qsizetype open = title.lastIndexOf(u'[');
                unit = title.mid(open + 1, title.size() - open - 2);
                title = title.left(open).trimmed();
            }
            tables.append({title, unit, {}, {}});
        } else if (line.startsWith(u"@ ") && !tables.isEmpty()) {
            const QStringList parts = line.mid(2).split(QStringLiteral(" | "));
            tables.last().columns.append(
                {parts.value(0), parts.value(1).split(u'/'), parts.value(2)});
        } else if (!line.trimmed().isEmpty() && !line.startsWith(u'#') && !tables.isEmpty()) {
            tables.last().rows.append(line.trimmed());
        }
    }
    return tables;
}

const ingest::SourceDocument &shanghai() {
    static const ingest::SourceDocument document = [] {
        auto result = ingest::readSource(testDataPath(shanghaiPdf));
        REQUIRE(result.ok());
        return *result.document;
    }();
    return document;
}

const ingest::CellGrid &tableTitled(const QString &title) {
    for (const ingest::CellGrid &grid : shanghai().tables)
        if (grid.title == title)
            return grid;
    FAIL("no table titled " << title.toStdString());
    return shanghai().tables.first();
}

QStringList bodyRows(const ingest::CellGrid &grid) {
    QStringList rows;
    for (qsizetype r = grid.headerRows; r < grid.cells.size(); ++r) {
        QStringList cells;
        for (const QString &cell : grid.cells[r])
            if (!cell.isEmpty())
                cells.append(cell);
        if (!cells.isEmpty())
            rows.append(cells.join(QStringLiteral(" | ")));
    }
    return rows;
}

QStringList headerPath(const ingest::CellGrid &grid, qsizetype column) {
    QStringList path;
    for (int r = 0; r < grid.headerRows; ++r)
        if (const QString text = grid.cells[r].value(column);
            !text.isEmpty() && !path.contains(text))
            path.append(text);
    return path;
}

} // namespace

TEST_CASE("Shanghai PDF: every non-empty cell of the ten tables as printed", "[pdf][tables]") {
    const ingest::SourceDocument &document = shanghai();
    const QList<GoldenTable> golden = readGolden();
    REQUIRE(golden.size() == 10);
    REQUIRE(document.tables.size() == 10);
    for (qsizetype t = 0; t < golden.size(); ++t) {
        const ingest::CellGrid &grid = document.tables[t];
        INFO("table " << grid.title.toStdString());
        CHECK(grid.title == golden[t].title);
        CHECK(grid.unitNote == golden[t].unitNote);
        const QStringList rows = bodyRows(grid);
        CHECK(rows.size() == golden[t].rows.size());
        for (qsizetype r = 0; r < std::min(rows.size(), golden[t].rows.size()); ++r)
            CHECK(rows[r] == golden[t].rows[r]);
    }
}

TEST_CASE("Shanghai PDF: each amount stands under the header of its own column", "[pdf][tables]") {
    const ingest::SourceDocument &document = shanghai();
    const QList<GoldenTable> golden = readGolden();
    int checked = 0;
    for (qsizetype t = 0; t < golden.size(); ++t) {
        const ingest::CellGrid &grid = document.tables.value(t);
        for (const ColumnCheck &check : golden[t].columns) {
            INFO(grid.title.toStdString() << ": " << check.rowLabel.toStdString() << " / "
                                          << check.header.join(u'/').toStdString());
            bool found = false;
            for (qsizetype r = grid.headerRows; r < grid.cells.size() && !found; ++r) {
                const QList<QString> &row = grid.cells[r];
                if (check.rowLabel != u"*" && !row.contains(check.rowLabel))
                    continue;
                for (qsizetype c = 0; c < row.size(); ++c) {
                    const QStringList path = headerPath(grid, c);
                    bool named = row[c] == check.value;
                    for (const QString &part : check.header)
                        named = named &&
                                std::any_of(path.begin(), path.end(),
                                            [&](const QString &h) { return h.contains(part); });
                    found = found || named;
                }
                break; // the first matching row decides
            }
            CHECK(found);
            ++checked;
        }
    }
    CHECK(checked >= 15);
}

TEST_CASE("Shanghai PDF: tables continued on the next page are one table", "[pdf][tables]") {
    // 收入决算表 runs from page 8 to page 9 (0-based 7 and 8), with no
    // header repeated: its last row is on the second page.
    const ingest::CellGrid &income = tableTitled(QStringLiteral("收入决算表"));
    CHECK(income.firstPage == 7);
    CHECK(income.spans.first().first().page == 7);
    const QList<QString> &last = income.cells.last();
    CHECK(last.contains(QStringLiteral("购房补贴")));
    CHECK(income.spans.last()[last.indexOf(QStringLiteral("购房补贴"))].page == 8);
    // 财政拨款收入支出决算总表 leaves an empty ruled row alone on page 14.
    const ingest::CellGrid &fiscal = tableTitled(QStringLiteral("财政拨款收入支出决算总表"));
    CHECK(fiscal.cells.last().contains(QStringLiteral("总计")));
}

TEST_CASE("Shanghai PDF: every cell's span holds the cell's text", "[pdf][tables]") {
    const ingest::SourceDocument &document = shanghai();
    qsizetype cells = 0;
    for (const ingest::CellGrid &grid : document.tables) {
        REQUIRE(grid.spans.size() == grid.cells.size());
        CHECK(grid.span.begin < grid.span.end);
        for (qsizetype r = 0; r < grid.cells.size(); ++r) {
            for (qsizetype c = 0; c < grid.cells[r].size(); ++c) {
                const model::Span span = grid.spans[r][c];
                CHECK(document.text.mid(span.begin, span.length()) == grid.cells[r][c]);
                if (!grid.cells[r][c].isEmpty()) {
                    CHECK(span.page >= grid.firstPage);
                    CHECK(grid.span.begin <= span.begin);
                    CHECK(span.end <= grid.span.end);
                    ++cells;
                }
            }
        }
    }
    CHECK(cells > 500);
}

TEST_CASE("Shanghai PDF: a table stated as empty keeps its note", "[pdf][tables]") {
    for (const char16_t *title :
         {u"政府性基金预算财政拨款收入支出决算表", u"国有资本经营预算财政拨款收入支出决算表"}) {
        const ingest::CellGrid &grid = tableTitled(QString::fromUtf16(title));
        REQUIRE(grid.notes.size() == 1);
        CHECK(grid.notes.first().contains(QStringLiteral("故本表无数据")));
    }
}
