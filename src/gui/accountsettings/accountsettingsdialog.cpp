#include "gui/accountsettings/accountsettingsdialog.h"

#include "gui/accountwizard/servereditor.h"
#include "gui/accountwizard/serverpage.h"
#include "services/retrieval/switchpreview.h"
#include "services/session/mailsession.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Letterbox::Gui {

using Accounts::IncomingProtocol;
using Accounts::Pop3Retention;
using Accounts::Security;

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setIndent(24);
    return label;
}

// A radio button with a day count beside it ("Delete after [30] days").
QWidget *withDays(QRadioButton *button, QSpinBox *days, const QString &unit, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    days->setRange(1, 36500);
    layout->addWidget(button);
    layout->addWidget(days);
    layout->addWidget(new QLabel(unit, row));
    layout->addStretch(1);
    return row;
}

} // namespace

AccountSettingsDialog::AccountSettingsDialog(Services::MailSession &session, int account, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_account(account)
    , m_confirm([this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    })
{
    setObjectName(QStringLiteral("accountSettings"));
    if (const Accounts::Account *found = session.account(account)) {
        m_original = *found;
    }
    setWindowTitle(tr("Account Settings: %1").arg(m_original.name));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildIdentityTab(), tr("&Identity"));
    m_tabs->addTab(buildIncomingTab(), tr("I&ncoming"));
    m_tabs->addTab(buildOutgoingTab(), tr("&Outgoing"));
    layout->addWidget(m_tabs);
    m_plaintext = new QCheckBox(this);
    m_plaintext->setObjectName(QStringLiteral("plaintextConsent"));
    m_plaintext->setStyleSheet(QStringLiteral("QCheckBox { color: #b00020; font-weight: bold; }"));
    layout->addWidget(m_plaintext);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_remove = buttons->addButton(tr("&Remove Account…"), QDialogButtonBox::DestructiveRole);
    m_remove->setObjectName(QStringLiteral("removeAccount"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &AccountSettingsDialog::removeAccount);

    load(m_original);
}

QWidget *AccountSettingsDialog::buildIdentityTab()
{
    auto *tab = new QWidget(this);
    auto *form = new QFormLayout(tab);
    m_displayName = new QLineEdit(tab);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_email = new QLineEdit(tab);
    m_email->setObjectName(QStringLiteral("email"));
    m_signature = new QPlainTextEdit(tab);
    m_signature->setObjectName(QStringLiteral("signature"));
    m_signature->setAccessibleName(tr("Signature"));
    m_signature->setTabChangesFocus(true);
    form->addRow(tr("Your &name:"), m_displayName);
    form->addRow(tr("&Email address:"), m_email);
    form->addRow(tr("&Signature:"), m_signature);
    form->addRow(note(tr("The signature is added below each new message, after a \"-- \" line."), tab));
    return tab;
}

QWidget *AccountSettingsDialog::buildIncomingTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_imap = new QRadioButton(tr("&IMAP: keep mail on the server"), tab);
    m_imap->setObjectName(QStringLiteral("chooseImap"));
    m_pop3 = new QRadioButton(tr("P&OP3: download mail to this computer"), tab);
    m_pop3->setObjectName(QStringLiteral("choosePop3"));
    auto *engines = new QButtonGroup(this);
    engines->addButton(m_imap);
    engines->addButton(m_pop3);
    layout->addWidget(m_imap);
    layout->addWidget(note(tr("IMAP keeps mail on the server and in sync across devices."), tab));
    layout->addWidget(m_pop3);
    layout->addWidget(note(tr("POP3 downloads it to this computer."), tab));
    m_switchNotice = new QLabel(tab);
    m_switchNotice->setObjectName(QStringLiteral("switchNotice"));
    m_switchNotice->setWordWrap(true);
    m_switchNotice->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(alternate-base); border: 1px solid palette(mid); padding: 6px; }"));
    layout->addWidget(m_switchNotice);
    m_incoming = new ServerEditor(ServerEditor::Kind::Incoming, tab);
    layout->addWidget(m_incoming);

    auto *checks = new QFormLayout;
    m_checkInterval = new QSpinBox(tab);
    m_checkInterval->setObjectName(QStringLiteral("checkInterval"));
    m_checkInterval->setRange(0, 24 * 60);
    m_checkInterval->setSuffix(tr(" minutes"));
    m_checkInterval->setSpecialValueText(tr("Only when I ask"));
    checks->addRow(tr("Check for new mail &every:"), m_checkInterval);
    layout->addLayout(checks);
    m_idle = new QCheckBox(tr("Show new mail at once (IMAP IDLE keeps the Inbox open)"), tab);
    m_idle->setObjectName(QStringLiteral("imapIdle"));
    layout->addWidget(m_idle);

    auto *pop3 = new QGroupBox(tr("Copies on the POP3 server"), tab);
    m_pop3Group = pop3;
    auto *pop3Layout = new QVBoxLayout(pop3);
    m_retention = new QButtonGroup(this);
    const auto addRetention = [&](Pop3Retention retention, const QString &text, QSpinBox *days = nullptr) {
        auto *button = new QRadioButton(text, pop3);
        button->setObjectName(QStringLiteral("retention-") + Accounts::toString(retention));
        m_retention->addButton(button, int(retention));
        pop3Layout->addWidget(days ? withDays(button, days, tr("days after arrival"), pop3) : button);
    };
    m_keepDays = new QSpinBox(pop3);
    m_keepDays->setObjectName(QStringLiteral("keepDays"));
    addRetention(Pop3Retention::Keep, tr("&Leave them on the server"));
    addRetention(Pop3Retention::KeepDays, tr("Delete them from the server"), m_keepDays);
    addRetention(Pop3Retention::DeleteWithLocal, tr("Delete from the server when I delete them &here"));
    addRetention(Pop3Retention::DeleteAfterDownload, tr("Delete from the server once &downloaded"));
    layout->addWidget(pop3);

    auto *imap = new QGroupBox(tr("Keep for reading offline"), tab);
    m_imapGroup = imap;
    auto *imapLayout = new QVBoxLayout(imap);
    m_headersOnly = new QRadioButton(tr("&Headers only: a message is downloaded when opened"), imap);
    m_headersOnly->setObjectName(QStringLiteral("offlineHeaders"));
    m_recentBodies = new QRadioButton(tr("Whole messages of the last"), imap);
    m_recentBodies->setObjectName(QStringLiteral("offlineRecent"));
    m_offlineDays = new QSpinBox(imap);
    m_offlineDays->setObjectName(QStringLiteral("offlineDays"));
    m_allBodies = new QRadioButton(tr("&Every whole message"), imap);
    m_allBodies->setObjectName(QStringLiteral("offlineAll"));
    // One group: the middle button sits in a row of its own, so auto-exclusion alone misses it.
    auto *offline = new QButtonGroup(this);
    for (QRadioButton *button : {m_headersOnly, m_recentBodies, m_allBodies}) {
        offline->addButton(button);
    }
    imapLayout->addWidget(m_headersOnly);
    imapLayout->addWidget(withDays(m_recentBodies, m_offlineDays, tr("days"), imap));
    imapLayout->addWidget(m_allBodies);
    layout->addWidget(imap);
    layout->addStretch(1);

    connect(m_imap, &QRadioButton::toggled, this, [this] {
        m_incoming->setProtocol(protocol());
        updateState();
    });
    connect(m_incoming, &ServerEditor::changed, this, &AccountSettingsDialog::updateState);
    return tab;
}

