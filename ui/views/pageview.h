#pragma once

#include "ingest/sourcedocument.h"
#include "sourceview.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>
#include <memory>

class QLabel;
class QScrollArea;
class QToolButton;

namespace juesuan::ui {

class PageCanvas;
class PdfPages;
class ReportDocument;

// A PDF report's pages as Poppler draws them, with the same marks as the
// text view: every figure tinted, figures in findings by severity, the
// selected ones outlined. The words' positions come from reading the file
// again in the background when the page view is first needed (they are not
// kept for every open report: a thousand PDFs would hold too many).
class PageView : public QWidget {
    Q_OBJECT
public:
    explicit PageView(QWidget *parent = nullptr);
    ~PageView() override;

    // Also to be called when the document was (re)loaded: the file may have changed.
    void setDocument(ReportDocument *document);
    // Whether the current document has pages to show (it is a PDF).
    bool isAvailable() const { return m_available; }
    ReportDocument *document() const;

    void setMarks(const QList<SourceMark> &marks);
    // Shows the page of the first span and outlines every span.
    void focusSpans(const QList<model::Span> &spans);
    void showPage(int page);
    int currentPage() const { return m_page; }
    int pageCount() const;
    // Whether the words' positions are still being read.
    bool isLocating() const { return m_locating; }
    // How many boxes outline the focused spans on the current page.
    int focusBoxCount() const { return m_focusBoxes; }

signals:
    // The user clicked a word at this text offset.
    void positionClicked(qsizetype position);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Layout {
        QList<ingest::PageInfo> pages;
        QList<ingest::PositionedWord> words; // sorted by span begin
        QString error;
    };
    static Layout readLayout(const QString &path);

    void ensureLoaded();
    void onLayoutRead();
    void render();
    void updateBoxes();
    void updateStatus();
    void scrollToFocus();
    QList<QRectF> boxesOf(const model::Span &span) const;
    int pageOf(const model::Span &span) const;
    void onCanvasClicked(const QPointF &points);

    QPointer<ReportDocument> m_document;
    bool m_available = false;
    bool m_requested = false;
    bool m_locating = false; // from the request until the words are applied
    Layout m_layout;
    std::unique_ptr<PdfPages> m_pdf;
    QFutureWatcher<Layout> m_reader;
    QList<SourceMark> m_marks;
    QList<model::Span> m_focus;
    int m_page = 0;
    int m_renderedWidth = 0;
    int m_focusBoxes = 0;

    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_status;
    QScrollArea *m_scroll;
    PageCanvas *m_canvas;
};

} // namespace juesuan::ui
