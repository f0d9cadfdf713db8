#pragma once

#include "core/model/span.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace juesuan::ui {

class SourceView;

// Ctrl+F in a report's text: a field under the text; every hit is marked and
// Enter, F3 and Shift+F3 move between them. Widths, thousands separators and
// spaces inside numbers do not matter (text::findInText). Esc closes it and
// clears the marks.
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(SourceView *view, QWidget *parent = nullptr);

    // Shows the bar with its field focused and its text selected.
    void open();
    void findNext();
    void findPrevious();
    int hitCount() const { return int(m_hits.size()); }
    int currentHit() const { return m_current; } // -1 when there is none
    QLineEdit *field() const { return m_field; }

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search();
    void showHit(int index);
    void updateCount();
    void retranslate();
    void close();

    SourceView *m_view;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous, *m_next, *m_close;
    QList<model::Span> m_hits;
    int m_current = -1;
};

} // namespace juesuan::ui
