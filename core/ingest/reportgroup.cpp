#include "core/ingest/reportgroup.h"

#include "core/i18n/tr.h"
#include "core/ingest/fileformats.h"
#include "core/ingest/nativefiles.h"

#include <QFileInfo>

namespace juesuan::ingest {
namespace {

// A folder holds at most this many report files; more is not one report.
constexpr qsizetype maxGroupFiles = 64;

constexpr i18n::NamespaceTr tr{"juesuan::ingest"};

QStringList expand(const QStringList &paths) {
    QStringList files;
    for (const QString &path : paths) {
        if (!fileStatus(path).isFolder) {
            files.append(path);
            continue;
        }
        for (const QString &file : filesInFolder(path, false))
            if (isReportFileName(file))
                files.append(file);
    }
    return files;
}

model::Span shifted(model::Span span, qsizetype offset, int pageOffset) {
    if (span.isValid()) {
        span.begin += offset;
        span.end += offset;
    }
    if (span.page >= 0)
        span.page += pageOffset;
    return span;
}

// Appends `part` to `group`, moving every offset and page number along.
void appendPart(SourceDocument &group, SourceDocument &&part) {
    if (!group.text.isEmpty() && !group.text.endsWith(u'\n'))
        group.text.append(u'\n');
    const qsizetype offset = group.text.size();
    const int pageOffset = int(group.pages.size());
    group.text.append(part.text);
    for (PageInfo page : part.pages) {
        page.textBegin += offset;
        page.textEnd += offset;
        group.pages.append(page);
    }
    for (PositionedWord word : part.words) {
        word.span = shifted(word.span, offset, pageOffset);
        group.words.append(word);
    }
    for (CellGrid grid : part.tables) {
        for (QList<model::Span> &row : grid.spans)
            for (model::Span &span : row)
                span = shifted(span, offset, pageOffset);
        grid.span = shifted(grid.span, offset, pageOffset);
        if (grid.firstPage >= 0)
            grid.firstPage += pageOffset;
        if (grid.sourcePath.isEmpty())
            grid.sourcePath = part.path;
        group.tables.append(grid);
    }
    group.charts.append(part.charts);
    for (const QString &warning : std::as_const(part.warnings))
        group.warnings.append(QFileInfo(part.path).fileName() + QStringLiteral(": ") + warning);
    if (group.encoding.isEmpty())
        group.encoding = part.encoding;
}

} // namespace

ReadResult readReportGroup(const QStringList &paths, const ReadOptions &options) {
    const QStringList files = expand(paths);
    if (files.isEmpty())
        return ReadResult::failure(
            tr("the folder holds no report file (PDF, DOCX, XLSX, XLS, TXT)"));
    if (files.size() > maxGroupFiles)
        return ReadResult::failure(tr("%1 files are too many for one report (the limit is %2)")
                                       .arg(files.size())
                                       .arg(maxGroupFiles));
    SourceDocument group;
    group.path = paths.size() == 1 ? paths.first() : files.first();
    group.format = QStringLiteral("group");
    QStringList failures, formats;
    for (const QString &file : files) {
        ReadResult part = readSource(file, options);
        if (!part.ok()) {
            failures.append(QFileInfo(file).fileName() + QStringLiteral(": ") + part.error);
            continue;
        }
        group.memberPaths.append(file);
        formats.append(part.document->format);
        appendPart(group, std::move(*part.document));
    }
    if (group.memberPaths.isEmpty())
        return ReadResult::failure(failures.join(QStringLiteral("; ")));
    for (const QString &failure : std::as_const(failures))
        group.warnings.append(tr("not read: %1").arg(failure));
    if (formats.size() == 1)
        group.format = formats.first();
    return {std::move(group), {}};
}

} // namespace juesuan::ingest
