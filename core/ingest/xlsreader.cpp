#include "core/i18n/tr.h"
#include "core/ingest/officereader.h"
#include "core/ingest/sheetvalues.h"
#include "core/ingest/sourcewriter.h"
#include "core/ingest/timelimit.h"
#include "core/ingest/xlsxparts.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <freexl.h>
#include <memory>

namespace juesuan::ingest {
namespace {

constexpr i18n::NamespaceTr tr{"juesuan::ingest"};

struct HandleCloser {
    void operator()(const void *handle) const { freexl_close(handle); }
};
using XlsHandle = std::unique_ptr<const void, HandleCloser>;

// Each sheet costs a pass over the whole range it declares (up to 65536 ×
// 256 cells, some 60 ms; see readSheet), so their number is bounded too: a
// report's workbook has one sheet per table, a few dozen at most.
constexpr unsigned maxSheets = 256;

QString cellText(const FreeXL_CellValue &value) {
    switch (value.type) {
    case FREEXL_CELL_INT:
        return QString::number(value.value.int_value);
    case FREEXL_CELL_DOUBLE:
        // The shortest digits that give the stored double back (2940.05), no
        // exponent; the sheet's number formats are not available through FreeXL.
        return displayNumber(QString::number(value.value.double_value, 'g', 15), -1, false);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
        return QString::fromUtf8(value.value.text_value);
    default:
        return {};
    }
}

// FreeXL keeps every cell of the range a sheet declares and offers no way to
// visit only the filled ones; the declared range can be 65536 × 256 cells
// (16.7 million; one pass over them takes about 60 ms), so the loop below
// asks for each cell once and keeps the ones that hold a value.
std::optional<OfficeTable> readSheet(const void *handle, const QString &sheetName,
                                     const QDeadlineTimer &deadline,
                                     std::chrono::milliseconds maxTime, QString *error) {
    unsigned rows = 0;
    unsigned short columns = 0;
    if (freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK) {
        *error = tr("damaged XLS workbook: a sheet cannot be read");
        return std::nullopt;
    }
    SheetValues values(sheetName);
    for (unsigned r = 0; r < rows; ++r) {
        if (deadline.hasExpired()) {
            *error = tr("reading stopped in sheet %1: the limit of %2 s for one file was reached")
                         .arg(sheetName)
                         .arg(seconds(maxTime));
            return std::nullopt;
        }
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue value;
            if (freexl_get_cell_value(handle, r, c, &value) == FREEXL_OK &&
                value.type != FREEXL_CELL_NULL &&
                !values.add(int(r), int(c), cellText(value), error))
                return std::nullopt;
        }
    }
    // FreeXL does not report merged cells: headers are filled from the left.
    return values.table(false, error);
}

} // namespace

ReadResult readXlsSource(const QString &path, const QByteArray &bytes, const ReadOptions &options) {
    // FreeXL opens only a named file. The bytes already read (and held to
    // the size limit) are what is parsed, not whatever the path holds by
    // now, so they go to a private temporary file, never next to the input.
    QTemporaryFile copy(QDir::temp().filePath(QStringLiteral("juesuan-xls-XXXXXX")));
    if (!copy.open() || copy.write(bytes) != bytes.size() || !copy.flush())
        return ReadResult::failure(
            tr("cannot make a temporary copy for the XLS reader: %1").arg(copy.errorString()));
    const void *raw = nullptr;
    const int status = freexl_open(QFile::encodeName(copy.fileName()).constData(), &raw);
    XlsHandle handle(raw);
    if (status != FREEXL_OK || !handle)
        return ReadResult::failure(
            QFileInfo(path).suffix().compare(u"doc", Qt::CaseInsensitive) == 0
                ? tr("a Word 97-2003 .doc file is not supported: save it as .docx")
                : tr("not a readable Excel 97-2003 workbook (an OLE file of another kind, "
                     "or damaged)"));
    unsigned password = 0, sheets = 0;
    if (freexl_get_info(handle.get(), FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK &&
        password == FREEXL_BIFF_OBFUSCATED)
        return ReadResult::failure(tr("encrypted XLS workbook: it needs a password"));
    freexl_get_info(handle.get(), FREEXL_BIFF_SHEET_COUNT, &sheets);
    if (sheets > maxSheets)
        return ReadResult::failure(
            tr("the workbook has %1 sheets; a report has at most %2").arg(sheets).arg(maxSheets));
    const QDeadlineTimer deadline = timeLimit(options.maxReadTime);

    SourceDocument document;
    document.path = path;
    document.format = QStringLiteral("xls");
    SourceWriter writer(document);
    for (unsigned s = 0; s < sheets; ++s) {
        const char *name = nullptr;
        if (freexl_select_active_worksheet(handle.get(), static_cast<unsigned short>(s)) !=
            FREEXL_OK)
            continue;
        freexl_get_worksheet_name(handle.get(), static_cast<unsigned short>(s), &name);
        const QString sheetName = QString::fromUtf8(name);
        QString error;
        const auto table =
            readSheet(handle.get(), sheetName, deadline, options.maxReadTime, &error);
        if (!table)
            return ReadResult::failure(error);
        appendSheet(writer, document, *table, sheetName);
    }
    if (document.text.trimmed().isEmpty())
        return ReadResult::failure(tr("the workbook has no sheet with text"));
    return {std::move(document), {}};
}

} // namespace juesuan::ingest
