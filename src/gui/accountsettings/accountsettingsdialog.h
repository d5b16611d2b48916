#pragma once

#include "accounts/account.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace Letterbox::Services {
class MailSession;
}

namespace Letterbox::Gui {

class ServerEditor;

/**
 * @short Every setting of one account, editable: identity and signature; incoming
 * server with the POP3 ↔ IMAP switch (which says, before OK, what will change —
 * Services::SwitchPreview), POP3 retention, IMAP offline download, check interval and
 * IDLE; outgoing server; and "Remove Account…".
 *
 * OK validates (Account::validate()) and hands the account to
 * MailSession::updateAccount(), which writes the settings file and gives the running
 * engine the new settings; a protocol switch is confirmed first. Removing asks, then
 * MailSession::removeAccount() deletes the cache, the settings and the keychain entry.
 * Settings without a widget here (CA file, password command, OAuth2 provider, the IMAP
 * sync window) are kept as they are.
 */
class AccountSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /// How a question is put to the person; a test answers it without a modal box.
    using Confirmer = std::function<bool(const QString &title, const QString &text)>;
    /// done() code after the account was removed.
    static constexpr int Removed = 2;

    AccountSettingsDialog(Services::MailSession &session, int account, QWidget *parent = nullptr);

    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    /// The account as the widgets now describe it (not validated).
    [[nodiscard]] Accounts::Account edited() const;
    /// What the switch would do, as shown on the Incoming tab; empty without a switch.
    [[nodiscard]] QString switchNotice() const;
    [[nodiscard]] QString errorText() const;

    // For tests.
    [[nodiscard]] QLineEdit *displayNameEdit() const { return m_displayName; }
    [[nodiscard]] QLineEdit *emailEdit() const { return m_email; }
    [[nodiscard]] QPlainTextEdit *signatureEdit() const { return m_signature; }
    [[nodiscard]] QRadioButton *imapButton() const { return m_imap; }
    [[nodiscard]] QRadioButton *pop3Button() const { return m_pop3; }
    [[nodiscard]] ServerEditor *incomingEditor() const { return m_incoming; }
    [[nodiscard]] ServerEditor *smtpEditor() const { return m_smtp; }
    [[nodiscard]] QSpinBox *checkIntervalBox() const { return m_checkInterval; }
    [[nodiscard]] QCheckBox *idleBox() const { return m_idle; }
    [[nodiscard]] QRadioButton *retentionButton(Accounts::Pop3Retention retention) const;
    [[nodiscard]] QSpinBox *keepDaysBox() const { return m_keepDays; }
    [[nodiscard]] QRadioButton *headersOnlyButton() const { return m_headersOnly; }
    [[nodiscard]] QRadioButton *recentBodiesButton() const { return m_recentBodies; }
    [[nodiscard]] QRadioButton *allBodiesButton() const { return m_allBodies; }
    [[nodiscard]] QSpinBox *offlineDaysBox() const { return m_offlineDays; }
    [[nodiscard]] QCheckBox *plaintextBox() const { return m_plaintext; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }
    [[nodiscard]] QPushButton *okButton() const { return m_ok; }

public Q_SLOTS:
    void accept() override;

private:
    QWidget *buildIdentityTab();
    QWidget *buildIncomingTab();
    QWidget *buildOutgoingTab();
    void load(const Accounts::Account &account);
    void updateState();
    void removeAccount();
    void showError(const QString &message);
    [[nodiscard]] Accounts::IncomingProtocol protocol() const;

    Services::MailSession &m_session;
    int m_account;
    Accounts::Account m_original;
    Confirmer m_confirm;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_email = nullptr;
    QPlainTextEdit *m_signature = nullptr;
    QRadioButton *m_imap = nullptr;
    QRadioButton *m_pop3 = nullptr;
    QLabel *m_switchNotice = nullptr;
    ServerEditor *m_incoming = nullptr;
    ServerEditor *m_smtp = nullptr;
    QSpinBox *m_checkInterval = nullptr;
    QCheckBox *m_idle = nullptr;
    QWidget *m_pop3Group = nullptr;
    QWidget *m_imapGroup = nullptr;
    QButtonGroup *m_retention = nullptr;
    QSpinBox *m_keepDays = nullptr;
    QRadioButton *m_headersOnly = nullptr;
    QRadioButton *m_recentBodies = nullptr;
    QRadioButton *m_allBodies = nullptr;
    QSpinBox *m_offlineDays = nullptr;
    QCheckBox *m_plaintext = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Letterbox::Gui
