#pragma once

#include "core/ingest/officegrid.h"
#include "core/ingest/sourcewriter.h"

#include <QString>
#include <QStringList>

namespace juesuan::ingest {

// Writes a document that flows as paragraphs and tables (DOCX, HTML) into a
// SourceDocument: one paragraph a line, each table as a grid (see
// toCellGrid). A table's title and unit note come from its caption, else
// from the last paragraphs above it ("收入决算表", "单位：万元").
class FlowWriter {
public:
    explicit FlowWriter(SourceDocument &document)
        : m_document(document)
        , m_writer(document) {}

    // A paragraph that cannot caption a table (a page's window title) is
    // written without being remembered for the next table.
    void paragraph(const QString &text, bool mayCaption = true);
    void table(const OfficeTable &table, const QString &caption = {});
    // For what is neither (a chart's data): written as it comes.
    SourceWriter &writer() { return m_writer; }

private:
    SourceDocument &m_document;
    SourceWriter m_writer;
    QStringList m_recent; // the last paragraphs, for a table's caption
};

} // namespace juesuan::ingest
