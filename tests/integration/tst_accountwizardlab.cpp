// The account wizard end to end, as a person meets it: the window of a profile without
// accounts, File → Add Account…, an address whose settings a local autoconfig source
// (AutoconfigLab: dnsmasq + HTTPS on a loopback address) names, the review page filled
// from it and overridden, the connection test against the real lab meeting the lab's
// untrusted certificate, the certificate accepted for the new account, and Done: the
// password is in the (private, real) keychain, the account in the settings file, and the
// running window shows the account and its Inbox synced from the lab's Dovecot.
#include "autoconfiglab.h"
#include "labenvironment.h"

#include "accounts/accountstore.h"
#include "accounts/credentialstore.h"
#include "accounts/profile.h"
#include "gui/accountwizard/accountwizard.h"
#include "gui/accountwizard/autoconfigpage.h"
#include "gui/accountwizard/identitypage.h"
#include "gui/accountwizard/servereditor.h"
#include "gui/accountwizard/serverpage.h"
#include "gui/certificatedialog.h"
#include "gui/mainwindow.h"
#include "models/foldertreemodel.h"
#include "models/roles.h"
#include "services/session/mailsession.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagequery.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <signal.h>
#include <unistd.h>

using namespace Letterbox;
using Accounts::Security;
using Gui::AccountWizard;

namespace {

// alice's mail is only read here (headers, BODY.PEEK): nothing on the server changes.
const QString s_user = QStringLiteral("alice");
constexpr int s_waitMs = 60'000;

QByteArray document(const QString &host, quint16 imaps, quint16 submissions)
{
    return QStringLiteral("<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\"><emailProvider id=\"lab\">"
                          "<displayName>Letterbox lab</displayName>"
                          "<incomingServer type=\"imap\"><hostname>%1</hostname><port>%2</port>"
                          "<socketType>SSL</socketType><username>%EMAILADDRESS%</username>"
                          "<authentication>password-cleartext</authentication></incomingServer>"
                          "<outgoingServer type=\"smtp\"><hostname>%1</hostname><port>%3</port>"
                          "<socketType>SSL</socketType><username>%EMAILADDRESS%</username>"
                          "<authentication>password-cleartext</authentication></outgoingServer>"
                          "</emailProvider></clientConfig>\n")
        .arg(host)
        .arg(imaps)
        .arg(submissions)
        .toUtf8();
}

// Clicks @p choice in the certificate dialog once it is shown (it runs modal).
void answerCertificateDialog(Gui::CertificateDialog::Decision choice, QString *seen)
{
    QTimer::singleShot(0, [choice, seen] {
        auto *dialog = qobject_cast<Gui::CertificateDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            *seen = QStringLiteral("no dialog");
            return;
        }
        *seen = dialog->detailsText();
        (choice == Gui::CertificateDialog::Decision::AcceptAlways ? dialog->acceptAlwaysButton()
                                                                  : dialog->acceptOnceButton())
            ->click();
    });
}

} // namespace

class TestAccountWizardLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theReviewPageIsFilledFromAutoconfigAndEditable();
    void doneStoresThePasswordAndTheWindowSyncsTheAccount();
    void oauth2SignsInThroughTheBrowserAndTheTokensGoToTheKeychain();

private:
    AccountWizard *openWizard(Gui::MainWindow &window);

    LabEnvironment m_lab;
    std::unique_ptr<AutoconfigLab> m_dns;
    QTemporaryDir m_directory;
    std::unique_ptr<Accounts::Profile> m_profile;
};

void TestAccountWizardLab::initTestCase()
{
    if (::geteuid() != 0) {
        QSKIP("dnsmasq must bind port 53 (QDnsLookup asks no other): run as root");
    }
    QVERIFY2(qEnvironmentVariableIsSet("LETTERBOX_TEST_KEYRING"), "run under tests/support/with-keyring");
    QString error;
    auto lab = LabEnvironment::load(&error);
    QVERIFY2(lab, qPrintable(error));
    m_lab = *lab;
    const int base = m_lab.port(QStringLiteral("imaps")) - 993;
    // tst_autoconfig has .53 of this network; parallel runs must not share an address.
    const QHostAddress base53 = AutoconfigLab::addressForPortBase(base);
    m_dns = std::make_unique<AutoconfigLab>(QHostAddress(base53.toIPv4Address() + 1));
    m_dns->addDocument(QStringLiteral("autoconfig.") + m_lab.domain, QStringLiteral("/mail/config-v1.1.xml"),
        document(QStringLiteral("localhost"), m_lab.port(QStringLiteral("imaps")),
            m_lab.port(QStringLiteral("submissions"))));
    QVERIFY2(m_dns->start(&error), qPrintable(error));
    m_profile = std::make_unique<Accounts::Profile>(Accounts::Profile::atDirectory(m_directory.path()));
    QVERIFY(m_profile->ensureExists(&error));
}

