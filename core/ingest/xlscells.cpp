#include "core/ingest/xlscells.h"

#include "core/ingest/timelimit.h"

#include <QDataStream>
#include <QDeadlineTimer>
#include <freexl.h>
#include <memory>

namespace juesuan::ingest {
namespace {

// The first field of every message: a reader of another version of the
// program is not understood rather than misread.
constexpr quint32 protocolMagic = 0x4a535831; // "JSX1"

struct HandleCloser {
    void operator()(const void *handle) const { freexl_close(handle); }
};
using XlsHandle = std::unique_ptr<const void, HandleCloser>;

std::optional<XlsCell> cellAt(const void *handle, unsigned row, unsigned short column) {
    FreeXL_CellValue value;
    if (freexl_get_cell_value(handle, row, column, &value) != FREEXL_OK)
        return std::nullopt;
    switch (value.type) {
    case FREEXL_CELL_INT:
        return XlsCell{row, column, true, QString::number(value.value.int_value)};
    case FREEXL_CELL_DOUBLE:
        // The shortest digits that give the stored double back (2940.05);
        // FreeXL does not give the sheet's number formats.
        return XlsCell{row, column, true, QString::number(value.value.double_value, 'g', 15)};
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
        return XlsCell{row, column, false, QString::fromUtf8(value.value.text_value)};
    default:
        return std::nullopt;
    }
}

// FreeXL keeps every cell of the range a sheet declares and offers no way to
// visit only the filled ones; the declared range can be 65536 × 256 cells
// (16.7 million; one pass over them takes about 60 ms), so each cell is
// asked for once and the ones that hold a value are kept.
XlsCells::Outcome readSheet(const void *handle, XlsSheet &sheet, qsizetype &values,
                            const QDeadlineTimer &deadline) {
    unsigned rows = 0;
    unsigned short columns = 0;
    if (freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK) {
        sheet.readable = false;
        return XlsCells::Outcome::Read;
    }
    for (unsigned r = 0; r < rows; ++r) {
        if (deadline.hasExpired())
            return XlsCells::Outcome::OutOfTime;
        for (unsigned short c = 0; c < columns; ++c) {
            auto cell = cellAt(handle, r, c);
            if (!cell || cell->text.trimmed().isEmpty())
                continue;
            if (++values > maxXlsValues)
                return XlsCells::Outcome::TooManyValues;
            sheet.cells.append(std::move(*cell));
        }
    }
    return XlsCells::Outcome::Read;
}

} // namespace

XlsCells readXlsCells(const QByteArray &fileName, std::chrono::milliseconds maxTime) {
    XlsCells result;
    const void *raw = nullptr;
    const int status = freexl_open(fileName.constData(), &raw);
    const XlsHandle handle(raw);
    if (status != FREEXL_OK || !handle) {
        result.outcome = XlsCells::Outcome::NotOpened;
        return result;
    }
    unsigned password = 0, sheets = 0;
    if (freexl_get_info(handle.get(), FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK &&
        password == FREEXL_BIFF_OBFUSCATED) {
        result.outcome = XlsCells::Outcome::Encrypted;
        return result;
    }
    freexl_get_info(handle.get(), FREEXL_BIFF_SHEET_COUNT, &sheets);
    result.sheetCount = sheets;
    if (sheets > maxXlsSheets) {
        result.outcome = XlsCells::Outcome::TooManySheets;
        return result;
    }
    const QDeadlineTimer deadline = timeLimit(maxTime);
    qsizetype values = 0;
    for (unsigned s = 0; s < sheets; ++s) {
        XlsSheet &sheet = result.sheets.emplace_back();
        const char *name = nullptr;
        if (freexl_get_worksheet_name(handle.get(), static_cast<unsigned short>(s), &name) ==
                FREEXL_OK &&
            name)
            sheet.name = QString::fromUtf8(name);
        if (freexl_select_active_worksheet(handle.get(), static_cast<unsigned short>(s)) !=
            FREEXL_OK) {
            sheet.readable = false;
            continue;
        }
        result.outcome = readSheet(handle.get(), sheet, values, deadline);
        if (result.outcome != XlsCells::Outcome::Read)
            break;
    }
    return result;
}

void writeXlsCells(QIODevice &out, const XlsCells &cells) {
    QDataStream stream(&out);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << protocolMagic << qint32(cells.outcome) << cells.sheetCount
           << quint32(cells.sheets.size());
    for (const XlsSheet &sheet : cells.sheets) {
        stream << sheet.name << sheet.readable << quint32(sheet.cells.size());
        for (const XlsCell &cell : sheet.cells)
            stream << cell.row << cell.column << cell.number << cell.text;
    }
    stream << protocolMagic; // the end: a message cut short lacks it
}

std::optional<XlsCells> parseXlsCells(const QByteArray &bytes) {
    QDataStream stream(bytes);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, sheetCount = 0;
    qint32 outcome = -1;
    stream >> magic >> outcome >> sheetCount;
    if (magic != protocolMagic || outcome < qint32(XlsCells::Outcome::Read) ||
        outcome > qint32(XlsCells::Outcome::OutOfTime) || stream.status() != QDataStream::Ok)
        return std::nullopt;
    XlsCells cells;
    cells.outcome = XlsCells::Outcome(outcome);
    cells.sheetCount = sheetCount;
    quint32 sheets = 0;
    stream >> sheets;
    // sheetCount is what the workbook declares (TooManySheets passes it on);
    // the sheets sent are never more than it, nor than the bound.
    if (sheets > sheetCount || sheets > maxXlsSheets)
        return std::nullopt;
    qsizetype values = 0;
    for (quint32 s = 0; s < sheets && stream.status() == QDataStream::Ok; ++s) {
        XlsSheet &sheet = cells.sheets.emplace_back();
        quint32 count = 0;
        stream >> sheet.name >> sheet.readable >> count;
        values += count;
        if (values > maxXlsValues)
            return std::nullopt;
        for (quint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
            XlsCell &cell = sheet.cells.emplace_back();
            stream >> cell.row >> cell.column >> cell.number >> cell.text;
        }
    }
    stream >> magic;
    if (stream.status() != QDataStream::Ok || magic != protocolMagic || !stream.atEnd())
        return std::nullopt;
    return cells;
}

} // namespace juesuan::ingest
