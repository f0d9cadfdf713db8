#pragma once

#include "core/check/severity.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QTreeView;

namespace juesuan::ui {

class FindingsFilterProxy;
class FindingsModel;
class ReportDocument;

// The findings of one report with a severity filter and a relation-family
// filter above them. Selecting a finding tells the report view to show its
// figures in the source.
class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setDocument(ReportDocument *document);
    void showSeverity(std::optional<check::Severity> severity);
    void selectFinding(int findingIndex);
    int currentFinding() const;

    FindingsModel *model() const { return m_model; }
    FindingsFilterProxy *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }

signals:
    void findingSelected(int findingIndex);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFamilies();
    void applyFilters();
    void updateCount();

    QPointer<ReportDocument> m_document;
    FindingsModel *m_model;
    FindingsFilterProxy *m_proxy;
    QComboBox *m_severity;
    QComboBox *m_family;
    QLabel *m_count;
    QTreeView *m_view;
};

} // namespace juesuan::ui