void TestAccountWizardLab::cleanupTestCase()
{
    if (m_dns) {
        m_dns->stop();
    }
}

AccountWizard *TestAccountWizardLab::openWizard(Gui::MainWindow &window)
{
    AccountWizard *wizard = window.addAccount();
    if (!wizard) {
        return nullptr;
    }
    Services::AutoconfigOptions options;
    options.nameserver = m_dns->address();
    options.extraCaCertificates = m_dns->caCertificates();
    options.probe = false;
    options.sourceTimeoutMs = 5000;
    wizard->setAutoconfigOptions(options);
    QTest::keyClicks(wizard->identityPage()->nameEdit(), QStringLiteral("Alice Lab"));
    QTest::keyClicks(wizard->identityPage()->emailEdit(), s_user + QLatin1Char('@') + m_lab.domain);
    QTest::keyClicks(wizard->identityPage()->passwordEdit(), m_lab.password(s_user));
    return wizard;
}

void TestAccountWizardLab::theReviewPageIsFilledFromAutoconfigAndEditable()
{
    Services::MailSession session;
    QStringList errors;
    session.open(*m_profile, Services::MailSessionOptions::manualOnly(), &errors);
    Gui::MainWindow window(&session, m_profile->configDirectory());
    window.show();
    QPointer<AccountWizard> wizard = openWizard(window);
    QVERIFY(wizard);
    wizard->next();
    QCOMPARE(wizard->autoconfigPage()->statusText(), QStringLiteral("Looking up %1's settings…").arg(m_lab.domain));
    // Found: the wizard moves on to the review page by itself.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(AccountWizard::ServerPageId), s_waitMs);
    Gui::ServerPage *page = wizard->serverPage();
    QVERIFY(page->imapButton()->isChecked());
    QCOMPARE(page->incomingEditor()->host(), QStringLiteral("localhost"));
    QCOMPARE(int(page->incomingEditor()->port()), int(m_lab.port(QStringLiteral("imaps"))));
    QCOMPARE(int(page->incomingEditor()->security()), int(Security::Tls));
    QCOMPARE(page->incomingEditor()->userEdit()->text(), s_user + QLatin1Char('@') + m_lab.domain);
    QCOMPARE(page->smtpEditor()->host(), QStringLiteral("localhost"));
    QCOMPARE(int(page->smtpEditor()->port()), int(m_lab.port(QStringLiteral("submissions"))));
    QCOMPARE(int(page->smtpEditor()->security()), int(Security::Tls));

    // Overrides: the outgoing server by STARTTLS on the lab's submission port, the short login.
    page->smtpEditor()->securityBox()->setCurrentIndex(
        page->smtpEditor()->securityBox()->findData(int(Security::StartTls)));
    QCOMPARE(int(page->smtpEditor()->port()), int(m_lab.port(QStringLiteral("submissions")))); // typed ports stay
    page->smtpEditor()->portEdit()->setValue(m_lab.port(QStringLiteral("submission")));
    page->incomingEditor()->userEdit()->setText(s_user);
    Accounts::Account account = wizard->account();
    QCOMPARE(int(account.smtp.security), int(Security::StartTls));
    QCOMPARE(int(account.smtp.port), int(m_lab.port(QStringLiteral("submission"))));
    QCOMPARE(account.incoming.user, s_user);
    QCOMPARE(account.displayName, QStringLiteral("Alice Lab"));
    wizard->reject();
}

