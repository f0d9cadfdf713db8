#include "ui/compare/comparepicker.h"

#include "core/compare/comparison.h"
#include "core/wording/comparisontext.h"
#include "ui/document/reportdocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace juesuan::ui {

ComparePicker::ComparePicker(const QList<ReportDocument *> &reports,
                             const QList<ReportDocument *> &proposed, QWidget *parent)
    : QDialog(parent)
    , m_reports(reports)
    , m_first(new QComboBox)
    , m_second(new QComboBox)
    , m_mode(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Compare reports"));
    for (QComboBox *box : {m_first, m_second}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        for (const ReportDocument *report : reports)
            box->addItem(wording::reportName(report->report()) + QStringLiteral(" — ") +
                         report->fileName());
    }
    const qsizetype first =
        proposed.isEmpty() ? 0 : qMax<qsizetype>(0, reports.indexOf(proposed[0]));
    qsizetype second = proposed.size() > 1 ? reports.indexOf(proposed[1]) : -1;
    if (second < 0 || second == first)
        second = first == 0 ? 1 : 0;
    m_first->setCurrentIndex(int(first));
    m_second->setCurrentIndex(int(second));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Compare:"), m_first);
    form->addRow(tr("with:"), m_second);
    form->addRow(m_mode);
    form->addRow(m_buttons);
    connect(m_first, &QComboBox::currentIndexChanged, this, &ComparePicker::update);
    connect(m_second, &QComboBox::currentIndexChanged, this, &ComparePicker::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QList<ReportDocument *> ComparePicker::chosen() const {
    return {m_reports.value(m_first->currentIndex()), m_reports.value(m_second->currentIndex())};
}

void ComparePicker::update() {
    const QList<ReportDocument *> pair = chosen();
    const bool distinct = pair[0] && pair[1] && pair[0] != pair[1];
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(distinct);
    if (!distinct) {
        m_mode->setText(tr("Pick two different reports."));
        return;
    }
    m_mode->setText(
        tr("Mode: %1")
            .arg(wording::modeText(compare::detectMode(pair[0]->report(), pair[1]->report()))));
}

} // namespace juesuan::ui
