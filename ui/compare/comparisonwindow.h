#pragma once

#include <QList>
#include <QWidget>

class QAction;

namespace juesuan::ui {

class ComparisonDocument;
class ComparisonPanel;
class ReportDocument;
class ReportLibrary;

// A window holding one comparison: it owns the ComparisonDocument over the
// two reports and shows it in a ComparisonPanel. Deletes itself when
// closed; closes itself when either report leaves the library.
class ComparisonWindow : public QWidget {
    Q_OBJECT
public:
    ComparisonWindow(ReportDocument *first, ReportDocument *second, QWidget *parent = nullptr);

    ComparisonDocument *document() const { return m_document; }
    ComparisonPanel *panel() const { return m_panel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTitle();

    ComparisonDocument *m_document;
    ComparisonPanel *m_panel;
    QAction *m_closeAction = nullptr; // Ctrl+W, Esc
};

// Compares two reports of `library` in a new window. `selected`: the
// reports the user picked (e.g. the current one); with exactly two loaded
// ones they are compared at once, otherwise a dialog asks for the two,
// proposing the selected ones. Returns the window, or nullptr when the user
// cancelled or fewer than two reports are loaded (then a message says so).
ComparisonWindow *openComparison(ReportLibrary *library, const QList<ReportDocument *> &selected,
                                 QWidget *parent);

} // namespace juesuan::ui
