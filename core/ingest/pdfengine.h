#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
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
// `onRebuilt` is called when Poppler finds the file's cross-reference table
// damaged and rebuilds it by scanning the file (at opening, or later when an
// object is fetched), while the document lives.
std::unique_ptr<PDFDoc> open(const QByteArray &bytes, QString *error,
                             const std::function<void()> &onRebuilt = {});

// While one of these lives, Poppler's reports of damaged page content on
// this thread (an unknown operator, an operator missing its operands, a
// broken compressed stream: what a page whose bytes were damaged gives) are
// kept: the first one and how many. Poppler's other messages (missing
// fonts and language packs, which most real reports cause) are not damage
// and stay unseen. Poppler has one error callback for the whole process;
// the capture is per thread, so batches read in parallel keep theirs apart.
class ContentDamageCapture {
public:
    ContentDamageCapture();
    ~ContentDamageCapture();
    ContentDamageCapture(const ContentDamageCapture &) = delete;
    ContentDamageCapture &operator=(const ContentDamageCapture &) = delete;

    int count() const { return m_count; }
    const QString &first() const { return m_first; }
    void record(const char *message);

private:
    ContentDamageCapture *m_outer;
    int m_count = 0;
    QString m_first;
};

// The version of Poppler's core library. The core API has no stable ABI:
// the program runs with exactly the Poppler it was built against (the
// package depends on that library version), so this is that version.
QString version();

} // namespace pdfengine
} // namespace juesuan::ingest
