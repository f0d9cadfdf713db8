#pragma once

#include "ui/compare/comparisonexportrequest.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace juesuan::ui {

// Asks what to export from a comparison and where: one chart, all charts in
// one image, the whole panel (PNG or SVG, at a size and, for PNG, a scale)
// or the aligned table (CSV or XLSX). It only fills a request; the panel
// writes the file.
class ComparisonExportDialog : public QDialog {
    Q_OBJECT
public:
    // `charts`: the charts that have something to draw; `panelSize`: the
    // size the whole panel is proposed at.
    ComparisonExportDialog(const QList<ComparisonChartKind> &charts, const QSize &panelSize,
                           QWidget *parent = nullptr);

    ComparisonExportRequest request() const;

private:
    ComparisonExportRequest::Target target() const;
    ComparisonExportRequest::Format format() const;
    void fillFormats();
    void updateControls();
    void updateSuffix();
    void browse();

    QSize m_panelSize;
    QComboBox *m_target;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QLineEdit *m_path;
    QDialogButtonBox *m_buttons;
};

} // namespace juesuan::ui
