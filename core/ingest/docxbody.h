#pragma once

#include "core/ingest/docxnumbering.h"
#include "core/ingest/officegrid.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

namespace juesuan::ingest {

struct DocxParagraph {
    QString text;
    QString label;        // its automatic number ("一、"), if any
    QStringList chartIds; // relationship ids of the charts drawn in it
};

using DocxBlock = std::variant<DocxParagraph, OfficeTable>;

// Reads word/document.xml into paragraphs (text, automatic number, charts)
// and tables (merged cells kept as origins), in document order. Deleted text,
// field codes and the fallback copies of drawings are skipped; text boxes are
// read into the paragraph that holds them.
bool parseDocxBody(const QByteArray &xml, DocxNumbering &numbering, QList<DocxBlock> *blocks,
                   QString *error);

} // namespace juesuan::ingest
