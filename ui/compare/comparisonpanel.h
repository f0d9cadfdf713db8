#pragma once

#include "ui/compare/comparisonexportrequest.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeView;

namespace juesuan::ui {

class ComparisonChartsView;
class ComparisonDocument;
class ComparisonFindingsModel;
class ComparisonModel;

// Two reports side by side. The header tells the mode (year over year or
// unit vs unit) and names A and B, with their units, years and files, in
// their colours. The first tab holds the aligned table (a tree) beside the
// findings of both reports, cross-report findings first; selecting a finding
// selects the rows whose figures it involves. The second tab holds the
// comparison charts. Export writes any chart, all charts, the whole panel
// (PNG/SVG) or the aligned table (CSV/XLSX).
class ComparisonPanel : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonPanel(QWidget *parent = nullptr);

    void setDocument(ComparisonDocument *document);
    ComparisonDocument *document() const;

    // Carries out an export without asking anything; returns the reason of a
    // failure, empty on success.
    QString exportTo(const ComparisonExportRequest &request);
    // Asks what to export and where, then exports; failures in a message box.
    void showExportDialog();

    enum class Page { Table, Charts };
    void showPage(Page page);

    QLabel *header() const { return m_title; }
    QTreeView *tableView() const { return m_table; }
    QTableView *findingsView() const { return m_findings; }
    ComparisonModel *model() const { return m_model; }
    ComparisonFindingsModel *findingsModel() const { return m_findingsModel; }
    ComparisonChartsView *chartsView() const { return m_charts; }

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void updateFindingsTitle();
    void selectRowsOfFinding(const QModelIndex &finding);

    QPointer<ComparisonDocument> m_document;
    ComparisonModel *m_model;
    ComparisonFindingsModel *m_findingsModel;
    QLabel *m_title;
    QLabel *m_mode;
    QLabel *m_sideA;
    QLabel *m_sideB;
    QToolButton *m_export;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QTreeView *m_table;
    QLabel *m_findingsTitle;
    QCheckBox *m_showInfo;
    QTableView *m_findings;
    ComparisonChartsView *m_charts;
};

} // namespace juesuan::ui
