#include "core/i18n/tr.h"
#include "core/ingest/officereader.h"
#include "core/ingest/sheetvalues.h"
#include "core/ingest/sourcewriter.h"
#include "core/ingest/timelimit.h"
#include "core/ingest/xlscells.h"
#include "core/ingest/xlsxparts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryFile>

namespace juesuan::ingest {
namespace {

constexpr i18n::NamespaceTr tr{"juesuan::ingest"};

// How long the reading process may take beyond the file's own limit to
// start and to say that the limit was reached.
constexpr int startAndReportMs = 10'000;

// The program that reads with FreeXL (xlscells.h): beside the window program
// and at JUESUAN_XLS_READER_RELATIVE from bin/ (the build tree has the same
// layout, and tests/ and bench/ are beside bin/); JUESUAN_XLS_READER names
// another (the fuzz targets, deeper in the build tree, need it).
QString xlsReaderProgram() {
    if (const QString named = qEnvironmentVariable("JUESUAN_XLS_READER"); !named.isEmpty())
        return named;
    const QString directory = QCoreApplication::instance()
                                  ? QCoreApplication::applicationDirPath()
                                  : QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    const QStringList candidates{directory + QStringLiteral("/" JUESUAN_XLS_READER_RELATIVE),
                                 directory + QStringLiteral("/juesuan-xls")};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return {};
}

std::optional<XlsCells> readInOwnProcess(const QString &fileName, std::chrono::milliseconds maxTime,
                                         QString *error) {
    const QString program = xlsReaderProgram();
    if (program.isEmpty()) {
        *error = tr("the XLS reader juesuan-xls is not installed beside the program");
        return std::nullopt;
    }
    QProcess process;
    process.setProgram(program);
    process.setArguments({fileName, QString::number(maxTime.count())});
    // A crash report of the process (a sanitizer's, say) is not the user's.
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(QIODevice::ReadOnly);
    const int waitMs = maxTime.count() > 0 ? int(maxTime.count()) + startAndReportMs : -1;
    if (!process.waitForFinished(waitMs)) {
        const bool started = process.state() != QProcess::NotRunning;
        process.kill();
        process.waitForFinished();
        *error =
            started
                ? FileDeadline::reason()
                : tr("the XLS reader %1 cannot be started: %2").arg(program, process.errorString());
        return std::nullopt;
    }
    auto cells = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
                     ? parseXlsCells(process.readAllStandardOutput())
                     : std::nullopt;
    if (!cells)
        *error = tr("damaged XLS workbook: the XLS reader (FreeXL) failed on it");
    return cells;
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
    QString error;
    const auto cells = readInOwnProcess(copy.fileName(), options.maxReadTime, &error);
    if (!cells)
        return ReadResult::failure(error);

    switch (cells->outcome) {
    case XlsCells::Outcome::Read:
        break;
    case XlsCells::Outcome::NotOpened:
        return ReadResult::failure(
            QFileInfo(path).suffix().compare(u"doc", Qt::CaseInsensitive) == 0
                ? tr("a Word 97-2003 .doc file is not supported: save it as .docx")
                : tr("not a readable Excel 97-2003 workbook (an OLE file of another kind, "
                     "or damaged)"));
    case XlsCells::Outcome::Encrypted:
        return ReadResult::failure(tr("encrypted XLS workbook: it needs a password"));
    case XlsCells::Outcome::TooManySheets:
        return ReadResult::failure(tr("the workbook has %1 sheets; a report has at most %2")
                                       .arg(cells->sheetCount)
                                       .arg(maxXlsSheets));
    case XlsCells::Outcome::TooManyValues:
        return ReadResult::failure(
            tr("the workbook has more than %1 cells with values; a report has far fewer")
                .arg(maxXlsValues));
    case XlsCells::Outcome::OutOfTime:
        return ReadResult::failure(
            tr("reading stopped in sheet %1: the limit of %2 s for one file was reached")
                .arg(cells->sheets.isEmpty() ? QString() : cells->sheets.last().name)
                .arg(seconds(options.maxReadTime)));
    }

    SourceDocument document;
    document.path = path;
    document.format = QStringLiteral("xls");
    SourceWriter writer(document);
    for (const XlsSheet &sheet : cells->sheets) {
        if (!sheet.readable) {
            document.warnings.append(
                tr("sheet \u201c%1\u201d was not read: the XLS reader cannot read it")
                    .arg(sheet.name));
            continue;
        }
        SheetValues values(sheet.name);
        for (const XlsCell &cell : sheet.cells) {
            const QString text = cell.number ? displayNumber(cell.text, -1, false) : cell.text;
            if (!values.add(int(cell.row), int(cell.column), text, &error))
                return ReadResult::failure(error);
        }
        // FreeXL does not report merged cells: headers are filled from the left.
        const auto table = values.table(false, &error);
        if (!table)
            return ReadResult::failure(error);
        appendSheet(writer, document, *table, sheet.name);
    }
    if (document.text.trimmed().isEmpty())
        return ReadResult::failure(tr("the workbook has no sheet with text"));
    return {std::move(document), {}};
}

} // namespace juesuan::ingest
