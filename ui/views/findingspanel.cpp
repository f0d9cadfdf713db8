#include "ui/views/findingspanel.h"

#include "core/wording/findingtext.h"
#include "ui/document/reportdocument.h"
#include "ui/models/findingsfilterproxy.h"
#include "ui/models/findingsmodel.h"
#include "ui/severitystyle.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace juesuan::ui {

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_proxy(new FindingsFilterProxy(this))
    , m_severity(new QComboBox)
    , m_family(new QComboBox)
    , m_count(new QLabel)
    , m_view(new QTreeView) {
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    // Messages are sentences: they wrap instead of being cut at the column edge.
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the checker's order: most severe first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FindingsModel::Message, QHeaderView::Stretch);
    for (const int column :
         {int(FindingsModel::Severity), int(FindingsModel::Stated), int(FindingsModel::Expected)})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(FindingsModel::Family, 90);
    m_family->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_severity);
    filters->addWidget(m_family);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    connect(m_severity, &QComboBox::currentIndexChanged, this, &FindingsPanel::applyFilters);
    connect(m_family, &QComboBox::currentIndexChanged, this, &FindingsPanel::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit findingSelected(current.data(FindingsModel::FindingIndexRole).toInt());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fillFamilies();
        updateCount();
    });
    retranslate();
}

void FindingsPanel::setDocument(ReportDocument *document) {
    m_document = document;
    m_model->setDocument(document);
}

void FindingsPanel::retranslate() {
    const QVariant current = m_severity->currentData();
    const QSignalBlocker blocker(m_severity);
    m_severity->clear();
    m_severity->addItem(tr("All severities"));
    for (const check::Severity severity :
         {check::Severity::Error, check::Severity::Warning, check::Severity::Info})
        m_severity->addItem(severityIcon(severity), wording::severityLabel(severity),
                            static_cast<int>(severity));
    m_severity->setCurrentIndex(qMax(0, m_severity->findData(current)));
    fillFamilies();
    updateCount();
}

void FindingsPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FindingsPanel::fillFamilies() {
    // Only the families this report has findings in: an empty choice helps nobody.
    QStringList families;
    if (m_document)
        for (const check::Finding &finding : m_document->findings())
            if (!families.contains(finding.family))
                families.append(finding.family);
    const QString current = m_family->currentData().toString();
    const QSignalBlocker blocker(m_family);
    m_family->clear();
    m_family->addItem(tr("All relations"), QString());
    for (const QString &family : std::as_const(families))
        m_family->addItem(wording::familyLabel(family), family);
    m_family->setCurrentIndex(qMax(0, m_family->findData(current)));
    applyFilters();
}

void FindingsPanel::applyFilters() {
    const QVariant severity = m_severity->currentData();
    m_proxy->setSeverity(severity.isValid()
                             ? std::optional(static_cast<check::Severity>(severity.toInt()))
                             : std::nullopt);
    m_proxy->setFamily(m_family->currentData().toString());
    updateCount();
}

void FindingsPanel::updateCount() {
    m_count->setText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void FindingsPanel::showSeverity(std::optional<check::Severity> severity) {
    m_severity->setCurrentIndex(
        severity ? qMax(0, m_severity->findData(static_cast<int>(*severity))) : 0);
}

void FindingsPanel::selectFinding(int findingIndex) {
    const QModelIndex source = m_model->index(findingIndex, 0);
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid() && source.isValid()) {
        // Hidden by the filters: clear them rather than select nothing.
        showSeverity(std::nullopt);
        m_family->setCurrentIndex(0);
        index = m_proxy->mapFromSource(source);
    }
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

int FindingsPanel::currentFinding() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(FindingsModel::FindingIndexRole).toInt() : -1;
}

} // namespace juesuan::ui
