#include "gui/accountwizard/accountwizard.h"

#include "accounts/accountstore.h"
#include "accounts/credentialjob.h"
#include "accounts/credentialstore.h"
#include "accounts/oauth2authorizer.h"
#include "gui/accountwizard/autoconfigpage.h"
#include "gui/accountwizard/identitypage.h"
#include "gui/accountwizard/servereditor.h"
#include "gui/accountwizard/serverpage.h"
#include "gui/certificatedialog.h"
#include "services/session/mailsession.h"

#include <QDesktopServices>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace Letterbox::Gui {

AccountWizard::AccountWizard(const Accounts::Profile &profile, Services::MailSession *session, QWidget *parent)
    : QWizard(parent)
    , m_profile(profile)
    , m_session(session)
    , m_urlOpener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("accountWizard"));
    setWindowTitle(tr("Add Account"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Done"));
    m_identity = new IdentityPage(this);
    m_autoconfig = new AutoconfigPage(this);
    m_server = new ServerPage(this);
    setPage(IdentityPageId, m_identity);
    setPage(AutoconfigPageId, m_autoconfig);
    setPage(ServerPageId, m_server);
    setStartId(IdentityPageId);
    // The review page holds two servers' settings: room for them without scrolling on a
    // 1280×800 screen, as Thunderbird's account set-up has.
    resize(qMax(width(), 680), qMax(height(), 640));

    connect(m_autoconfig, &AutoconfigPage::lookupFinished, this, [this] {
        // Found: straight on to the review, as Thunderbird does; nothing found stays put
        // so the person reads why before typing the servers in.
        if (m_autoconfig->proposal() && currentId() == AutoconfigPageId) {
            QTimer::singleShot(0, this, [this] {
                if (currentId() == AutoconfigPageId) {
                    next();
                }
            });
        }
    });
    connect(m_server, &ServerPage::testWanted, this, &AccountWizard::runTest);
    connect(m_server, &ServerPage::certificateWanted, this, &AccountWizard::reviewCertificate);
    connect(m_server, &ServerPage::signInWanted, this, &AccountWizard::signIn);
}

AccountWizard::~AccountWizard() = default;

void AccountWizard::setAutoconfigOptions(const Services::AutoconfigOptions &options)
{
    m_autoconfig->setOptions(options);
}

QString AccountWizard::suggestName(const QString &email, const QStringList &taken)
{
    QString base;
    for (const QChar c : email.trimmed()) {
        if (c == QLatin1Char('@')) {
            base += QLatin1Char('-');
        } else if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('_')
            || c == QLatin1Char('-')) {
            base += c;
        } else {
            base += QLatin1Char('_');
        }
    }
    while (base.startsWith(QLatin1Char('.'))) {
        base.remove(0, 1);
    }
    base.truncate(60);
    if (base.isEmpty()) {
        base = QStringLiteral("account");
    }
    const auto isTaken = [&taken](const QString &name) {
        return std::any_of(taken.cbegin(), taken.cend(),
            [&name](const QString &other) { return other.compare(name, Qt::CaseInsensitive) == 0; });
    };
    QString name = base;
    for (int n = 2; isTaken(name); ++n) {
        name = base + QLatin1Char('-') + QString::number(n);
    }
    return name;
}

void AccountWizard::initializePage(int id)
{
    if (id == ServerPageId) {
        m_server->fill(m_identity->email(), m_autoconfig->proposal());
        m_server->setAccountName(suggestName(m_identity->email(), Accounts::AccountStore(m_profile).names()));
        m_lastReport.reset();
        m_incomingPin = {};
        m_smtpPin = {};
    }
    QWizard::initializePage(id);
}

Accounts::Account AccountWizard::account() const
{
    Accounts::Account account;
    account.name = m_server->accountName();
    account.email = m_identity->email();
    account.displayName = m_identity->displayName();
    m_server->apply(account);
    for (const auto &[server, pin] :
        {std::pair {&account.incoming, &m_incomingPin}, std::pair {&account.smtp, &m_smtpPin}}) {
        if (!pin->sha256.isEmpty() && server->host == pin->host && server->port == pin->port) {
            server->pinnedCertificate = pin->sha256;
        }
    }
    return account;
}

QString AccountWizard::secret() const
{
    return m_server->usesOAuth2() ? m_accessToken : m_identity->password();
}

void AccountWizard::runTest()
{
    const Accounts::Account draft = account();
    if (const Accounts::AccountResult valid = draft.validate(); !valid.ok()) {
        m_server->testResult()->setText(valid.message);
        return;
    }
    delete m_test;
    m_test = new Services::ConnectionTest(this);
    connect(m_test, &Services::ConnectionTest::finished, this, &AccountWizard::onTestFinished);
    m_server->showTestRunning();
    m_test->run(draft, secret());
}

void AccountWizard::onTestFinished(const Services::ConnectionTestReport &report)
{
    m_lastReport = report;
    m_server->showTestReport(report);
    if (m_test) {
        m_test->deleteLater();
        m_test = nullptr;
    }
    Q_EMIT testFinished(report);
}

