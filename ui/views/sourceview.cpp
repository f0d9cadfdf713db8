#include "ui/views/sourceview.h"

#include "ui/severitystyle.h"

#include <QFontDatabase>
#include <QMouseEvent>
#include <QTextBlock>

namespace juesuan::ui {

SourceView::SourceView(QWidget *parent)
    : QPlainTextEdit(parent) {
    setReadOnly(true);
    // Interaction by keyboard and mouse stays: a reader copies numbers out.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    setFont(font);
    setCenterOnScroll(true);
}

void SourceView::setSourceText(const QString &text) {
    m_marks.clear();
    m_focus.clear();
    m_hits.clear();
    m_currentHit = -1;
    m_normalized.reset();
    // setPlainText keeps one position per UTF-16 unit ('\r' and '\n' each
    // end a block), so report offsets address the document directly.
    setPlainText(text);
    moveCursor(QTextCursor::Start);
    emit sourceTextReplaced();
}

void SourceView::setMarks(QList<SourceMark> marks) {
    // Weaker marks first so a finding's colour is drawn over the figure tint.
    std::stable_sort(marks.begin(), marks.end(), [](const SourceMark &a, const SourceMark &b) {
        return a.severity < b.severity; // nullopt (a plain figure) first
    });
    m_marks = std::move(marks);
    refreshSelections();
}

void SourceView::focusSpans(const QList<model::Span> &spans) {
    m_focus.clear();
    for (const model::Span &span : spans)
        if (span.isValid() && span.end <= document()->characterCount())
            m_focus.append(span);
    refreshSelections();
    if (m_focus.isEmpty())
        return;
    QTextCursor cursor(document());
    cursor.setPosition(m_focus.first().begin);
    cursor.setPosition(m_focus.first().end, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
}

void SourceView::setSearchHits(QList<model::Span> hits, int current) {
    const int limit = document()->characterCount();
    hits.removeIf([limit](const model::Span &span) { return !span.isValid() || span.end > limit; });
    m_hits = std::move(hits);
    m_currentHit = current >= 0 && current < m_hits.size() ? current : -1;
    refreshSelections();
    if (m_currentHit < 0)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(m_hits[m_currentHit].begin);
    cursor.setPosition(m_hits[m_currentHit].end, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
}

const text::NormalizedText &SourceView::normalizedText() {
    if (!m_normalized)
        m_normalized = text::Normalizer::normalize(toPlainText());
    return *m_normalized;
}

QTextEdit::ExtraSelection SourceView::selectionFor(const model::Span &span,
                                                   const QTextCharFormat &format) {
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(document());
    selection.cursor.setPosition(span.begin);
    selection.cursor.setPosition(span.end, QTextCursor::KeepAnchor);
    selection.format = format;
    return selection;
}

void SourceView::refreshSelections() {
    const int limit = document()->characterCount();
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_marks.size() + m_focus.size());
    for (const SourceMark &mark : std::as_const(m_marks)) {
        if (!mark.span.isValid() || mark.span.end > limit)
            continue;
        QTextCharFormat format;
        if (!mark.severity) {
            format.setBackground(QColor(0xfd, 0xf1, 0xc4));
        } else {
            const QColor colour = severityColor(*mark.severity);
            QColor tint = colour;
            tint.setAlpha(50);
            format.setBackground(tint);
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(colour);
        }
        selections.append(selectionFor(mark.span, format));
    }
    QTextCharFormat focus;
    focus.setBackground(QColor(0x3d, 0x7e, 0xd6));
    focus.setForeground(Qt::white);
    focus.setFontWeight(QFont::Bold);
    for (const model::Span &span : std::as_const(m_focus))
        selections.append(selectionFor(span, focus));
    // Search hits last: what the reader is looking for stays visible.
    QTextCharFormat hit;
    hit.setBackground(QColor(0xff, 0xd5, 0x4f));
    QTextCharFormat currentHit = hit;
    currentHit.setBackground(QColor(0xf5, 0x7c, 0x00));
    currentHit.setForeground(Qt::white);
    for (qsizetype i = 0; i < m_hits.size(); ++i)
        selections.append(selectionFor(m_hits[i], i == m_currentHit ? currentHit : hit));
    setExtraSelections(selections);
}

void SourceView::mouseReleaseEvent(QMouseEvent *event) {
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    emit positionClicked(cursorForPosition(event->position().toPoint()).position());
}

} // namespace juesuan::ui
