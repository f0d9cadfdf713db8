#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

class PDFDoc;

namespace juesuan::ingest {

// The one owner of Poppler's core library in the program. Poppler keeps
// process-wide state (its GlobalParams: font configuration, character maps)
// that must exist before any document is opened and must never be replaced
// while another thread reads; it is set up here once and kept for the life
// of the process. Every other file opens PDFs through this.
//
// The core API (libpoppler-private-dev) rather than Poppler's C++ wrapper:
// tables are rebuilt from the ruling lines a page draws, which only the
// core's output devices see, and the words come from the same pass.
namespace pdfengine {

// Opens a PDF held in `bytes` (which must outlive the document). Refuses,
// with a reason a user can act on, files that are truncated, damaged,
// encrypted with a password or have no pages.
std::unique_ptr<PDFDoc> open(const QByteArray &bytes, QString *error);

// The version of Poppler's core library. The core API has no stable ABI:
// the program runs with exactly the Poppler it was built against (the
// package depends on that library version), so this is that version.
QString version();

} // namespace pdfengine
} // namespace juesuan::ingest
