// A ruled table continued on the next page, drawn by hand: its columns
// resized there (exports that fit each page's columns to its text) still
// continue it; a grid that opens with a header instead starts another table.

#include "core/ingest/reader.h"
#include "tests/core/catchqtstrings.h"
#include "tests/core/test_docx_fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace juesuan;

namespace {

// Cell texts as the page draws them: ASCII, in the standard Helvetica.
using Rows = QList<QByteArrayList>;

// A grid of ruling lines with a word in each cell, its top at `top`.
QByteArray ruledGrid(const QList<int> &edges, double top, const Rows &rows) {
    constexpr int height = 20;
    QByteArray out = "0.5 w\n";
    const double bottom = top - height * rows.size();
    for (qsizetype r = 0; r <= rows.size(); ++r)
        out += QByteArray::number(edges.first()) + ' ' + QByteArray::number(top - height * r) +
               " m " + QByteArray::number(edges.last()) + ' ' +
               QByteArray::number(top - height * r) + " l S\n";
    for (int x : edges)
        out += QByteArray::number(x) + ' ' + QByteArray::number(top) + " m " +
               QByteArray::number(x) + ' ' + QByteArray::number(bottom) + " l S\n";
    for (qsizetype r = 0; r < rows.size(); ++r)
        for (qsizetype c = 0; c < rows[r].size(); ++c)
            out += "BT /F1 9 Tf " + QByteArray::number(edges[c] + 3) + ' ' +
                   QByteArray::number(top - height * (r + 1) + 6) + " Td (" + rows[r][c] +
                   ") Tj ET\n";
    return out;
}

QByteArray stream(const QByteArray &content) {
    return "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
           "\nendstream";
}

// Two pages: the table's first grid under a caption, then a grid at the top
// of the next page with the same outer edges and its inner edges moved.
QByteArray twoPageTable(const Rows &secondPage) {
    const QByteArray first =
        "BT /F1 12 Tf 50 740 Td (Table 5 Expenditure) Tj ET\n" +
        ruledGrid({50, 250, 350, 450}, 720,
                  {{"Item", "Total", "Project"}, {"A", "1.00", "2.00"}, {"B", "3.00", "4.00"}});
    const QByteArray second = ruledGrid({50, 256, 344, 450}, 800, secondPage);
    const QByteArray page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                            "/Resources << /Font << /F1 7 0 R >> >> /Contents ";
    return fixtures::pdfFromObjects(
        {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
         page + "5 0 R >>", page + "6 0 R >>", stream(first), stream(second),
         "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"});
}

QList<ingest::CellGrid> tablesOf(const QByteArray &pdf) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("continued.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    const auto result = ingest::readSource(path);
    REQUIRE(result.ok());
    return result.document->tables;
}

QStringList rowTexts(const ingest::CellGrid &grid) {
    QStringList rows;
    for (const QList<QString> &row : grid.cells)
        rows.append(QStringList(row).join(QStringLiteral(" | ")));
    return rows;
}

} // namespace

TEST_CASE("PDF: a table goes on over a page whose columns are resized", "[pdf][tables]") {
    const QList<ingest::CellGrid> tables =
        tablesOf(twoPageTable({{"C", "5.00", "6.00"}, {"D", "7.00", "8.00"}}));
    REQUIRE(tables.size() == 1);
    CHECK(rowTexts(tables.first()) ==
          QStringList({QStringLiteral("Item | Total | Project"), QStringLiteral("A | 1.00 | 2.00"),
                       QStringLiteral("B | 3.00 | 4.00"), QStringLiteral("C | 5.00 | 6.00"),
                       QStringLiteral("D | 7.00 | 8.00")}));
}

TEST_CASE("PDF: resized columns opening with a header start another table", "[pdf][tables]") {
    const QList<ingest::CellGrid> tables =
        tablesOf(twoPageTable({{"Name", "Goal", "Unit"}, {"E", "9.00", "10.00"}}));
    REQUIRE(tables.size() == 2);
    CHECK(rowTexts(tables.first()).size() == 3);
    CHECK(rowTexts(tables.last()).first() == u"Name | Goal | Unit");
}
