#include "core/ingest/flowwriter.h"

namespace juesuan::ingest {
namespace {

// How many paragraphs above a table may hold its caption and unit note.
constexpr int captionParagraphs = 3;

} // namespace

void FlowWriter::paragraph(const QString &text, bool mayCaption) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    m_writer.endLine();
    m_writer.append(trimmed);
    m_writer.endLine();
    if (!mayCaption)
        return;
    m_recent.append(trimmed);
    if (m_recent.size() > captionParagraphs)
        m_recent.removeFirst();
}

void FlowWriter::table(const OfficeTable &table, const QString &caption) {
    QString title, unit;
    for (const QString &text : std::as_const(m_recent)) {
        if (const QString note = unitNoteIn(text); !note.isEmpty())
            unit = note;
        if (looksLikeTableTitle(withoutUnitNote(text)))
            title = withoutUnitNote(text);
    }
    m_recent.clear();
    if (!caption.trimmed().isEmpty()) {
        if (const QString note = unitNoteIn(caption); !note.isEmpty())
            unit = note;
        title = withoutUnitNote(caption);
    }
    QList<QList<QPoint>> origins;
    CellGrid grid = toCellGrid(table, title, unit, &origins);
    if (grid.cells.isEmpty())
        return;
    grid.sourcePath = m_document.path;
    m_writer.appendGrid(grid, &origins);
    m_document.tables.append(grid);
}

} // namespace juesuan::ingest
