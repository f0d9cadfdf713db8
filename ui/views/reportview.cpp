#include "ui/views/reportview.h"

#include "ui/charts/chartspanel.h"
#include "ui/document/reportdocument.h"
#include "ui/models/figuresmodel.h"
#include "ui/views/figuredetailsview.h"
#include "ui/views/findbar.h"
#include "ui/views/findingspanel.h"
#include "ui/views/keyfiguresview.h"
#include "ui/views/pageview.h"
#include "ui/views/sourceview.h"

#include <QAction>
#include <QDataStream>
#include <QEvent>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace juesuan::ui {
namespace {

constexpr quint32 stateVersion = 1;

} // namespace

ReportView::ReportView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel)
    , m_tabs(new QTabWidget)
    , m_keyFigures(new KeyFiguresView)
    , m_charts(new ChartsPanel)
    , m_source(new SourceView)
    , m_findBar(new FindBar(m_source))
    , m_pages(new PageView)
    , m_sourceTabs(new QTabWidget)
    , m_findings(new FindingsPanel)
    , m_figuresModel(new FiguresModel(this))
    , m_figuresTable(new QTableView)
    , m_figureDetails(new FigureDetailsView)
    , m_sideTabs(new QTabWidget)
    , m_sourceSplitter(new QSplitter(Qt::Horizontal))
    , m_sideSplitter(new QSplitter(Qt::Vertical)) {
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(QStringLiteral("QLabel { color: #5b6570; font-size: 15px; }"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildOverview(), {});
    m_tabs->addTab(buildSourcePage(), {});
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_charts, &ChartsPanel::exported, this, &ReportView::statusMessage);
    connect(m_keyFigures, &KeyFiguresView::figureActivated, this, [this](int figure) {
        showPage(Page::Source);
        selectFigure(figure);
    });
    connect(m_keyFigures, &KeyFiguresView::findingsRequested, this, &ReportView::showSeverity);
    connect(m_keyFigures, &KeyFiguresView::conflictActivated, this, &ReportView::showConflict);
    connect(m_findings, &FindingsPanel::findingSelected, this, &ReportView::showFinding);
    connect(m_source, &SourceView::positionClicked, this, &ReportView::selectFigureAt);
    connect(m_pages, &PageView::positionClicked, this, &ReportView::selectFigureAt);
    connect(m_figuresTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectFigure(current.row());
            });
    connect(m_figureDetails, &FigureDetailsView::findingActivated, this, [this](int finding) {
        m_sideTabs->setCurrentWidget(m_findings);
        m_findings->selectFinding(finding);
    });
    connect(m_figureDetails, &FigureDetailsView::figureActivated, this, &ReportView::selectFigure);
    addFindActions();
    retranslate();
    refresh();
}

void ReportView::addFindActions() {
    // Window-wide while a report is shown: Ctrl+F from the overview opens the
    // text with the field ready.
    const auto add = [this](QKeySequence::StandardKey key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcuts(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add(QKeySequence::Find, [this] {
        if (m_stack->currentWidget() != m_tabs)
            return;
        showPage(Page::Source);
        m_sourceTabs->setCurrentIndex(0);
        m_findBar->open();
    });
    add(QKeySequence::FindNext, [this] { m_findBar->findNext(); });
    add(QKeySequence::FindPrevious, [this] { m_findBar->findPrevious(); });
}

QWidget *ReportView::buildOverview() {
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_keyFigures);
    layout->addWidget(m_charts);
    layout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

QWidget *ReportView::buildSourcePage() {
    m_figuresTable->setModel(m_figuresModel);
    m_figuresTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_figuresTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_figuresTable->setAlternatingRowColors(true);
    // Tab leaves the table (arrows move within it); a table keeps it by default.
    m_figuresTable->setTabKeyNavigation(false);
    m_figuresTable->verticalHeader()->hide();
    m_figuresTable->horizontalHeader()->setStretchLastSection(true);
    m_figuresTable->setWordWrap(false);
    m_sideTabs->addTab(m_findings, {});
    m_sideTabs->addTab(m_figuresTable, {});
    m_sideSplitter->addWidget(m_sideTabs);
    m_sideSplitter->addWidget(m_figureDetails);
    m_sideSplitter->setStretchFactor(0, 3);
    m_sideSplitter->setStretchFactor(1, 2);
    m_sourceTabs->setDocumentMode(true);
    auto *textPage = new QWidget;
    auto *textLayout = new QVBoxLayout(textPage);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->setSpacing(0);
    textLayout->addWidget(m_source, 1);
    textLayout->addWidget(m_findBar);
    m_sourceTabs->addTab(textPage, {});
    m_sourceTabs->addTab(m_pages, {});
    m_sourceSplitter->addWidget(m_sourceTabs);
    m_sourceSplitter->addWidget(m_sideSplitter);
    m_sourceSplitter->setStretchFactor(0, 1);
    m_sourceSplitter->setStretchFactor(1, 1);
    return m_sourceSplitter;
}

void ReportView::retranslate() {
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("Source and findings"));
    m_sourceTabs->setTabText(0, tr("Text"));
    m_sourceTabs->setTabText(1, tr("Pages"));
    m_sideTabs->setTabText(0, tr("Findings"));
    m_sideTabs->setTabText(1, tr("Figures"));
    refresh();
}

void ReportView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

ReportDocument *ReportView::document() const {
    return m_document;
}

void ReportView::setDocument(ReportDocument *document) {
    if (m_document == document)
        return;
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document)
        connect(m_document, &ReportDocument::changed, this, [this] {
            m_pages->setDocument(m_document);
            refresh();
        });
    m_keyFigures->setDocument(document);
    m_charts->setDocument(document);
    m_findings->setDocument(document);
    m_figuresModel->setDocument(document);
    m_figureDetails->setDocument(document);
    m_pages->setDocument(document);
    refresh();
}

