#include "ui/compare/comparisonpanel.h"

#include "core/export/comparisonexport.h"
#include "core/wording/comparisontext.h"
#include "ui/compare/comparisonchartsview.h"
#include "ui/compare/comparisondocument.h"
#include "ui/compare/comparisonexportdialog.h"
#include "ui/compare/comparisonfindingsmodel.h"
#include "ui/compare/comparisonmodel.h"
#include "ui/document/reportdocument.h"
#include "ui/exportfolder.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace juesuan::ui {
namespace {

// A report named in its side's colour: a coloured tag, the unit and year,
// its kind (部门决算, 单位预算 …), the money unit and the file.
QString sideHtml(Side side, const ReportDocument *document) {
    const QString colour = ComparisonPalette::side(side).name();
    const QString tag = side == Side::A ? QStringLiteral("A") : QStringLiteral("B");
    QString text = QStringLiteral("<span style=\"background:%1; color:white; font-weight:bold\">"
                                  "&nbsp;%2&nbsp;</span>&nbsp; ")
                       .arg(colour, tag);
    if (!document)
        return text;
    const model::Report &report = document->report();
    text += u"<b>" + wording::reportName(report).toHtmlEscaped() + u"</b>";
    if (const QString kind = model::reportKindLabel(report); !kind.isEmpty())
        text += u" · " + kind.toHtmlEscaped();
    if (const QString unit = model::moneyUnitLabel(report.moneyUnit); !unit.isEmpty())
        text += u" · " + unit.toHtmlEscaped();
    text +=
        u" · <span style=\"color:#6b7580\">" + document->fileName().toHtmlEscaped() + u"</span>";
    return text;
}

} // namespace

ComparisonPanel::ComparisonPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ComparisonModel(this))
    , m_findingsModel(new ComparisonFindingsModel(this))
    , m_title(new QLabel)
    , m_mode(new QLabel)
    , m_sideA(new QLabel)
    , m_sideB(new QLabel)
    , m_export(new QToolButton)
    , m_tabs(new QTabWidget)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_table(new QTreeView)
    , m_findingsTitle(new QLabel)
    , m_showInfo(new QCheckBox)
    , m_findings(new QTableView)
    , m_charts(new ComparisonChartsView) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mode->setStyleSheet(QStringLiteral(
        "QLabel { background: #eef2f7; border: 1px solid #c9d1db; border-radius: 4px; "
        "padding: 2px 8px; color: #33414e; }"));
    for (QLabel *side : {m_sideA, m_sideB})
        side->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_export, &QToolButton::clicked, this, &ComparisonPanel::showExportDialog);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_mode);
    titleRow->addStretch(1);
    titleRow->addWidget(m_export);
    auto *header = new QVBoxLayout;
    header->setSpacing(3);
    header->addLayout(titleRow);
    header->addWidget(m_sideA);
    header->addWidget(m_sideB);

    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(ComparisonModel::Item, QHeaderView::Stretch);
    for (int column = ComparisonModel::ValueA; column < ComparisonModel::ColumnCount; ++column)
        m_table->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_findingsModel->setMinimumSeverity(check::Severity::Warning);
    m_findings->setModel(m_findingsModel);
    m_findings->setWordWrap(true);
    // Tab leaves the list (arrows move within it); a table keeps it by default.
    m_findings->setTabKeyNavigation(false);
    m_findings->setAlternatingRowColors(true);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->verticalHeader()->hide();
    m_findings->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setStretchLastSection(true);
    m_findings->horizontalHeader()->setSectionResizeMode(ComparisonFindingsModel::Report,
                                                         QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(ComparisonFindingsModel::Severity,
                                                         QHeaderView::ResizeToContents);
    connect(m_findings->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { selectRowsOfFinding(current); });
    // Rounding notes are shown in the list and marked in the table together.
    connect(m_showInfo, &QCheckBox::toggled, this, [this](bool shown) {
        const check::Severity minimum = shown ? check::Severity::Info : check::Severity::Warning;
        m_findingsModel->setMinimumSeverity(minimum);
        m_model->setMinimumSeverity(minimum);
    });

    auto *findingsPane = new QWidget;
    auto *findingsLayout = new QVBoxLayout(findingsPane);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    auto *findingsHeader = new QHBoxLayout;
    findingsHeader->addWidget(m_findingsTitle);
    findingsHeader->addStretch(1);
    findingsHeader->addWidget(m_showInfo);
    findingsLayout->addLayout(findingsHeader);
    findingsLayout->addWidget(m_findings);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(findingsPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *chartsScroll = new QScrollArea;
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setWidget(m_charts);
    m_tabs->addTab(m_splitter, QString());
    m_tabs->addTab(chartsScroll, QString());
    connect(m_charts, &ComparisonChartsView::exported, this, &ComparisonPanel::statusMessage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTreeView::expandAll);
    connect(m_findingsModel, &QAbstractItemModel::modelReset, this,
            &ComparisonPanel::updateFindingsTitle);
    retranslate();
}

void ComparisonPanel::setDocument(ComparisonDocument *document) {
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_model->setDocument(document);
    m_findingsModel->setDocument(document);
    m_charts->setDocument(document);
    if (document)
        connect(document, &ComparisonDocument::changed, this, &ComparisonPanel::refresh);
    refresh();
}

ComparisonDocument *ComparisonPanel::document() const {
    return m_document;
}

void ComparisonPanel::showPage(Page page) {
    m_tabs->setCurrentIndex(page == Page::Table ? 0 : 1);
}

void ComparisonPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComparisonPanel::retranslate() {
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Export a chart, all charts or the whole panel as PNG or SVG, "
                            "or the aligned table as CSV or XLSX"));
    m_tabs->setTabText(0, tr("Aligned table"));
    m_tabs->setTabText(1, tr("Charts"));
    m_showInfo->setText(tr("Show rounding notes"));
    updateFindingsTitle();
    refresh();
}

