#pragma once

#include "core/ingest/sourcedocument.h"
#include "ui/views/sourceview.h"

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
// selected ones outlined. Pages, words and the PDF's bytes come from the
// report's analysis: the file is not opened again.
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
    void ensureLoaded();
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
    // The analysis's source: pages, words sorted by span begin, the PDF's bytes.
    std::shared_ptr<const ingest::SourceDocument> m_source;
    QString m_error; // why the pages cannot be drawn
    std::unique_ptr<PdfPages> m_pdf;
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
