#include "ui/views/loadingindicator.h"

#include "ui/document/reportloader.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace juesuan::ui {

LoadingIndicator::LoadingIndicator(ReportLoader *loader, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_label(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancel(new QToolButton) {
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, m_loader, &ReportLoader::cancel);
    connect(m_loader, &ReportLoader::progressChanged, this, &LoadingIndicator::showProgress);
    connect(m_loader, &ReportLoader::busyChanged, this, &QWidget::setVisible);
    retranslate();
    setVisible(m_loader->isBusy());
}

void LoadingIndicator::showProgress(int done, int total) {
    m_done = done;
    m_total = total;
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    m_label->setText(tr("Loading %1 of %2").arg(qMin(done + 1, total)).arg(total));
}

void LoadingIndicator::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LoadingIndicator::retranslate() {
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading; the reports loaded so far stay open"));
    showProgress(m_done, m_total);
}

} // namespace juesuan::ui
