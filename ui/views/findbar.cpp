#include "ui/views/findbar.h"

#include "core/text/textsearch.h"
#include "ui/views/sourceview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace juesuan::ui {

FindBar::FindBar(SourceView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_field(new QLineEdit)
    , m_count(new QLabel)
    , m_previous(new QToolButton)
    , m_next(new QToolButton)
    , m_close(new QToolButton) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_field->setClearButtonEnabled(true);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    // Another report's text: search it again, or forget the old hits.
    connect(m_view, &SourceView::sourceTextReplaced, this, [this] {
        if (isVisible())
            search();
        else
            m_hits.clear();
    });
    retranslate();
    hide();
}

void FindBar::open() {
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    search(); // the text may have changed since the bar was last open
}

void FindBar::findNext() {
    if (!m_hits.isEmpty())
        showHit((m_current + 1) % int(m_hits.size()));
}

void FindBar::findPrevious() {
    if (!m_hits.isEmpty())
        showHit((m_current - 1 + int(m_hits.size())) % int(m_hits.size()));
}

void FindBar::search() {
    m_hits.clear();
    for (const auto &[begin, end] : text::findInText(m_view->normalizedText(), m_field->text()))
        m_hits.append({begin, end, -1});
    m_current = -1;
    if (m_hits.isEmpty()) {
        m_view->setSearchHits({}, -1);
        updateCount();
        return;
    }
    // The first hit at or after the cursor, so typing more does not jump back.
    const int cursor = m_view->textCursor().selectionStart();
    int first = 0;
    while (first < m_hits.size() && m_hits[first].begin < cursor)
        ++first;
    showHit(first < m_hits.size() ? first : 0);
}

void FindBar::showHit(int index) {
    m_current = index;
    m_view->setSearchHits(m_hits, m_current);
    updateCount();
}

void FindBar::updateCount() {
    const bool any = !m_hits.isEmpty();
    m_previous->setEnabled(any);
    m_next->setEnabled(any);
    if (m_field->text().trimmed().isEmpty())
        m_count->clear();
    else if (!any)
        m_count->setText(tr("no match"));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_hits.size()));
}

void FindBar::close() {
    hide();
    m_hits.clear();
    m_current = -1;
    m_view->setSearchHits({}, -1);
    m_view->setFocus();
}

void FindBar::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers().testFlag(Qt::ShiftModifier)) {
        findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FindBar::retranslate() {
    m_field->setPlaceholderText(tr("Find in the text: words or numbers (2940.05 finds 2,940.05)"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_close->setToolTip(tr("Close (Esc)"));
    updateCount();
}

} // namespace juesuan::ui