void ReportView::refresh() {
    if (!m_document) {
        m_placeholder->setText(tr("Open a report with File ▸ Open, or drop report files or "
                                  "folders onto this window."));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    if (m_document->isLoading()) {
        m_placeholder->setText(tr("Loading %1…").arg(m_document->fileName()));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    if (!m_document->isLoaded()) {
        m_placeholder->setText(
            tr("%1 could not be read:\n%2").arg(m_document->fileName(), m_document->error()));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_stack->setCurrentWidget(m_tabs);
    // A text report has no pages: no tab bar with a lone "Text" tab either.
    m_sourceTabs->setTabVisible(1, m_pages->isAvailable());
    m_sourceTabs->tabBar()->setVisible(m_pages->isAvailable());
    if (!m_pages->isAvailable())
        m_sourceTabs->setCurrentWidget(m_source);
    // The text is replaced only when it changed: resetting it loses the
    // reader's scroll position.
    if (m_source->toPlainText().size() != m_document->report().text.size() ||
        m_source->toPlainText() != m_document->report().text)
        m_source->setSourceText(m_document->report().text);
    applyMarks();
}

void ReportView::applyMarks() {
    QList<SourceMark> marks;
    const QList<model::Figure> &figures = m_document->report().figures;
    marks.reserve(figures.size());
    for (qsizetype i = 0; i < figures.size(); ++i) {
        SourceMark mark{figures[i].span, std::nullopt};
        for (const int finding : m_document->findingsOfFigure(static_cast<int>(i))) {
            const check::Severity severity = m_document->findings().at(finding).severity;
            if (!mark.severity || *mark.severity < severity)
                mark.severity = severity;
        }
        marks.append(mark);
    }
    m_source->setMarks(marks);
    m_pages->setMarks(marks);
}

void ReportView::focusSpans(const QList<model::Span> &spans) {
    m_source->focusSpans(spans);
    m_pages->focusSpans(spans);
}

void ReportView::selectFigureAt(qsizetype position) {
    if (!m_document)
        return;
    if (const int figure = m_document->figureAt(position); figure >= 0)
        selectFigure(figure);
}

void ReportView::showPage(Page page) {
    m_tabs->setCurrentIndex(page == Page::Overview ? 0 : 1);
}

void ReportView::selectFigure(int figureIndex) {
    if (!m_document || figureIndex < 0 || figureIndex >= m_document->report().figures.size())
        return;
    focusSpans({m_document->report().figures.at(figureIndex).span});
    m_figureDetails->setFigure(figureIndex);
    const QModelIndex row = m_figuresModel->indexOfFigure(figureIndex);
    if (row.isValid() && m_figuresTable->currentIndex().row() != figureIndex) {
        // Re-enters selectFigure through currentRowChanged, which then stops here.
        m_figuresTable->setCurrentIndex(row);
        m_figuresTable->scrollTo(row);
    }
}

void ReportView::showFinding(int findingIndex) {
    if (!m_document || findingIndex < 0 || findingIndex >= m_document->findings().size())
        return;
    QList<model::Span> spans;
    const QList<model::Figure> &figures = m_document->report().figures;
    for (const int figure : m_document->figuresOfFinding(findingIndex))
        spans.append(figures.at(figure).span);
    focusSpans(spans);
    m_figureDetails->setFinding(findingIndex);
}

void ReportView::showConflict(int figureIndex) {
    if (!m_document)
        return;
    showPage(Page::Source);
    const QList<int> findings = m_document->findingsOfFigure(figureIndex);
    if (findings.isEmpty()) {
        selectFigure(figureIndex);
        return;
    }
    m_sideTabs->setCurrentWidget(m_findings);
    m_findings->selectFinding(findings.first());
}

void ReportView::showSeverity(check::Severity severity) {
    showPage(Page::Source);
    m_sideTabs->setCurrentWidget(m_findings);
    m_findings->showSeverity(severity);
}

QByteArray ReportView::saveState() const {
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << stateVersion << m_sourceSplitter->saveState() << m_sideSplitter->saveState()
           << m_tabs->currentIndex();
    return state;
}

void ReportView::restoreState(const QByteArray &state) {
    QDataStream stream(state);
    quint32 version = 0;
    QByteArray source, side;
    int tab = 0;
    stream >> version >> source >> side >> tab;
    if (stream.status() != QDataStream::Ok || version != stateVersion)
        return;
    m_sourceSplitter->restoreState(source);
    m_sideSplitter->restoreState(side);
    m_tabs->setCurrentIndex(tab);
}

} // namespace juesuan::ui
