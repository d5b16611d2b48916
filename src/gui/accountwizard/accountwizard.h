#pragma once

#include "accounts/account.h"
#include "accounts/credentialjob.h"
#include "accounts/oauth2authorizer.h"
#include "accounts/profile.h"
#include "services/account/connectiontest.h"
#include "services/autoconfig/autoconfigoptions.h"

#include <QPointer>
#include <QUrl>
#include <QWizard>

#include <functional>

namespace Letterbox::Services {
class MailSession;
}

namespace Letterbox::Gui {

class AutoconfigPage;
class IdentityPage;
class ServerPage;

/**
 * @short "Add Account": name, address and password → autoconfiguration with its
 * progress → a review page where everything can be changed and tested → Done.
 *
 * Done, in this order so a failure leaves nothing half made: the password goes to the
 * keychain (or the OAuth2 tokens the browser sign-in got), then the account to the
 * profile's settings file (AccountStore; a failure there takes the password out of the
 * keychain again), then MailSession::addAccount() opens its cache and engine in the
 * running window, whose first sync starts at once. Nothing is stored before Done.
 *
 * Everything below the widgets is reused, not redone: Services::AutoconfigJob (the
 * sources of `account autoconfig`), Services::ConnectionTest (`account test`),
 * Accounts::OAuth2Authorizer (`account login`), CredentialStore and AccountStore (`account
 * add`). An untrusted certificate met by the test can be accepted for the new account
 * (pinned for that host and port) with the certificate dialog.
 */
class AccountWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { IdentityPageId, AutoconfigPageId, ServerPageId };
    using UrlOpener = std::function<void(const QUrl &url)>;

    /// @p session may be null: the account is then only stored (tests of the pages).
    AccountWizard(const Accounts::Profile &profile, Services::MailSession *session, QWidget *parent = nullptr);
    ~AccountWizard() override;

    /// The name server, CAs and limits of the lookup (tests point them at a local lab).
    void setAutoconfigOptions(const Services::AutoconfigOptions &options);
    /// How the provider's sign-in page is opened; QDesktopServices::openUrl by default.
    void setUrlOpener(UrlOpener opener) { m_urlOpener = std::move(opener); }
    /// The keychain service the password goes to (tests give their own; empty: the app's).
    void setCredentialService(const QString &service) { m_credentialService = service; }

    /// The account as the pages now describe it (not validated).
    [[nodiscard]] Accounts::Account account() const;
    /// The name of the account Done created; empty before.
    [[nodiscard]] QString createdAccount() const { return m_created; }
    /// The index MailSession gave it, or -1.
    [[nodiscard]] int createdIndex() const { return m_createdIndex; }

    [[nodiscard]] IdentityPage *identityPage() const { return m_identity; }
    [[nodiscard]] AutoconfigPage *autoconfigPage() const { return m_autoconfig; }
    [[nodiscard]] ServerPage *serverPage() const { return m_server; }

    /// A valid account name for @p email that none of @p taken has (ignoring case).
    [[nodiscard]] static QString suggestName(const QString &email, const QStringList &taken);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void testFinished(const Letterbox::Services::ConnectionTestReport &report);
    /// Done failed; @p message says why (also shown in a message box).
    void failed(const QString &message);

protected:
    void initializePage(int id) override;

private:
    void runTest();
    void onTestFinished(const Services::ConnectionTestReport &report);
    void reviewCertificate();
    void signIn();
    void storeAccount(const Accounts::Account &account);
    void fail(const QString &message);
    [[nodiscard]] QString secret() const;

    Accounts::Profile m_profile;
    QPointer<Services::MailSession> m_session;
    IdentityPage *m_identity = nullptr;
    AutoconfigPage *m_autoconfig = nullptr;
    ServerPage *m_server = nullptr;
    QPointer<Services::ConnectionTest> m_test;
    QPointer<Accounts::OAuth2Authorizer> m_authorizer;
    bool m_writing = false; ///< the keychain write of Done is under way
    QString m_tokens; ///< OAuth2Tokens::toText() of the sign-in, until Done stores them
    QString m_accessToken;
    QString m_credentialService;
    UrlOpener m_urlOpener;
    QString m_created;
    int m_createdIndex = -1;
    /// A certificate the person accepted during the test, for one host and port.
    struct AcceptedCertificate
    {
        QString host;
        quint16 port = 0;
        QByteArray sha256;
    };
    AcceptedCertificate m_incomingPin;
    AcceptedCertificate m_smtpPin;
    std::optional<Services::ConnectionTestReport> m_lastReport;
};

} // namespace Letterbox::Gui