void TestAccountWizardLab::doneStoresThePasswordAndTheWindowSyncsTheAccount()
{
    Services::MailSession session;
    QStringList errors;
    session.open(*m_profile, Services::MailSessionOptions::manualOnly(), &errors);
    QCOMPARE(session.accountCount(), 0);
    Gui::MainWindow window(&session, m_profile->configDirectory());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));

    QPointer<AccountWizard> wizard = openWizard(window);
    QVERIFY(wizard);
    wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(AccountWizard::ServerPageId), s_waitMs);
    Gui::ServerPage *page = wizard->serverPage();
    page->incomingEditor()->userEdit()->setText(s_user);
    page->smtpEditor()->userEdit()->setText(s_user);

    // The lab's CA is nobody's: the test meets an untrusted certificate and says so.
    QSignalSpy tested(wizard, &AccountWizard::testFinished);
    page->testButton()->click();
    QVERIFY(tested.wait(s_waitMs));
    auto report = tested.takeFirst().at(0).value<Services::ConnectionTestReport>();
    QVERIFY(!report.ok());
    QVERIFY2(
        page->testResult()->text().contains(QLatin1String("does not trust")), qPrintable(page->testResult()->text()));
    QVERIFY(!page->certificateButton()->isHidden());

    // Looking at it and accepting it pins it for the new account; the test runs again.
    QString seenIncoming;
    QString seenOutgoing;
    answerCertificateDialog(Gui::CertificateDialog::Decision::AcceptAlways, &seenIncoming);
    QTimer::singleShot(
        200, [&seenOutgoing] { answerCertificateDialog(Gui::CertificateDialog::Decision::AcceptOnce, &seenOutgoing); });
    page->certificateButton()->click();
    QVERIFY2(seenIncoming.contains(QLatin1String("SHA-256 fingerprint")), qPrintable(seenIncoming));
    QVERIFY2(seenOutgoing.contains(QLatin1String("SHA-256 fingerprint")), qPrintable(seenOutgoing));
    QVERIFY(tested.wait(s_waitMs));
    report = tested.takeFirst().at(0).value<Services::ConnectionTestReport>();
    QVERIFY2(report.ok(), qPrintable(Services::ConnectionTest::toText(report).join(QLatin1Char('\n'))));
    QVERIFY2(page->testResult()->text().startsWith(QLatin1String("Everything works")),
        qPrintable(page->testResult()->text()));

    const QString name = page->accountName();
    QSignalSpy synced(&session, &Services::MailSession::syncFinished);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isNull() || !wizard->isVisible(), s_waitMs);
    // The engine reads the keychain on its own thread for that sync; QtKeychain is not
    // safe to use from two threads at once, so the test reads it after the sync.
    QVERIFY(synced.wait(s_waitMs) || !synced.isEmpty());

    // The keychain holds the password, the settings file the rest (and no secret).
    const Accounts::CredentialResult password = Accounts::CredentialStore().readPasswordBlocking(name);
    QVERIFY2(password.ok(), qPrintable(password.message));
    QCOMPARE(password.password, m_lab.password(s_user));
    Accounts::Account stored;
    QVERIFY(Accounts::AccountStore(*m_profile).load(name, &stored).ok());
    QCOMPARE(stored.incoming.user, s_user);
    QCOMPARE(stored.incoming.pinnedCertificate.size(), 32);
    QCOMPARE(stored.smtp.pinnedCertificate.size(), 32);
    QFile settings(m_profile->settingsFile());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(m_lab.password(s_user).toUtf8()));

    // The running window took the account over: its panes, its engine, its first sync.
    QCOMPARE(session.accountCount(), 1);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("mailPage"));
    QCOMPARE(synced.first().at(1).toBool(), true);
    const auto inbox = Store::FolderStore(*session.database(0)).findByRole(Store::SpecialUse::Inbox);
    QVERIFY(inbox.ok() && inbox.value());
    const auto ids = Store::MessageQuery(*session.database(0))
                         .orderedIds(inbox.value()->id, Store::SortKey::Date, Qt::AscendingOrder);
    QVERIFY(ids.ok());
    QVERIFY2(!ids.value().isEmpty(), "the lab's demo mail did not arrive");
    const QModelIndex accountNode = window.folderModel()->accountIndex(0);
    QCOMPARE(accountNode.data(Models::NameRole).toString(), name);
}

