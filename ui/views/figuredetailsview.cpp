#include "ui/views/figuredetailsview.h"

#include "core/wording/figuretext.h"
#include "core/wording/findingtext.h"
#include "ui/document/reportdocument.h"
#include "ui/models/relationsmodel.h"
#include "ui/severitystyle.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTreeView>
#include <QVBoxLayout>

namespace juesuan::ui {
namespace {

QString row(const QString &label, const QString &value) {
    if (value.isEmpty())
        return {};
    return QStringLiteral(
               "<tr><td style='color:#5b6570; padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

FigureDetailsView::FigureDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel)
    , m_relationsTitle(new QLabel)
    , m_view(new QTreeView)
    , m_relations(new RelationsModel(this)) {
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_view->setModel(m_relations);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(RelationsModel::Outcome, 150);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    // A finding with many figures may be taller than its pane: it scrolls.
    auto *headerScroll = new QScrollArea;
    headerScroll->setWidgetResizable(true);
    headerScroll->setFrameShape(QFrame::NoFrame);
    headerScroll->setWidget(m_header);
    layout->addWidget(headerScroll, 1);
    layout->addWidget(m_relationsTitle);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const int finding = index.data(RelationsModel::FindingIndexRole).toInt(); finding >= 0)
            emit findingActivated(finding);
    });
    refresh();
}

void FigureDetailsView::setDocument(ReportDocument *document) {
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_figure = -1;
    m_finding = -1;
    if (m_document)
        connect(m_document, &ReportDocument::changed, this, [this] {
            m_figure = -1;
            m_finding = -1;
            refresh();
        });
    m_relations->setDocument(document);
    m_relations->setFigure(-1);
    refresh();
}

void FigureDetailsView::setFigure(int figureIndex) {
    m_figure = figureIndex;
    m_finding = -1;
    m_relations->setFigure(figureIndex);
    refresh();
}

void FigureDetailsView::setFinding(int findingIndex) {
    m_finding = findingIndex;
    m_figure = -1;
    m_relations->setFigure(-1);
    refresh();
}

void FigureDetailsView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

QString FigureDetailsView::figureHtml(int figureIndex) const {
    const model::Figure &figure = m_document->report().figures.at(figureIndex);
    QString html =
        QStringLiteral("<b>%1</b><table>").arg(wording::figureTitle(figure).toHtmlEscaped());
    html += row(tr("Value"), figure.direction == model::Direction::None
                                 ? wording::quantityText(figure.quantity)
                                 : wording::signedText(figure, figure.quantity.unit()));
    html += row(tr("Worded as"), figure.wording);
    html += row(tr("Reason given"), figure.reason);
    html += row(tr("Section"), figure.section);
    html += row(tr("Read from"), model::originLabel(figure.origin));
    if (!figure.code.isEmpty())
        html += row(tr("Code"), figure.code);
    return html + QStringLiteral("</table>");
}

QString FigureDetailsView::findingHtml(int findingIndex) const {
    const check::Finding &finding = m_document->findings().at(findingIndex);
    QString html = QStringLiteral("<b style='color:%1'>%2</b> · %3<p>%4</p><table>")
                       .arg(severityColor(finding.severity).name(),
                            wording::severityLabel(finding.severity).toHtmlEscaped(),
                            wording::familyLabel(finding.family).toHtmlEscaped(),
                            wording::findingMessage(finding).toHtmlEscaped());
    html += row(tr("Stated"), wording::findingStated(finding));
    html += row(tr("Expected"), wording::findingExpected(finding));
    html += row(tr("Relation"), finding.relationId);
    for (const check::FindingFigure &figure : finding.figures)
        html += row(wording::figureTitle(figure.metric, figure.facet, figure.subject),
                    wording::quantityText(figure.quantity));
    return html + QStringLiteral("</table>");
}

void FigureDetailsView::refresh() {
    m_relationsTitle->setText(tr("Relations this figure takes part in:"));
    const bool loaded = m_document && m_document->isLoaded();
    const bool figure = loaded && m_figure >= 0 && m_figure < m_document->report().figures.size();
    const bool finding = loaded && m_finding >= 0 && m_finding < m_document->findings().size();
    m_relationsTitle->setVisible(figure);
    m_view->setVisible(figure);
    if (figure) {
        m_header->setText(figureHtml(m_figure));
        if (m_relations->rowCount() == 0)
            m_relationsTitle->setText(tr("No relation of the catalogue involves this figure."));
    } else if (finding) {
        m_header->setText(findingHtml(m_finding));
    } else {
        m_header->setText(QStringLiteral("<span style='color:#5b6570'>%1</span>")
                              .arg(tr("Click a highlighted number in the text, a figure or a "
                                      "finding to see its details.")
                                       .toHtmlEscaped()));
    }
}

} // namespace juesuan::ui
