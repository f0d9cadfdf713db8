#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

namespace juesuan::analysis {
struct AnalysedReport;
}

namespace juesuan::ui {

class ReportDocument;
class ReportLoader;

// The open reports, in the order they were opened. Owns one
// ReportDocument per file and the loader that fills them: open() lists the
// files at once (loading) and returns; documents fill in as their outcomes
// arrive. Files still loading when the user cancels are closed.
class ReportLibrary : public QObject {
    Q_OBJECT
public:
    explicit ReportLibrary(QObject *parent = nullptr);
    ~ReportLibrary() override;

    int count() const { return static_cast<int>(m_documents.size()); }
    ReportDocument *at(int index) const { return m_documents.value(index); }
    int indexOf(const ReportDocument *document) const;
    ReportDocument *find(const QString &path) const;
    // The loaded report that is the other half of `document`'s plan against
    // actual: the same unit's budget of a final's year, or its final of a
    // budget's year (compare::Mode::PlanVsActual); nullptr when none is loaded.
    ReportDocument *planOrActualOf(const ReportDocument *document) const;

    ReportLoader *loader() const { return m_loader; }

    // Loads files and the report files in folders. A file already open is
    // reloaded rather than listed twice. Returns how many files were queued.
    int open(const QStringList &paths);
    void reload(ReportDocument *document);
    void close(ReportDocument *document);
    void closeAll();

signals:
    // Documents [first, last] are appended between these two signals, so
    // item models can announce the rows before they exist.
    void documentsAboutToBeAdded(int first, int last);
    void documentsAdded(int first, int last);
    void documentAboutToBeRemoved(int index);
    void documentRemoved(int index);
    void documentChanged(int index);

private:
    int indexOfKey(const QString &key) const; // key: canonical path, as documents keep it
    void accept(const QList<analysis::AnalysedReport> &outcomes);
    void dropUnloaded(bool cancelled);

    QList<ReportDocument *> m_documents;
    ReportLoader *m_loader = nullptr;
};

} // namespace juesuan::ui