void ComparisonPanel::updateFindingsTitle() {
    m_findingsTitle->setText(u"<b>" + tr("Findings of both reports") + u"</b> (" +
                             tr("%n shown", nullptr, m_findingsModel->rowCount()) + u')');
}

void ComparisonPanel::refresh() {
    const bool valid = m_document && m_document->isValid();
    setEnabled(valid);
    if (!valid) {
        m_title->setText(tr("One of the compared reports was closed or could not be read"));
        m_mode->hide();
        m_sideA->clear();
        m_sideB->clear();
        return;
    }
    const compare::Comparison &comparison = m_document->comparison();
    m_title->setText(wording::comparisonTitle(comparison));
    m_mode->setText(wording::modeText(comparison.mode));
    switch (comparison.mode) {
    case compare::Mode::YearOverYear:
        m_mode->setToolTip(tr("The same unit in two years: A is the earlier year, and the "
                              "later report's changes against last year are checked against A"));
        break;
    case compare::Mode::PlanVsActual:
        m_mode->setToolTip(tr("One unit's budget (A) and final accounts (B) of one year: what "
                              "was planned, what was spent and the execution rate; the final's "
                              "own budget figures are checked against the budget"));
        break;
    case compare::Mode::UnitVsUnit:
        m_mode->setToolTip(tr("Two different units (or two scopes of one unit)"));
        break;
    }
    m_mode->show();
    m_sideA->setText(sideHtml(Side::A, m_document->document(Side::A)));
    m_sideB->setText(sideHtml(Side::B, m_document->document(Side::B)));
}

void ComparisonPanel::selectRowsOfFinding(const QModelIndex &finding) {
    if (!finding.isValid() || !m_document || !m_document->isValid())
        return;
    const QVariant side = finding.data(ComparisonFindingsModel::SideRole);
    if (!side.isValid())
        return; // a cross-report finding names no cell of one side only
    const int index = finding.data(ComparisonFindingsModel::FindingIndexRole).toInt();
    const Side which = Side(side.toInt());
    QItemSelection selection;
    QModelIndex first;
    for (int row = 0; row < m_document->comparison().rows.size(); ++row) {
        if (!m_document->findingsOfRow(row, which).contains(index))
            continue;
        const QModelIndex cell = m_model->indexOfRow(row);
        selection.select(cell, cell.siblingAtColumn(ComparisonModel::ColumnCount - 1));
        if (!first.isValid())
            first = cell;
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid())
        m_table->scrollTo(first);
}

QString ComparisonPanel::exportTo(const ComparisonExportRequest &request) {
    using Target = ComparisonExportRequest::Target;
    using Format = ComparisonExportRequest::Format;
    const QString name = QDir::toNativeSeparators(request.path);
    if (!m_document || !m_document->isValid())
        return tr("%1: there is no comparison to export").arg(name);
    if (!formatFits(request.target, request.format))
        return tr("%1: %2 does not fit what is exported").arg(name, formatSuffix(request.format));
    const compare::Comparison &comparison = m_document->comparison();
    switch (request.target) {
    case Target::Chart:
        return exportComparisonCharts(comparison, {request.chart}, request.format, request.path,
                                      request.size, request.scale);
    case Target::AllCharts:
        return exportComparisonCharts(comparison, comparisonChartKinds(), request.format,
                                      request.path, request.size, request.scale);
    case Target::Panel:
        return request.format == Format::Svg
                   ? writeWidgetSvg(this, request.path, request.size)
                   : writeWidgetPng(this, request.path, request.size, request.scale);
    case Target::Table:
        break;
    }
    QString error;
    const bool written = request.format == Format::Csv
                             ? exporting::writeComparisonCsv(comparison, request.path, &error)
                             : exporting::writeComparisonXlsx(comparison, request.path, &error);
    return written ? QString() : exportErrorText(request.path, error);
}

void ComparisonPanel::showExportDialog() {
    if (!m_document || !m_document->isValid())
        return;
    ComparisonExportDialog dialog(m_charts->availableCharts(), size(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ComparisonExportRequest request = dialog.request();
    const QString error = exportTo(request);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export"), error);
        emit statusMessage(error);
        return;
    }
    emit statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(request.path)));
    confirmExport(this, tr("Export"), request.path);
}

} // namespace juesuan::ui
