#include "ui/exportfolder.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace juesuan::ui {
namespace {

const QString folderKey = QStringLiteral("export/folder");

// Gives lupdate and the run time the same context for these free functions.
struct ExportText {
    Q_DECLARE_TR_FUNCTIONS(Export)
};

} // namespace

QString exportFolder() {
    const QString remembered = QSettings().value(folderKey).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    for (const auto location : {QStandardPaths::PicturesLocation, QStandardPaths::DocumentsLocation,
                                QStandardPaths::HomeLocation}) {
        const QString folder = QStandardPaths::writableLocation(location);
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    }
    return QDir::homePath();
}

void rememberExportFolder(const QString &filePath) {
    QSettings().setValue(folderKey, QFileInfo(filePath).absolutePath());
}

QString exportErrorText(const QString &filePath, const QString &reason) {
    return ExportText::tr("%1: %2").arg(QDir::toNativeSeparators(filePath), reason);
}

void confirmExport(QWidget *parent, const QString &title, const QString &filePath) {
    auto *box =
        new QMessageBox(QMessageBox::Information, title,
                        ExportText::tr("Saved to %1").arg(QDir::toNativeSeparators(filePath)),
                        QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    QPushButton *open = box->addButton(ExportText::tr("Open Folder"), QMessageBox::ActionRole);
    const QString folder = QFileInfo(filePath).absolutePath();
    QObject::connect(open, &QPushButton::clicked, box,
                     [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    box->show();
}

} // namespace juesuan::ui
