#include "ui/document/reportlibrary.h"

#include "core/analysis/reportfiles.h"
#include "core/compare/comparison.h"
#include "ui/document/reportdocument.h"
#include "ui/document/reportloader.h"

#include <QFileInfo>

namespace juesuan::ui {
namespace {

// Paths compare by their absolute form, so "a.txt" and "./a.txt" are one file.
QString canonicalKey(const QString &path) {
    return path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath();
}

} // namespace

ReportDocument *ReportLibrary::planOrActualOf(const ReportDocument *document) const {
    if (!document || !document->isLoaded())
        return nullptr;
    const model::Report &report = document->report();
    for (ReportDocument *other : m_documents) {
        // Year and type first: they rule out almost every report without
        // comparing unit names, so a long list is scanned quickly.
        if (other == document || !other->isLoaded() || other->report().year != report.year ||
            other->report().type == report.type)
            continue;
        if (compare::detectMode(report, other->report()) == compare::Mode::PlanVsActual)
            return other;
    }
    return nullptr;
}

ReportLibrary::ReportLibrary(QObject *parent)
    : QObject(parent)
    , m_loader(new ReportLoader(this)) {
    connect(m_loader, &ReportLoader::loaded, this, &ReportLibrary::accept);
    connect(m_loader, &ReportLoader::finished, this, &ReportLibrary::dropUnloaded);
}

ReportLibrary::~ReportLibrary() {
    // Stop the workers before the documents they would report to go away.
    delete m_loader;
    m_loader = nullptr;
}

int ReportLibrary::indexOf(const ReportDocument *document) const {
    return static_cast<int>(m_documents.indexOf(document));
}

int ReportLibrary::indexOfKey(const QString &key) const {
    for (qsizetype i = 0; i < m_documents.size(); ++i)
        if (m_documents[i]->path() == key)
            return static_cast<int>(i);
    return -1;
}

ReportDocument *ReportLibrary::find(const QString &path) const {
    return m_documents.value(indexOfKey(canonicalKey(path)));
}

int ReportLibrary::open(const QStringList &paths) {
    QStringList files;
    for (const analysis::ReportFile &file : analysis::reportFiles(paths))
        files.append(canonicalKey(file.path));
    files.removeDuplicates();
    QList<ReportDocument *> added;
    for (const QString &file : std::as_const(files))
        if (!find(file))
            added.append(new ReportDocument(file, this));
    if (!added.isEmpty()) {
        const int first = count();
        const int last = first + static_cast<int>(added.size()) - 1;
        emit documentsAboutToBeAdded(first, last);
        m_documents.append(added);
        emit documentsAdded(first, last);
    }
    m_loader->load(files);
    return static_cast<int>(files.size());
}

void ReportLibrary::reload(ReportDocument *document) {
    if (document && indexOf(document) >= 0)
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

void ReportLibrary::accept(const QList<analysis::AnalysedReport> &outcomes) {
    for (const analysis::AnalysedReport &outcome : outcomes) {
        // Outcomes carry the key the file was queued under. A report closed
        // while it was loading stays closed.
        const int index = indexOfKey(outcome.path);
        if (index < 0)
            continue;
        m_documents[index]->apply(outcome);
        emit documentChanged(index);
    }
}

void ReportLibrary::dropUnloaded(bool cancelled) {
    if (!cancelled)
        return;
    for (qsizetype i = m_documents.size() - 1; i >= 0; --i)
        if (m_documents[i]->isLoading())
            close(m_documents[i]);
}

} // namespace juesuan::ui
