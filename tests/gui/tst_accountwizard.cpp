// The account wizard's pages without a network: the port follows the security and the
// protocol as `account set` does, plaintext to another computer needs the warned box,
// the account name is derived from the address, and a lookup that finds nothing leads
// to editable guesses whose edits are what Done stores. (The lookup from a local
// autoconfig source, the keychain and the first sync: tests/integration/tst_accountwizardlab.)
#include "accounts/accountstore.h"
#include "accounts/profile.h"
#include "gui/accountwizard/accountwizard.h"
#include "gui/accountwizard/autoconfigpage.h"
#include "gui/accountwizard/identitypage.h"
#include "gui/accountwizard/servereditor.h"
#include "gui/accountwizard/serverpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox;
using Accounts::Security;
using Gui::AccountWizard;
using Gui::ServerEditor;

namespace {

// A lookup that cannot leave this computer: the name server is a closed port of
// 127.0.0.1, no guessed hosts are probed, and every source gives up quickly.
Services::AutoconfigOptions offlineLookup()
{
    Services::AutoconfigOptions options;
    options.nameserver = QHostAddress(QStringLiteral("127.0.0.1"));
    options.probe = false;
    options.sourceTimeoutMs = 1500;
    return options;
}

} // namespace

class TestAccountWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void portFollowsTheSecurityChoice_data();
    void portFollowsTheSecurityChoice();
    void aTypedPortStays();
    void switchingImapAndPop3MovesTheDefaultPort();
    void plaintextToAnotherComputerNeedsTheWarnedChoice();
    void plaintextToThisComputerNeedsNoWarning();
    void accountNameFromTheAddress();
    void nothingFoundLeadsToEditableGuessesAndDoneStoresTheEdits();
};

void TestAccountWizard::portFollowsTheSecurityChoice_data()
{
    QTest::addColumn<bool>("smtp");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<int>("expected");
    QTest::newRow("imap tls → starttls") << false << int(Security::Tls) << int(Security::StartTls) << 143;
    QTest::newRow("imap starttls → tls") << false << int(Security::StartTls) << int(Security::Tls) << 993;
    QTest::newRow("imap tls → none") << false << int(Security::Tls) << int(Security::None) << 143;
    QTest::newRow("smtp tls → starttls") << true << int(Security::Tls) << int(Security::StartTls) << 587;
    QTest::newRow("smtp starttls → tls") << true << int(Security::StartTls) << int(Security::Tls) << 465;
}

void TestAccountWizard::portFollowsTheSecurityChoice()
{
    QFETCH(bool, smtp);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, expected);
    ServerEditor editor(smtp ? ServerEditor::Kind::Smtp : ServerEditor::Kind::Incoming);
    const auto security = Security(from);
    editor.setServer({QStringLiteral("mail.example.org"),
        smtp ? Accounts::defaultSmtpPort(security) : Accounts::defaultPort(Accounts::IncomingProtocol::Imap, security),
        security, QStringLiteral("ann"), {}});
    // As a person does it: the combo box, not the setter.
    QComboBox *box = editor.securityBox();
    box->setCurrentIndex(box->findData(to));
    QCOMPARE(int(editor.port()), expected);
    QCOMPARE(int(editor.server().security), to);
}

void TestAccountWizard::aTypedPortStays()
{
    ServerEditor editor(ServerEditor::Kind::Incoming);
    editor.setServer({QStringLiteral("mail.example.org"), 993, Security::Tls, QStringLiteral("ann"), {}});
    editor.portEdit()->setValue(10993);
    editor.setSecurity(Security::StartTls);
    QCOMPARE(int(editor.port()), 10993);
    // A pin belongs to one host and port: it survives a security change, not a new port.
    const QByteArray pin(32, 'p');
    editor.setServer({QStringLiteral("mail.example.org"), 993, Security::Tls, QStringLiteral("ann"), pin});
    editor.setSecurity(Security::StartTls);
    QCOMPARE(editor.server().pinnedCertificate, QByteArray()); // the port moved to 143
    editor.setSecurity(Security::Tls);
    QCOMPARE(int(editor.port()), 993);
    QCOMPARE(editor.server().pinnedCertificate, pin);
}

