#pragma once

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace juesuan::ui {

class ReportDocument;

// Asks which two loaded reports to compare: two lists of the library's
// reports, the proposed ones preselected, OK only when they differ. Tells
// the mode the choice gives (year over year or unit vs unit) as it changes.
class ComparePicker : public QDialog {
    Q_OBJECT
public:
    ComparePicker(const QList<ReportDocument *> &reports, const QList<ReportDocument *> &proposed,
                  QWidget *parent = nullptr);

    QList<ReportDocument *> chosen() const;

private:
    void update();

    QList<ReportDocument *> m_reports;
    QComboBox *m_first;
    QComboBox *m_second;
    QLabel *m_mode;
    QDialogButtonBox *m_buttons;
};

} // namespace juesuan::ui
