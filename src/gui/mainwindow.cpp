#include "gui/mainwindow.h"

#include "ui_mainwindow.h"

#include "letterboxversion.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>

namespace Letterbox::Gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);

    QFont titleFont = m_ui->welcomeTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_ui->welcomeTitle->setFont(titleFont);

    m_statusLabel = new QLabel(tr("No account"), this);
    m_statusLabel->setAccessibleName(tr("Account status"));
    m_ui->statusBar->addWidget(m_statusLabel, 1);

    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

MainWindow::~MainWindow() = default;

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Letterbox"),
        tr("<h3>Letterbox %1</h3>"
           "<p>A desktop email client that shows what POP3, IMAP and SMTP "
           "do on the wire.</p>")
            .arg(QLatin1String(LETTERBOX_VERSION)));
}

} // namespace Letterbox::Gui