void TestAccountWizard::switchingImapAndPop3MovesTheDefaultPort()
{
    Gui::ServerPage page;
    page.fill(QStringLiteral("ann@example.org"), std::nullopt);
    ServerEditor *incoming = page.incomingEditor();
    QCOMPARE(incoming->host(), QStringLiteral("imap.example.org"));
    QCOMPARE(int(incoming->port()), 993);
    page.pop3Button()->click();
    QCOMPARE(int(incoming->port()), 995);
    incoming->setSecurity(Security::StartTls);
    QCOMPARE(int(incoming->port()), 110);
    page.imapButton()->click();
    QCOMPARE(int(incoming->port()), 143);
    incoming->portEdit()->setValue(1143);
    page.pop3Button()->click();
    QCOMPARE(int(incoming->port()), 1143);
    Accounts::Account account;
    page.apply(account);
    QCOMPARE(int(account.protocol), int(Accounts::IncomingProtocol::Pop3));
    QCOMPARE(int(account.incoming.security), int(Security::StartTls));
}

void TestAccountWizard::plaintextToAnotherComputerNeedsTheWarnedChoice()
{
    Gui::ServerPage page;
    page.fill(QStringLiteral("ann@example.org"), std::nullopt);
    page.setAccountName(QStringLiteral("ann"));
    QVERIFY(page.isComplete());
    QVERIFY(page.plaintextConsent()->isHidden());
    page.incomingEditor()->setSecurity(Security::None);
    QVERIFY(!page.plaintextConsent()->isHidden());
    QVERIFY(page.plaintextConsent()->text().contains(QLatin1String("imap.example.org")));
    QVERIFY(page.plaintextConsent()->text().contains(QLatin1String("unencrypted")));
    QVERIFY(!page.isComplete());
    Accounts::Account account;
    account.name = QStringLiteral("ann");
    account.email = QStringLiteral("ann@example.org");
    page.apply(account);
    QVERIFY(!account.allowPlaintext);
    QCOMPARE(int(account.validate().code), int(Accounts::AccountResult::Code::Insecure));

    page.plaintextConsent()->setChecked(true);
    QVERIFY(page.isComplete());
    page.apply(account);
    QVERIFY(account.allowPlaintext);
    QVERIFY2(account.validate().ok(), qPrintable(account.validate().message));
    // Back to TLS: the consent goes with the need for it.
    page.incomingEditor()->setSecurity(Security::Tls);
    QVERIFY(page.plaintextConsent()->isHidden());
    QVERIFY(!page.plaintextConsent()->isChecked());
}

void TestAccountWizard::plaintextToThisComputerNeedsNoWarning()
{
    Gui::ServerPage page;
    page.fill(QStringLiteral("ann@example.org"), std::nullopt);
    page.setAccountName(QStringLiteral("ann"));
    for (ServerEditor *editor : {page.incomingEditor(), page.smtpEditor()}) {
        editor->hostEdit()->setText(QStringLiteral("127.0.0.1"));
        editor->setSecurity(Security::None);
    }
    QVERIFY(page.plaintextConsent()->isHidden());
    QVERIFY(page.isComplete());
    page.smtpEditor()->hostEdit()->setText(QStringLiteral("smtp.example.org"));
    QVERIFY(!page.isComplete());
    QVERIFY(page.plaintextConsent()->text().contains(QLatin1String("smtp.example.org")));
    QVERIFY(!page.plaintextConsent()->text().contains(QLatin1String("127.0.0.1")));
}

