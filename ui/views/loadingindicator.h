#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace juesuan::ui {

class ReportLoader;

// Progress of background loading for the status bar: "Loading 34 of 1000",
// a progress bar and a cancel button. Hidden while nothing loads.
class LoadingIndicator : public QWidget {
    Q_OBJECT
public:
    explicit LoadingIndicator(ReportLoader *loader, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showProgress(int done, int total);
    void retranslate();

    ReportLoader *m_loader;
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    int m_done = 0;
    int m_total = 0;
};

} // namespace juesuan::ui
