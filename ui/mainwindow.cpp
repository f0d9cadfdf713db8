#include "mainwindow.h"

#include <QLabel>

namespace juesuan::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {
    setWindowTitle(tr("Juesuan — final-account reports"));
    setCentralWidget(new QLabel(tr("No report open"), this));
    resize(1200, 800);
}

void MainWindow::openPaths(const QStringList &paths) {
    Q_UNUSED(paths);
}

} // namespace juesuan::ui