void TestAccountWizard::accountNameFromTheAddress()
{
    QCOMPARE(AccountWizard::suggestName(QStringLiteral("ann@example.org"), {}), QStringLiteral("ann-example.org"));
    QCOMPARE(AccountWizard::suggestName(QStringLiteral("ann@example.org"), {QStringLiteral("ANN-example.org")}),
        QStringLiteral("ann-example.org-2"));
    const QString odd = AccountWizard::suggestName(QStringLiteral(".jörg+list@example.org"), {});
    QVERIFY2(Accounts::Account::isValidName(odd), qPrintable(odd));
}

void TestAccountWizard::nothingFoundLeadsToEditableGuessesAndDoneStoresTheEdits()
{
    QTemporaryDir directory;
    const Accounts::Profile profile = Accounts::Profile::atDirectory(directory.path());
    AccountWizard wizard(profile, nullptr);
    wizard.setAutoconfigOptions(offlineLookup());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(!wizard.identityPage()->isComplete());
    QTest::keyClicks(wizard.identityPage()->nameEdit(), QStringLiteral("Ann Example"));
    QTest::keyClicks(wizard.identityPage()->emailEdit(), QStringLiteral("ann@example.invalid"));
    QVERIFY(wizard.identityPage()->isComplete());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::AutoconfigPageId));
    QCOMPARE(wizard.autoconfigPage()->statusText(), QStringLiteral("Looking up example.invalid's settings…"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // while it looks
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.autoconfigPage()->isLookingUp(), 20000);
    QVERIFY2(wizard.autoconfigPage()->statusText().startsWith(QLatin1String("No settings were found")),
        qPrintable(wizard.autoconfigPage()->statusText()));
    QCOMPARE(wizard.currentId(), int(AccountWizard::AutoconfigPageId)); // nothing found: it waits
    wizard.next();
    QCOMPARE(wizard.currentId(), int(AccountWizard::ServerPageId));

    Gui::ServerPage *page = wizard.serverPage();
    QCOMPARE(page->accountName(), QStringLiteral("ann-example.invalid"));
    QCOMPARE(page->incomingEditor()->host(), QStringLiteral("imap.example.invalid"));
    QCOMPARE(page->smtpEditor()->host(), QStringLiteral("smtp.example.invalid"));
    QCOMPARE(page->incomingEditor()->userEdit()->text(), QStringLiteral("ann@example.invalid"));
    // The person corrects what the guess got wrong.
    page->pop3Button()->click();
    page->incomingEditor()->hostEdit()->clear();
    QTest::keyClicks(page->incomingEditor()->hostEdit(), QStringLiteral("pop.provider.example"));
    page->incomingEditor()->setSecurity(Security::StartTls);
    page->smtpEditor()->setSecurity(Security::StartTls);
    page->smtpEditor()->userEdit()->setText(QStringLiteral("ann"));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.button(QWizard::FinishButton)->click(); // no password: nothing for the keychain
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.createdAccount(), QStringLiteral("ann-example.invalid"));

    Accounts::Account stored;
    const Accounts::AccountResult loaded = Accounts::AccountStore(profile).load(wizard.createdAccount(), &stored);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    QCOMPARE(stored.displayName, QStringLiteral("Ann Example"));
    QCOMPARE(stored.email, QStringLiteral("ann@example.invalid"));
    QCOMPARE(int(stored.protocol), int(Accounts::IncomingProtocol::Pop3));
    QCOMPARE(stored.incoming.host, QStringLiteral("pop.provider.example"));
    QCOMPARE(int(stored.incoming.port), 110);
    QCOMPARE(int(stored.incoming.security), int(Security::StartTls));
    QCOMPARE(stored.smtp.host, QStringLiteral("smtp.example.invalid"));
    QCOMPARE(int(stored.smtp.port), 587);
    QCOMPARE(stored.smtp.user, QStringLiteral("ann"));
    QCOMPARE(int(stored.passwordSource), int(Accounts::PasswordSource::Keychain));
    QVERIFY(!stored.allowPlaintext);
}

QTEST_MAIN(TestAccountWizard)
#include "tst_accountwizard.moc"
