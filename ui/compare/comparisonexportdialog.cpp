#include "ui/compare/comparisonexportdialog.h"

#include "ui/exportfolder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace juesuan::ui {
namespace {

using Target = ComparisonExportRequest::Target;
using Format = ComparisonExportRequest::Format;

// Item data of the target box: the target, and for one chart its kind.
constexpr int chartOffset = 100;

int targetData(Target target) {
    return int(target);
}

int chartItemData(ComparisonChartKind kind) {
    return chartOffset + int(kind);
}

} // namespace

ComparisonExportDialog::ComparisonExportDialog(const QList<ComparisonChartKind> &charts,
                                               const QSize &panelSize, QWidget *parent)
    : QDialog(parent)
    , m_panelSize(panelSize)
    , m_target(new QComboBox)
    , m_format(new QComboBox)
    , m_width(new QSpinBox)
    , m_height(new QSpinBox)
    , m_scale(new QDoubleSpinBox)
    , m_path(new QLineEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
    setWindowTitle(tr("Export comparison"));
    if (charts.size() > 1)
        m_target->addItem(tr("All charts in one image"), targetData(Target::AllCharts));
    for (const ComparisonChartKind kind : charts)
        m_target->addItem(comparisonChartTitle(kind), chartItemData(kind));
    m_target->addItem(tr("The whole comparison panel"), targetData(Target::Panel));
    m_target->addItem(tr("The aligned table"), targetData(Target::Table));

    for (QSpinBox *side : {m_width, m_height}) {
        side->setRange(200, 6000);
        side->setSuffix(tr(" px"));
    }
    m_width->setValue(defaultImageSize.width());
    m_height->setValue(defaultImageSize.height());
    m_scale->setRange(0.5, 4);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(1);
    m_scale->setSuffix(QStringLiteral("×"));
    m_scale->setValue(defaultImageScale);
    m_scale->setToolTip(tr("Pixel density: 2× doubles the pixels of the image for sharp print "
                           "and high-density screens; the layout stays the same"));

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×")));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    auto *browseButton = new QPushButton(tr("Browse…"));
    pathRow->addWidget(browseButton);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Export:"), m_target);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(tr("File:"), pathRow);
    form->addRow(m_buttons);

    m_path->setText(QDir(exportFolder()).filePath(tr("comparison") + QStringLiteral(".png")));

    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        fillFormats();
        if (target() == Target::Panel) {
            m_width->setValue(m_panelSize.width());
            m_height->setValue(m_panelSize.height());
        }
        updateControls();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        updateSuffix();
        updateControls();
    });
    connect(m_path, &QLineEdit::textChanged, this, &ComparisonExportDialog::updateControls);
    connect(browseButton, &QPushButton::clicked, this, &ComparisonExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        // A folder that is not there keeps the dialog open with what was chosen.
        const QFileInfo file(m_path->text());
        if (!file.absoluteDir().exists()) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("The folder %1 does not exist.")
                                     .arg(QDir::toNativeSeparators(file.absolutePath())));
            return;
        }
        rememberExportFolder(m_path->text());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillFormats();
    updateControls();
}

Target ComparisonExportDialog::target() const {
    const int item = m_target->currentData().toInt();
    return item >= chartOffset ? Target::Chart : Target(item);
}

Format ComparisonExportDialog::format() const {
    return Format(m_format->currentData().toInt());
}

ComparisonExportRequest ComparisonExportDialog::request() const {
    ComparisonExportRequest request;
    request.target = target();
    if (request.target == Target::Chart)
        request.chart = ComparisonChartKind(m_target->currentData().toInt() - chartOffset);
    request.format = format();
    request.size = QSize(m_width->value(), m_height->value());
    request.scale = m_scale->value();
    request.path = m_path->text().trimmed();
    return request;
}

void ComparisonExportDialog::fillFormats() {
    const QSignalBlocker blocker(m_format);
    m_format->clear();
    if (target() == Target::Table) {
        m_format->addItem(tr("Excel workbook (XLSX)"), int(Format::Xlsx));
        m_format->addItem(tr("CSV (UTF-8)"), int(Format::Csv));
    } else {
        m_format->addItem(tr("PNG image"), int(Format::Png));
        m_format->addItem(tr("SVG vector image"), int(Format::Svg));
    }
    updateSuffix();
}

// The file name follows the format so that a PNG is never named .svg.
void ComparisonExportDialog::updateSuffix() {
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    m_path->setText(
        QDir(info.path()).filePath(info.completeBaseName() + u'.' + formatSuffix(format())));
}

void ComparisonExportDialog::updateControls() {
    const bool image = target() != Target::Table;
    m_width->setEnabled(image);
    m_height->setEnabled(image);
    m_scale->setEnabled(image && format() == Format::Png);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_path->text().trimmed().isEmpty());
}

void ComparisonExportDialog::browse() {
    const QString suffix = formatSuffix(format());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export comparison"), m_path->text(),
                                     tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!path.isEmpty())
        m_path->setText(path);
}

} // namespace juesuan::ui
