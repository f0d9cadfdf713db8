#include "ui/models/documenttablemodel.h"

#include "ui/document/reportdocument.h"
#include "ui/language.h"

namespace juesuan::ui {

DocumentTableModel::DocumentTableModel(QObject *parent)
    : QAbstractTableModel(parent) {
    connect(LanguageNotifier::instance(), &LanguageNotifier::changed, this, [this] {
        const int columns = columnCount();
        if (columns == 0)
            return;
        emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columns - 1));
    });
}

ReportDocument *DocumentTableModel::document() const {
    return m_document;
}

void DocumentTableModel::setDocument(ReportDocument *document) {
    if (document == m_document)
        return;
    beginResetModel();
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        // A reload replaces everything: rows are not the same rows.
        connect(m_document, &ReportDocument::changed, this, [this] {
            beginResetModel();
            documentReset();
            endResetModel();
        });
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    documentReset();
    endResetModel();
}

} // namespace juesuan::ui