QWidget *AccountSettingsDialog::buildOutgoingTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_smtp = new ServerEditor(ServerEditor::Kind::Smtp, tab);
    layout->addWidget(m_smtp);
    layout->addWidget(note(tr("Mail is sent over SMTP submission with the account's password."), tab));
    layout->addStretch(1);
    connect(m_smtp, &ServerEditor::changed, this, &AccountSettingsDialog::updateState);
    return tab;
}

void AccountSettingsDialog::load(const Accounts::Account &account)
{
    m_displayName->setText(account.displayName);
    m_email->setText(account.email);
    m_signature->setPlainText(account.signature);
    {
        const QSignalBlocker blockImap(m_imap);
        const QSignalBlocker blockPop3(m_pop3);
        (account.protocol == IncomingProtocol::Pop3 ? m_pop3 : m_imap)->setChecked(true);
    }
    m_incoming->setProtocol(account.protocol);
    m_incoming->setServer(account.incoming);
    m_smtp->setServer(account.smtp);
    m_checkInterval->setValue(account.checkIntervalMinutes);
    m_idle->setChecked(account.imapIdle);
    if (QAbstractButton *button = m_retention->button(int(account.pop3Retention))) {
        button->setChecked(true);
    }
    m_keepDays->setValue(account.pop3KeepDays > 0 ? account.pop3KeepDays : 30);
    m_offlineDays->setValue(account.imapKeepOfflineDays > 0 ? account.imapKeepOfflineDays : 30);
    if (!account.imapKeepOffline) {
        m_headersOnly->setChecked(true);
    } else if (account.imapKeepOfflineDays > 0) {
        m_recentBodies->setChecked(true);
    } else {
        m_allBodies->setChecked(true);
    }
    m_plaintext->setChecked(account.allowPlaintext);
    updateState();
}

