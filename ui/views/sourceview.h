#pragma once

#include "core/check/severity.h"
#include "core/model/span.h"
#include "core/text/normalizer.h"

#include <QList>
#include <QPlainTextEdit>

namespace juesuan::ui {

#include <optional>

// A stretch of the source to mark: every extracted figure is tinted; a
// figure in a finding is marked by the finding's severity (the highest when
// it is in several).
struct SourceMark {
    model::Span span;
    std::optional<check::Severity> severity;
};

// The report's original text, read-only, with its figures highlighted.
// Offsets are the report's (UTF-16 positions of the original text), which is
// also what QTextDocument positions are for plain text.
class SourceView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit SourceView(QWidget *parent = nullptr);

    void setSourceText(const QString &text);
    void setMarks(QList<SourceMark> marks);
    // Emphasises `spans` (the figures of the selected finding or the
    // selected figure), selects the first and scrolls it to the centre.
    void focusSpans(const QList<model::Span> &spans);
    QList<model::Span> focusedSpans() const { return m_focus; }
    // Marks the hits of a search, `current` (an index into them) the most,
    // and selects and centres that one; an empty list clears them.
    void setSearchHits(QList<model::Span> hits, int current);
    // The text as searches match it, normalised once per text.
    const text::NormalizedText &normalizedText();

signals:
    // The user clicked at this offset of the text (no drag selection).
    void positionClicked(qsizetype position);
    // Another text was set: spans found in the old one no longer apply.
    void sourceTextReplaced();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void refreshSelections();
    QTextEdit::ExtraSelection selectionFor(const model::Span &span, const QTextCharFormat &format);

    QList<SourceMark> m_marks;
    QList<model::Span> m_focus;
    QList<model::Span> m_hits;
    int m_currentHit = -1;
    std::optional<text::NormalizedText> m_normalized;
};

} // namespace juesuan::ui