// The provider signs the person in on its web page: the wizard opens the address (here a
// GET that follows the provider's redirect, as a browser does) and takes the code on its
// loopback listener (OAuth2Authorizer); the test connection logs in with the token (the
// lab's Dovecot asks the provider), and Done puts the tokens, not a password, in the keychain.
void TestAccountWizardLab::oauth2SignsInThroughTheBrowserAndTheTokensGoToTheKeychain()
{
    const QUrl introspection(m_lab.values.value(QStringLiteral("LETTERBOX_LAB_OAUTH2_URL")));
    QVERIFY2(introspection.port() > 0, "the lab was started without LETTERBOX_LAB_OAUTH2_URL");
    QTemporaryDir serverDir;
    const QString portFile = serverDir.filePath(QStringLiteral("port"));
    QProcess provider;
    provider.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    provider.start(QStringLiteral("python3"),
        {QStringLiteral(LETTERBOX_OAUTH2_SERVER), QStringLiteral("--port"), QString::number(introspection.port()),
            QStringLiteral("--port-file"), portFile, QStringLiteral("--approve-as"), s_user, QStringLiteral("--tokens"),
            QStringLiteral("jwt")});
    QVERIFY(provider.waitForStarted(5000));
    const auto stopProvider = qScopeGuard([&provider] {
        ::kill(pid_t(provider.processId()), SIGTERM);
        if (!provider.waitForFinished(5000)) {
            provider.kill();
            provider.waitForFinished(5000);
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(portFile) || provider.state() != QProcess::Running, 10000);
    QVERIFY2(QFile::exists(portFile), "the authorization server did not start");
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(introspection.port());

    Services::MailSession session;
    QStringList errors;
    session.open(*m_profile, Services::MailSessionOptions::manualOnly(), &errors);
    Gui::MainWindow window(&session, m_profile->configDirectory());
    window.show();
    QPointer<AccountWizard> wizard = window.addAccount();
    QVERIFY(wizard);
    Services::AutoconfigOptions options;
    options.nameserver = m_dns->address();
    options.extraCaCertificates = m_dns->caCertificates();
    options.probe = false;
    wizard->setAutoconfigOptions(options);
    QNetworkAccessManager browser;
    QList<QUrl> opened;
    wizard->setUrlOpener([&](const QUrl &url) {
        opened.append(url);
        QNetworkReply *reply = browser.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
    QTest::keyClicks(wizard->identityPage()->emailEdit(), s_user + QLatin1Char('@') + m_lab.domain);
    wizard->next(); // no password: the provider's page signs in
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(AccountWizard::ServerPageId), s_waitMs);
    Gui::ServerPage *page = wizard->serverPage();
    page->signInBox()->setCurrentIndex(1);
    QVERIFY(!page->isComplete()); // the provider is not named yet
    page->findChild<QLineEdit *>(QStringLiteral("oauthAuthorizationUrl"))->setText(base + QStringLiteral("/authorize"));
    page->findChild<QLineEdit *>(QStringLiteral("oauthTokenUrl"))->setText(base + QStringLiteral("/token"));
    page->findChild<QLineEdit *>(QStringLiteral("oauthClientId"))->setText(QStringLiteral("letterbox-test"));
    page->findChild<QLineEdit *>(QStringLiteral("oauthScopes"))->setText(QStringLiteral("mail offline_access"));
    page->incomingEditor()->userEdit()->setText(s_user);
    page->smtpEditor()->userEdit()->setText(s_user);
    QVERIFY(page->isComplete());

    auto *status = page->findChild<QLabel *>(QStringLiteral("oauthStatus"));
    page->findChild<QPushButton *>(QStringLiteral("oauthSignIn"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Signed in")), s_waitMs);
    QCOMPARE(opened.size(), 1);
    QVERIFY(opened.first().toString().startsWith(base + QStringLiteral("/authorize")));

    // The certificates are accepted as before; then the token logs in on both servers.
    QSignalSpy tested(wizard, &AccountWizard::testFinished);
    page->testButton()->click();
    QVERIFY(tested.wait(s_waitMs));
    QString seen;
    answerCertificateDialog(Gui::CertificateDialog::Decision::AcceptAlways, &seen);
    QTimer::singleShot(
        200, [&seen] { answerCertificateDialog(Gui::CertificateDialog::Decision::AcceptAlways, &seen); });
    page->certificateButton()->click();
    QVERIFY(tested.wait(s_waitMs));
    const auto report = tested.takeLast().at(0).value<Services::ConnectionTestReport>();
    QVERIFY2(report.ok(), qPrintable(Services::ConnectionTest::toText(report).join(QLatin1Char('\n'))));
    QVERIFY(std::all_of(report.servers.cbegin(), report.servers.cend(),
        [](const Services::ConnectionProbe &probe) { return probe.loginOk; }));

    const QString name = page->accountName();
    QSignalSpy synced(&session, &Services::MailSession::syncFinished);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isNull() || !wizard->isVisible(), s_waitMs);
    QVERIFY(synced.wait(s_waitMs) || !synced.isEmpty()); // the engine's keychain read first
    QCOMPARE(synced.first().at(1).toBool(), true); // logged in with the token
    Accounts::Account stored;
    QVERIFY(Accounts::AccountStore(*m_profile).load(name, &stored).ok());
    QCOMPARE(int(stored.passwordSource), int(Accounts::PasswordSource::OAuth2));
    QCOMPARE(stored.oauth2.clientId, QStringLiteral("letterbox-test"));
    const Accounts::CredentialResult tokens = Accounts::CredentialStore().readTokensBlocking(name);
    QVERIFY2(tokens.ok(), qPrintable(tokens.message));
    QVERIFY(tokens.password.contains(QLatin1String("eyJ"))); // the JWT access token
    QCOMPARE(int(Accounts::CredentialStore().readPasswordBlocking(name).code),
        int(Accounts::CredentialResult::Code::NotFound));
    QFile settings(m_profile->settingsFile());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("eyJ"));
}

QTEST_MAIN(TestAccountWizardLab)
#include "tst_accountwizardlab.moc"
