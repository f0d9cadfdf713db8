#pragma once

#include <QMainWindow>

namespace juesuan::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    // Opens report files or folders; with none, the bundled sample reports.
    void openPaths(const QStringList &paths);
};

} // namespace juesuan::ui
