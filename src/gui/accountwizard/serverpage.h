#pragma once

#include "accounts/account.h"
#include "accounts/autoconfigproposal.h"
#include "services/account/connectiontest.h"

#include <QPointer>
#include <QWizardPage>

#include <initializer_list>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace Letterbox::Gui {

class ServerEditor;

/**
 * @short The wizard's review page: everything autoconfiguration proposed (or the
 * guesses when it found nothing), editable, and the connection test.
 *
 * - The incoming engine as a clear choice, each with the sentence of what it means for
 *   the person; switching moves a default port along (ServerEditor).
 * - Incoming and outgoing host, port, security and login.
 * - Sign-in by password or by OAuth2 (the provider's web page; the wizard runs it).
 * - Plaintext to a host that is not this computer needs the checked warning box; to a
 *   loopback host (a local bridge or tunnel) it is allowed without one.
 * - "Test Connection" runs Services::ConnectionTest, the same code `account test` uses,
 *   and says in plain words what happened; an untrusted certificate can be looked at
 *   and accepted from there (certificateWanted()).
 */
class ServerPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ServerPage(QWidget *parent = nullptr);
    ~ServerPage() override;

    /// Fills every field from @p proposal, or with guesses for @p email when there is none.
    void fill(const QString &email, const std::optional<Accounts::AutoconfigProposal> &proposal);
    /// Writes what the page shows into @p account (servers, protocol, sign-in, consent).
    void apply(Accounts::Account &account) const;

    void setAccountName(const QString &name);
    [[nodiscard]] QString accountName() const;
    [[nodiscard]] bool usesOAuth2() const;

    /// Whether a server would get the password unencrypted and is not this computer.
    [[nodiscard]] bool needsPlaintextConsent() const;
    /// The consent checkbox's text for unencryptedRemoteHosts() (the settings dialog's too).
    [[nodiscard]] static QString plaintextConsentText(const QStringList &hosts);
    [[nodiscard]] bool isComplete() const override;

    /// Shows a test report (called by the wizard, which runs the test).
    void showTestRunning();
    void showTestReport(const Services::ConnectionTestReport &report);
    void setSignInStatus(const QString &text);
    /// Why Done did not work, in red where the test result goes.
    void showError(const QString &message);

    [[nodiscard]] ServerEditor *incomingEditor() const { return m_incoming; }
    [[nodiscard]] ServerEditor *smtpEditor() const { return m_smtp; }
    [[nodiscard]] QRadioButton *imapButton() const { return m_imap; }
    [[nodiscard]] QRadioButton *pop3Button() const { return m_pop3; }
    [[nodiscard]] QCheckBox *plaintextConsent() const { return m_plaintext; }
    [[nodiscard]] QPushButton *testButton() const { return m_test; }
    [[nodiscard]] QPushButton *certificateButton() const { return m_certificate; }
    [[nodiscard]] QLabel *testResult() const { return m_result; }
    [[nodiscard]] QComboBox *signInBox() const { return m_signIn; }

Q_SIGNALS:
    void testWanted();
    void signInWanted();
    /// The person wants to look at the untrusted certificate the last test met.
    void certificateWanted();

private:
    void updateState();
    [[nodiscard]] Accounts::IncomingProtocol protocol() const;

    QLineEdit *m_name = nullptr;
    QRadioButton *m_imap = nullptr;
    QRadioButton *m_pop3 = nullptr;
    ServerEditor *m_incoming = nullptr;
    ServerEditor *m_smtp = nullptr;
    QComboBox *m_signIn = nullptr;
    QGroupBox *m_oauth = nullptr;
    QLineEdit *m_authUrl = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_scopes = nullptr;
    QPushButton *m_signInButton = nullptr;
    QLabel *m_signInStatus = nullptr;
    QLabel *m_warnings = nullptr;
    QCheckBox *m_plaintext = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_certificate = nullptr;
    QLabel *m_result = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

/// True for localhost and loopback addresses: a password to them never crosses a network.
[[nodiscard]] bool isLoopbackHost(const QString &host);

/// The hosts of @p editors set to no encryption that are not loopback, each once: those
/// a password would cross a network to in the clear (the wizard and the settings ask).
[[nodiscard]] QStringList unencryptedRemoteHosts(std::initializer_list<const ServerEditor *> editors);

} // namespace Letterbox::Gui
