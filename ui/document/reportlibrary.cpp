#include "reportlibrary.h"

#include "reportdocument.h"
#include "reportloader.h"

#include <QFileInfo>

namespace juesuan::ui {
namespace {

// Paths compare by their absolute form, so "a.txt" and "./a.txt" are one file.
QString canonicalKey(const QString &path) {
    return path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath();
}

} // namespace

ReportLibrary::ReportLibrary(QObject *parent)
    : QObject(parent)
    , m_loader(new ReportLoader(this)) {
    connect(m_loader, &ReportLoader::loaded, this, &ReportLibrary::accept);
}

ReportLibrary::~ReportLibrary() {
    // Stop the workers before the documents they would report to go away.
    delete m_loader;
    m_loader = nullptr;
}

int ReportLibrary::indexOf(const ReportDocument *document) const {
    return static_cast<int>(m_documents.indexOf(document));
}

ReportDocument *ReportLibrary::find(const QString &path) const {
    const QString key = canonicalKey(path);
    for (ReportDocument *document : m_documents)
        if (document->path() == key)
            return document;
    return nullptr;
}

int ReportLibrary::open(const QStringList &paths) {
    QStringList files = expandPaths(paths);
    for (QString &file : files)
        file = canonicalKey(file);
    files.removeDuplicates();
    m_loader->load(files);
    return static_cast<int>(files.size());
}

void ReportLibrary::reload(ReportDocument *document) {
    if (!document || indexOf(document) < 0)
        return;
    m_pendingReloads.insert(document->path());
    m_loader->load({document->path()});
}

void ReportLibrary::close(ReportDocument *document) {
    const int index = indexOf(document);
    if (index < 0)
        return;
    emit documentAboutToBeRemoved(index);
    m_documents.removeAt(index);
    emit documentRemoved(index);
    document->deleteLater();
}

void ReportLibrary::closeAll() {
    while (!m_documents.isEmpty())
        close(m_documents.last());
}

void ReportLibrary::accept(const QList<LoadOutcome> &outcomes) {
    QList<ReportDocument *> added;
    for (const LoadOutcome &outcome : outcomes) {
        const bool reloaded = m_pendingReloads.remove(outcome.path);
        if (ReportDocument *existing = find(outcome.path)) {
            existing->apply(outcome);
            emit documentChanged(indexOf(existing));
            continue;
        }
        // A report closed while it was reloading stays closed.
        if (reloaded)
            continue;
        auto *document = new ReportDocument(outcome.path, this);
        document->apply(outcome);
        added.append(document);
    }
    if (added.isEmpty())
        return;
    const int first = count();
    const int last = first + static_cast<int>(added.size()) - 1;
    emit documentsAboutToBeAdded(first, last);
    m_documents.append(added);
    emit documentsAdded(first, last);
}

} // namespace juesuan::ui
