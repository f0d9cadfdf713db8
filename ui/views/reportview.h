#pragma once

#include "core/check/severity.h"
#include "core/model/span.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace juesuan::ui {

class ChartsPanel;
class FigureDetailsView;
class FiguresModel;
class FindingsPanel;
class KeyFiguresView;
class PageView;
class ReportDocument;
class SourceView;
class FindBar;

// Everything about one report: an overview (key figures and charts) and the
// source text beside its findings and figures. Selecting a finding shows
// every figure it involves in the text; selecting a figure (in the text, the
// figure table or a key-figure card) shows the relations it takes part in.
class ReportView : public QWidget {
    Q_OBJECT
public:
    enum class Page { Overview, Source };

    explicit ReportView(QWidget *parent = nullptr);

    void setDocument(ReportDocument *document);
    ReportDocument *document() const;

    void showPage(Page page);
    void selectFigure(int figureIndex);
    void showFinding(int findingIndex);
    void showSeverity(check::Severity severity);
    // A key figure's other statement: its first finding, else the figure itself.
    void showConflict(int figureIndex);

    ChartsPanel *chartsPanel() const { return m_charts; }
    SourceView *sourceView() const { return m_source; }
    FindBar *findBar() const { return m_findBar; }
    PageView *pageView() const { return m_pages; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    FigureDetailsView *figureDetails() const { return m_figureDetails; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildOverview();
    QWidget *buildSourcePage();
    void retranslate();
    void addFindActions();
    void refresh();
    void applyMarks();
    void focusSpans(const QList<model::Span> &spans);
    void selectFigureAt(qsizetype position);

    QPointer<ReportDocument> m_document;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTabWidget *m_tabs;
    KeyFiguresView *m_keyFigures;
    ChartsPanel *m_charts;
    SourceView *m_source;
    FindBar *m_findBar;
    PageView *m_pages;
    QTabWidget *m_sourceTabs;
    FindingsPanel *m_findings;
    FiguresModel *m_figuresModel;
    QTableView *m_figuresTable;
    FigureDetailsView *m_figureDetails;
    QTabWidget *m_sideTabs;
    QSplitter *m_sourceSplitter;
    QSplitter *m_sideSplitter;
};

} // namespace juesuan::ui
