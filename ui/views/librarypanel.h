#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;

namespace juesuan::ui {

class LibraryFilterProxy;
class LibraryModel;
class ReportDocument;
class ReportLibrary;

// The list of open reports with a filter field above it: type Chinese, full
// pinyin or initials. Sortable by any column; right-click to reload, close
// or compare with another report (or straight with the report's own budget or
// final accounts); drag a report onto another to compare them.
class LibraryPanel : public QWidget {
    Q_OBJECT
public:
    explicit LibraryPanel(ReportLibrary *library, QWidget *parent = nullptr);

    ReportDocument *currentDocument() const;
    void setCurrentDocument(ReportDocument *document);

    LibraryModel *model() const { return m_model; }
    LibraryFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void currentDocumentChanged(juesuan::ui::ReportDocument *document);
    void reloadRequested(juesuan::ui::ReportDocument *document);
    void closeRequested(juesuan::ui::ReportDocument *document);
    // Two reports to put side by side: one dragged onto the other, or
    // "Compare with" chosen in the context menu.
    void compareRequested(juesuan::ui::ReportDocument *a, juesuan::ui::ReportDocument *b);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showContextMenu(const QPoint &position);
    void showHeaderMenu(const QPoint &position);

    ReportLibrary *m_library;
    LibraryModel *m_model;
    LibraryFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
};

} // namespace juesuan::ui
