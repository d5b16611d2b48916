#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class QLabel;

namespace Letterbox::Gui {

/**
 * @short The main window: menus, the page stack and the status bar.
 *
 * Until an account exists it shows a welcome page rather than empty panes, so a
 * first start never looks broken.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The line shown at the left of the status bar.
    [[nodiscard]] QString statusText() const;

private:
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QLabel *m_statusLabel = nullptr;
};

} // namespace Letterbox::Gui
