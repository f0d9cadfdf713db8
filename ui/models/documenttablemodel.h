#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace juesuan::ui {

class ReportDocument;

// Base of the table models over one ReportDocument: follows the document
// (reset when it is reloaded or destroyed) and the interface language
// (headers and texts re-read). Subclasses only answer rows and data.
class DocumentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit DocumentTableModel(QObject *parent = nullptr);

    void setDocument(ReportDocument *document);
    ReportDocument *document() const;

protected:
    // Called inside the model reset when the document changes or is replaced,
    // for subclasses that cache something derived from it.
    virtual void documentReset() {}

private:
    QPointer<ReportDocument> m_document;
};

} // namespace juesuan::ui
