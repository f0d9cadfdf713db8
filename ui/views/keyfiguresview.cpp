#include "ui/views/keyfiguresview.h"

#include "core/wording/findingtext.h"
#include "ui/document/reportdocument.h"
#include "ui/severitystyle.h"
#include "ui/views/keyfigures.h"

#include <QDir>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace juesuan::ui {
namespace {

// Cards are laid out in as many columns of at least this width as fit.
constexpr int minimumCardWidth = 230;
const char *figureProperty = "figureIndex";
const char *severityProperty = "severity";
const char *conflictProperty = "conflictFigureIndex";

QLabel *label(const QString &text, qreal scale, bool bold, const QColor &colour = {}) {
    auto *result = new QLabel(text);
    QFont font = result->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    result->setFont(font);
    if (colour.isValid()) {
        QPalette palette = result->palette();
        palette.setColor(QPalette::WindowText, colour);
        result->setPalette(palette);
    }
    result->setWordWrap(true);
    return result;
}

} // namespace

KeyFiguresView::KeyFiguresView(QWidget *parent)
    : QWidget(parent)
    , m_title(label({}, 1.5, true))
    , m_subtitle(label({}, 1.0, false, QColor(0x55, 0x5f, 0x6b)))
    , m_notices(label({}, 0.95, false, QColor(0x8a, 0x5a, 0x00)))
    , m_badges(new QWidget)
    , m_cards(new QGridLayout) {
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *badgeLayout = new QHBoxLayout(m_badges);
    badgeLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    auto *names = new QVBoxLayout;
    names->addWidget(m_title);
    names->addWidget(m_subtitle);
    names->addWidget(m_notices);
    m_notices->setWordWrap(true);
    m_notices->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notices->hide();
    header->addLayout(names, 1);
    header->addWidget(m_badges, 0, Qt::AlignTop);
    m_cards->setSpacing(8);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(m_cards);
}

void KeyFiguresView::setDocument(ReportDocument *document) {
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document)
        connect(m_document, &ReportDocument::changed, this, &KeyFiguresView::rebuild);
    rebuild();
}

int KeyFiguresView::columnsFor(int width) {
    return qBound(2, width / minimumCardWidth, 6);
}

void KeyFiguresView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    if (columnsFor(width()) != m_columns)
        rebuild();
}

void KeyFiguresView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

bool KeyFiguresView::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        // The conflict line first: it lies inside a card, which shows the figure.
        if (const QVariant index = watched->property(conflictProperty); index.isValid()) {
            emit conflictActivated(index.toInt());
            return true;
        }
        if (const QVariant index = watched->property(figureProperty); index.isValid()) {
            emit figureActivated(index.toInt());
            return true;
        }
        if (const QVariant severity = watched->property(severityProperty); severity.isValid()) {
            emit findingsRequested(static_cast<check::Severity>(severity.toInt()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void KeyFiguresView::clearCards() {
    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    while (QLayoutItem *item = m_badges->layout()->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QLabel *KeyFiguresView::makeBadge(check::Severity severity, int count) {
    auto *badge = new QLabel(wording::severityCount(severity, count));
    const QColor colour = count > 0 ? severityColor(severity) : QColor(0x9a, 0xa3, 0xad);
    badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 9px;"
                                        " padding: 3px 10px; font-weight: bold; }")
                             .arg(colour.name()));
    badge->setCursor(Qt::PointingHandCursor);
    badge->setToolTip(tr("Show the findings of this severity"));
    badge->setProperty(severityProperty, static_cast<int>(severity));
    badge->installEventFilter(this);
    return badge;
}

QWidget *KeyFiguresView::makeCard(const KeyFigure &figure) {
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("keyFigureCard"));
    card->setStyleSheet(QStringLiteral("#keyFigureCard { background: #f7f9fc; border: 1px solid "
                                       "#d8dee6; border-radius: 6px; }"));
    card->setCursor(Qt::PointingHandCursor);
    card->setToolTip(tr("Show this figure in the source"));
    card->setProperty(figureProperty, figure.figureIndex);
    card->installEventFilter(this);
    auto *layout = new QVBoxLayout(card);
    layout->setSpacing(2);
    layout->addWidget(label(figure.label, 0.95, false, QColor(0x44, 0x4f, 0x5a)));
    layout->addWidget(label(figure.value, 1.35, true, QColor(0x1d, 0x3b, 0x5c)));
    if (!figure.conflict.isEmpty()) {
        // The value above is the table's; another statement disagrees.
        QLabel *conflict = label(u"⚠ " + tr("Stated differently: %1").arg(figure.conflict), 0.9,
                                 true, severityColor(check::Severity::Error));
        conflict->setToolTip(tr("Show the finding about the other statement"));
        conflict->setProperty(conflictProperty, figure.conflictFigureIndex);
        conflict->installEventFilter(this);
        layout->addWidget(conflict);
    }
    if (!figure.share.isEmpty())
        layout->addWidget(label(tr("%1 of the whole").arg(figure.share), 0.9, false));
    if (!figure.versusBudget.isEmpty())
        layout->addWidget(label(tr("vs budget: %1").arg(figure.versusBudget), 0.9, false));
    if (!figure.versusPrevious.isEmpty())
        layout->addWidget(label(tr("vs last year: %1").arg(figure.versusPrevious), 0.9, false));
    layout->addStretch(1);
    return card;
}

void KeyFiguresView::rebuild() {
    clearCards();
    m_notices->hide();
    if (!m_document || !m_document->isLoaded()) {
        m_title->setText(m_document ? m_document->fileName() : QString());
        m_subtitle->setText(m_document ? m_document->error() : QString());
        return;
    }
    const model::Report &report = m_document->report();
    m_title->setText(m_document->displayName());
    QStringList facts;
    if (report.year > 0)
        facts.append(tr("%1 final accounts").arg(report.year));
    if (const QString kind = model::reportKindLabel(report); !kind.isEmpty())
        facts.append(kind);
    if (report.moneyUnit != model::MoneyUnit::None)
        facts.append(tr("amounts in %1").arg(model::moneyUnitLabel(report.moneyUnit)));
    facts.append(tr("%n figure(s)", nullptr, static_cast<int>(report.figures.size())));
    facts.append(QDir::toNativeSeparators(m_document->fileName()));
    m_subtitle->setText(facts.join(QStringLiteral("  ·  ")));
    // What reading noticed (a damaged page, bytes read past …) stands where
    // it is seen before any figure is trusted.
    if (!report.warnings.isEmpty()) {
        QStringList lines;
        for (const QString &warning : report.warnings)
            lines.append(u"ⓘ " + warning);
        m_notices->setText(lines.join(u'\n'));
        m_notices->show();
    }

    for (const check::Severity severity :
         {check::Severity::Error, check::Severity::Warning, check::Severity::Info})
        m_badges->layout()->addWidget(makeBadge(severity, m_document->findingCount(severity)));

    const QList<KeyFigure> figures = keyFigures(report);
    m_columns = columnsFor(width());
    for (qsizetype i = 0; i < figures.size(); ++i)
        m_cards->addWidget(makeCard(figures[i]), static_cast<int>(i / m_columns),
                           static_cast<int>(i % m_columns));
    for (int column = 0; column < m_cards->columnCount(); ++column)
        m_cards->setColumnStretch(column, column < m_columns ? 1 : 0);
    if (figures.isEmpty())
        m_cards->addWidget(label(tr("No headline figure was found in this report."), 1.0, false), 0,
                           0, 1, m_columns);
}

} // namespace juesuan::ui