IncomingProtocol AccountSettingsDialog::protocol() const
{
    return m_pop3->isChecked() ? IncomingProtocol::Pop3 : IncomingProtocol::Imap;
}

Accounts::Account AccountSettingsDialog::edited() const
{
    Accounts::Account account = m_original;
    account.displayName = m_displayName->text().trimmed();
    account.email = m_email->text().trimmed();
    account.signature = m_signature->toPlainText();
    account.protocol = protocol();
    account.incoming = m_incoming->server();
    account.smtp = m_smtp->server();
    account.checkIntervalMinutes = m_checkInterval->value();
    account.imapIdle = m_idle->isChecked();
    account.pop3Retention = Pop3Retention(m_retention->checkedId());
    account.pop3KeepDays = account.pop3Retention == Pop3Retention::KeepDays ? m_keepDays->value() : 0;
    account.imapKeepOffline = !m_headersOnly->isChecked();
    account.imapKeepOfflineDays = m_recentBodies->isChecked() ? m_offlineDays->value() : 0;
    const bool plaintext = account.incoming.security == Security::None || account.smtp.security == Security::None;
    account.allowPlaintext = plaintext && (m_plaintext->isChecked() || m_plaintext->isHidden());
    return account;
}

void AccountSettingsDialog::updateState()
{
    const bool pop3 = protocol() == IncomingProtocol::Pop3;
    m_pop3Group->setVisible(pop3);
    m_imapGroup->setVisible(!pop3);
    m_idle->setVisible(!pop3);
    const QString notice = switchNotice();
    m_switchNotice->setText(notice);
    m_switchNotice->setVisible(!notice.isEmpty());
    // Plaintext as in the wizard: to a loopback host without asking, elsewhere only checked.
    const QStringList hosts = unencryptedRemoteHosts({m_incoming, m_smtp});
    m_plaintext->setText(ServerPage::plaintextConsentText(hosts));
    m_plaintext->setVisible(!hosts.isEmpty());
}

QString AccountSettingsDialog::switchNotice() const
{
    Store::Database *cache = m_session.database(m_account);
    if (!cache || protocol() == m_original.protocol) {
        return {};
    }
    Accounts::Account after = m_original;
    after.protocol = protocol();
    after.pop3Retention = Pop3Retention(m_retention->checkedId());
    after.pop3KeepDays = m_keepDays->value();
    const QString title
        = after.protocol == IncomingProtocol::Imap ? tr("Switching to IMAP:") : tr("Switching to POP3:");
    return title + QLatin1Char('\n')
        + Services::SwitchPreview::describe(*cache, m_original, after).join(QLatin1Char('\n'));
}

QString AccountSettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QRadioButton *AccountSettingsDialog::retentionButton(Pop3Retention retention) const
{
    return qobject_cast<QRadioButton *>(m_retention->button(int(retention)));
}

void AccountSettingsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void AccountSettingsDialog::accept()
{
    const Accounts::Account account = edited();
    if (const Accounts::AccountResult valid = account.validate(); !valid.ok()) {
        showError(valid.message);
        return;
    }
    if (account.protocol != m_original.protocol) {
        const QString title = account.protocol == IncomingProtocol::Imap
            ? tr("Switch %1 to IMAP?").arg(m_original.name)
            : tr("Switch %1 to POP3?").arg(m_original.name);
        if (!m_confirm(title, switchNotice() + QStringLiteral("\n\n") + tr("Nothing is deleted by the switch."))) {
            return;
        }
    }
    QString error;
    if (!m_session.updateAccount(m_account, account, &error)) {
        showError(error);
        return;
    }
    QDialog::accept();
}

void AccountSettingsDialog::removeAccount()
{
    const QString text = m_original.protocol == IncomingProtocol::Imap
        ? tr("The messages downloaded to this computer, the account's settings and its password in the keychain "
             "are deleted. The mail on the server stays where it is.")
        : tr("The messages downloaded to this computer, the account's settings and its password in the keychain "
             "are deleted. Messages deleted from the POP3 server exist nowhere else and are lost.");
    if (!m_confirm(tr("Remove account %1?").arg(m_original.name), text)) {
        return;
    }
    QString error;
    if (!m_session.removeAccount(m_account, &error)) {
        showError(error);
        return;
    }
    done(Removed);
}

} // namespace Letterbox::Gui
