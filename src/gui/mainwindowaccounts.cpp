// MainWindow: accounts added (the wizard) while the window runs.
#include "gui/mainwindow.h"

#include "ui_mainwindow.h"

#include "gui/accountsettings/accountsettingsdialog.h"
#include "gui/accountwizard/accountwizard.h"
#include "gui/certificatedialog.h"
#include "gui/iconproxymodel.h"
#include "gui/messageview.h"
#include "models/accountcaches.h"
#include "models/foldertreemodel.h"
#include "services/session/mailsession.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Letterbox::Gui {

void MainWindow::setUpAccountActions()
{
    m_addAccountAction = new QAction(tr("Add &Account…"), this);
    m_addAccountAction->setObjectName(QStringLiteral("addAccountAction"));
    m_addAccountAction->setEnabled(m_session && m_session->profile());
    m_ui->fileMenu->insertAction(m_ui->quitAction, m_addAccountAction);
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    connect(m_addAccountAction, &QAction::triggered, this, [this] { addAccount(); });

    auto *button = new QPushButton(tr("&Add Account…"), m_ui->welcomePage);
    button->setObjectName(QStringLiteral("welcomeAddAccount"));
    button->setEnabled(m_addAccountAction->isEnabled());
    auto *layout = qobject_cast<QVBoxLayout *>(m_ui->welcomePage->layout());
    layout->insertWidget(layout->indexOf(m_ui->welcomeText) + 1, button, 0, Qt::AlignHCenter);
    connect(button, &QPushButton::clicked, this, [this] { addAccount(); });

    if (m_session) {
        connect(m_session, &Services::MailSession::accountAdded, this, &MainWindow::onAccountAdded);
        connect(m_session, &Services::MailSession::certificateRefused, this, &MainWindow::showCertificateRefusal);
        connect(m_session, &Services::MailSession::accountRemoving, this, &MainWindow::onAccountRemoving);
        connect(m_session, &Services::MailSession::accountRemoved, this,
            [this](const QString &name, const QString &problem) {
                if (problem.isEmpty()) {
                    statusBar()->showMessage(tr("Account %1 removed.").arg(name), 10000);
                } else {
                    reportError(tr("Account %1 removed. %2").arg(name, problem));
                }
            });
    }
    m_accountSettingsAction = new QAction(tr("Account &Settings…"), this);
    m_accountSettingsAction->setObjectName(QStringLiteral("accountSettingsAction"));
    connect(m_accountSettingsAction, &QAction::triggered, this, [this] { openAccountSettings(); });
}

void MainWindow::addAccountMenus()
{
    if (auto *edit = menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"))) {
        edit->addSeparator();
        edit->addAction(m_accountSettingsAction);
    }
}

AccountSettingsDialog *MainWindow::openAccountSettings(int account)
{
    if (!m_session) {
        return nullptr;
    }
    if (account < 0) {
        account = m_folderView ? currentFolderAccount() : -1;
    }
    for (int i = 0; account < 0 && i < m_session->accountCount(); ++i) {
        if (m_session->account(i)) {
            account = i;
        }
    }
    if (!m_session->account(account)) {
        return nullptr;
    }
    auto *dialog = new AccountSettingsDialog(*m_session, account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void MainWindow::onAccountRemoving(int account)
{
    if (!m_caches) {
        return;
    }
    if (m_viewAccount == account) {
        m_view->clear();
        m_viewAccount = -1;
        m_messagePane->setCurrentWidget(m_messagePlaceholder);
    }
    // Undo entries name rows of the cache that is going.
    m_undoStack->clear();
    m_caches->removeAccount(account);
    m_folderView->setCurrentIndex(m_folderProxy->mapFromSource(m_folderModel->unifiedInboxIndex()));
    updateActions();
    bool anyLeft = false;
    for (int i = 0; i < m_session->accountCount() && !anyLeft; ++i) {
        anyLeft = i != account && m_session->account(i);
    }
    if (!anyLeft) {
        m_ui->pages->setCurrentWidget(m_ui->welcomePage); // the last one went: as on first start
    }
}

void MainWindow::startAccountWizardIfEmpty()
{
    if (m_session && m_session->profile() && m_session->accountCount() == 0) {
        // After the window is up, so the wizard sits on top of it, not before it.
        QTimer::singleShot(0, this, [this] { addAccount(); });
    }
}

AccountWizard *MainWindow::addAccount()
{
    if (!m_session || !m_session->profile()) {
        return nullptr;
    }
    if (auto *open = findChild<AccountWizard *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *wizard = new AccountWizard(*m_session->profile(), m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->show();
    return wizard;
}

void MainWindow::onAccountAdded(int account)
{
    if (!m_caches) {
        // The first account: the welcome page becomes the mail page.
        openMailPage();
    } else if (m_caches->indexOf(m_session->accountName(account)) < 0) {
        m_caches->addAccount(m_session->accountName(account), m_session->database(account));
        m_ui->pages->setCurrentWidget(m_mailPage); // after the last one was removed
    }
    const QModelIndex node = m_folderModel->accountIndex(account);
    if (node.isValid()) {
        m_folderView->setCurrentIndex(m_folderProxy->mapFromSource(node));
        m_folderView->expand(m_folderProxy->mapFromSource(node));
    }
    statusBar()->showMessage(tr("Account %1 added; getting its mail…").arg(m_session->accountName(account)), 10000);
}

void MainWindow::showCertificateRefusal(int /*account*/, const Services::CertificateRefusal &refusal)
{
    // Not exec(): the engines and the other panes keep going while the person reads.
    auto *dialog = new CertificateDialog(refusal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = refusal.account;
    connect(dialog, &QDialog::finished, this, [this, dialog, name] {
        const int index = m_session->indexOf(name); // the index may not outlive a removal
        if (index < 0) {
            return;
        }
        const QByteArray sha256 = dialog->refusal().certificate.sha256;
        switch (dialog->decision()) {
        case CertificateDialog::Decision::Cancel:
            m_session->declineCertificate(index, sha256);
            statusBar()->showMessage(
                tr("Account %1 stays disconnected: its server's certificate was not accepted.").arg(name), 10000);
            return;
        case CertificateDialog::Decision::AcceptOnce:
        case CertificateDialog::Decision::AcceptAlways: {
            const auto trust = dialog->decision() == CertificateDialog::Decision::AcceptAlways
                ? Services::CertificateTrust::Always
                : Services::CertificateTrust::Once;
            QString error;
            if (!m_session->acceptCertificate(index, sha256, trust, &error)) {
                reportError(error);
            }
            return;
        }
        }
    });
    dialog->open();
}

} // namespace Letterbox::Gui