void AccountWizard::reviewCertificate()
{
    if (!m_lastReport) {
        return;
    }
    const Accounts::Account draft = account();
    for (const Services::ConnectionProbe &probe : m_lastReport->servers) {
        if (!probe.certificate || probe.certificate->trusted) {
            continue;
        }
        const bool incoming = probe.role == QLatin1String("incoming");
        const Accounts::ServerSettings &server = incoming ? draft.incoming : draft.smtp;
        Services::CertificateRefusal refusal;
        refusal.account = draft.name;
        refusal.server = incoming ? Services::AccountServer::Incoming : Services::AccountServer::Outgoing;
        refusal.host = server.host;
        refusal.port = server.port;
        refusal.certificate = *probe.certificate;
        refusal.pinnedSha256 = server.pinnedCertificate;
        CertificateDialog dialog(refusal, this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        // Once or always, the pin goes into the new account: it has no earlier run to
        // remember "once" by, and without the pin it could never connect.
        (incoming ? m_incomingPin : m_smtpPin) = {server.host, server.port, probe.certificate->sha256};
    }
    runTest();
}

void AccountWizard::signIn()
{
    Accounts::Account draft = account();
    draft.passwordSource = Accounts::PasswordSource::OAuth2;
    if (const Accounts::AccountResult valid = draft.validate(); !valid.ok()) {
        m_server->setSignInStatus(valid.message);
        return;
    }
    delete m_authorizer;
    m_authorizer = new Accounts::OAuth2Authorizer(draft, this);
    connect(m_authorizer, &Accounts::OAuth2Authorizer::openUrl, this, [this](const QUrl &url) {
        m_server->setSignInStatus(tr("Sign in on the page your browser shows; Letterbox waits for it."));
        m_urlOpener(url);
    });
    connect(m_authorizer, &Accounts::OAuth2Authorizer::finished, this, [this] {
        const Accounts::OAuth2Result result = m_authorizer->result();
        m_authorizer->deleteLater();
        m_authorizer = nullptr;
        if (!result.ok) {
            m_server->setSignInStatus(tr("Signing in did not work: %1").arg(result.message));
            return;
        }
        m_tokens = result.tokens.toText();
        m_accessToken = result.tokens.accessToken;
        m_server->setSignInStatus(tr("Signed in. The tokens go to the keychain when you click Done."));
    });
    if (!m_authorizer->authorize()) {
        // result() is set and finished() follows: the handler above reports it.
        return;
    }
}

void AccountWizard::accept()
{
    if (m_writing) {
        return; // Done was clicked twice; the first click is still storing
    }
    const Accounts::Account draft = account();
    if (const Accounts::AccountResult valid = draft.validate(); !valid.ok()) {
        fail(valid.message);
        return;
    }
    const Accounts::AccountStore store(m_profile);
    for (const QString &existing : store.names()) {
        if (existing.compare(draft.name, Qt::CaseInsensitive) == 0) {
            fail(tr("There is already an account called %1; choose another account name.").arg(existing));
            return;
        }
    }
    const bool oauth2 = draft.passwordSource == Accounts::PasswordSource::OAuth2;
    if (oauth2 && m_tokens.isEmpty()) {
        fail(tr("Sign in on the provider's page first (\"Sign In in the Browser…\")."));
        return;
    }
    if (!oauth2 && m_identity->password().isEmpty()) {
        storeAccount(draft); // a server that takes no password (rare, but allowed)
        return;
    }
    const QString secret = oauth2 ? m_tokens : m_identity->password();
    const auto stored = [this, draft](const Accounts::CredentialResult &result) {
        m_writing = false;
        button(QWizard::FinishButton)->setEnabled(true);
        if (!result.ok()) {
            fail(tr("The password could not be stored in the keychain, so the account was not added: %1")
                     .arg(result.message));
            return;
        }
        storeAccount(draft);
    };
    m_writing = true;
    button(QWizard::FinishButton)->setEnabled(false);
    if (m_session) {
        // Beside the engines, so a slow keychain never stalls the window.
        m_session->storeCredential(draft.name, secret,
            oauth2 ? Services::MailSession::Credential::OAuth2Tokens : Services::MailSession::Credential::Password,
            this, stored, m_credentialService);
        return;
    }
    const Accounts::CredentialStore credentials(m_credentialService);
    if (oauth2) {
        stored(credentials.writeTokensBlocking(draft.name, secret));
        return;
    }
    Accounts::CredentialJob *job = credentials.writePassword(draft.name, secret, this);
    connect(job, &Accounts::CredentialJob::finished, this, [stored](Accounts::CredentialJob *finished) {
        const Accounts::CredentialResult result = finished->result();
        finished->deleteLater();
        stored(result);
    });
    job->start();
}

void AccountWizard::storeAccount(const Accounts::Account &account)
{
    Accounts::AccountStore store(m_profile);
    if (const Accounts::AccountResult added = store.add(account); !added.ok()) {
        // Nothing half made: the secret stored a moment ago goes again. Rare (the name
        // was checked before the keychain was written), and without a session no engine
        // uses the keychain beside this thread.
        if (!m_session) {
            const Accounts::CredentialStore credentials(m_credentialService);
            if (account.passwordSource == Accounts::PasswordSource::OAuth2) {
                (void)credentials.removeTokensBlocking(account.name);
            } else {
                (void)credentials.removePasswordBlocking(account.name);
            }
        } else {
            m_session->storeCredential(
                account.name, QString(),
                account.passwordSource == Accounts::PasswordSource::OAuth2
                    ? Services::MailSession::Credential::OAuth2Tokens
                    : Services::MailSession::Credential::Password,
                this, [](const Accounts::CredentialResult &) {}, m_credentialService);
        }
        fail(added.message);
        return;
    }
    m_created = account.name;
    if (m_session) {
        QString error;
        m_createdIndex = m_session->addAccount(account.name, &error);
        if (m_createdIndex < 0) {
            // The account is stored; the next start opens it. Not modal: the wizard is closing.
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Add Account"),
                tr("Account %1 was added, but it could not be opened now: %2").arg(account.name, error),
                QMessageBox::Ok, parentWidget());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    }
    QWizard::accept();
}

void AccountWizard::fail(const QString &message)
{
    // On the page rather than in a box: the person fixes it right there.
    m_server->showError(message);
    Q_EMIT failed(message);
}

} // namespace Letterbox::Gui
