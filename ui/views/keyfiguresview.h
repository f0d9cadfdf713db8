#pragma once

#include "core/check/severity.h"

#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace juesuan::ui {

class ReportDocument;

// The report at a glance: who and which year, how many findings of each
// severity, and a card per headline figure with its change against the
// budget and the previous year as the report states them. Clicking a card
// shows the figure in the source.
class KeyFiguresView : public QWidget {
    Q_OBJECT
public:
    explicit KeyFiguresView(QWidget *parent = nullptr);

    void setDocument(ReportDocument *document);

signals:
    void figureActivated(int figureIndex);
    // The user clicked a severity count: show the findings of that severity.
    void findingsRequested(juesuan::check::Severity severity);
    // The user clicked a card's conflict: another statement of its figure,
    // with another value, is this figure (an index into Report::figures).
    void conflictActivated(int figureIndex);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    static int columnsFor(int width);
    void clearCards();
    QWidget *makeCard(const struct KeyFigure &figure);
    QLabel *makeBadge(check::Severity severity, int count);

    QPointer<ReportDocument> m_document;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_notices; // the report's reading and extraction warnings
    QWidget *m_badges;
    QGridLayout *m_cards;
    int m_columns = 4;
};

} // namespace juesuan::ui
