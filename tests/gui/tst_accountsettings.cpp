// The account settings dialog over a real profile and MailSession (offscreen, under a
// private keyring): every edit reaches the settings file and the running session; the
// POP3 ↔ IMAP switch says with this cache's numbers what will change and happens only
// when confirmed; removing an account asks, then deletes its cache, its settings and its
// keychain entry, and the window lets go of it.
#include "guitesting.h"

#include "accounts/credentialstore.h"
#include "gui/accountsettings/accountsettingsdialog.h"
#include "gui/accountwizard/servereditor.h"
#include "gui/mainwindow.h"
#include "models/foldertreemodel.h"
#include "models/roles.h"

#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTreeView>

using namespace Letterbox;
using Accounts::IncomingProtocol;
using Accounts::Pop3Retention;
using Gui::AccountSettingsDialog;
using GuiTesting::TestProfile;

namespace {

Accounts::Account stored(const TestProfile &profile, const QString &name)
{
    Accounts::Account account;
    const Accounts::AccountResult loaded = Accounts::AccountStore(profile.profile()).load(name, &account);
    if (!loaded.ok()) {
        qWarning("%s", qPrintable(loaded.message));
    }
    return account;
}

struct OpenSession
{
    explicit OpenSession(const TestProfile &profile)
    {
        QStringList errors;
        session.open(profile.profile(), Services::MailSessionOptions::manualOnly(), &errors);
        if (!errors.isEmpty()) {
            qWarning("%s", qPrintable(errors.join(QLatin1Char(' '))));
        }
    }
    Services::MailSession session;
};

} // namespace

class TestAccountSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEditIsStoredAndReachesTheSession();
    void pop3RetentionChoices();
    void switchToPop3SaysWhatChangesAndWaitsForYes();
    void switchToImapNamesTheFoldersSetAside();
    void plaintextNeedsTheWarnedChoice();
    void removeAccountDeletesCacheSettingsAndKeychainEntry();
};

void TestAccountSettings::everyEditIsStoredAndReachesTheSession()
{
    TestProfile profile;
    profile.addAccount(QStringLiteral("work"), IncomingProtocol::Imap, 3);
    OpenSession open(profile);
    AccountSettingsDialog dialog(open.session, 0);
    dialog.displayNameEdit()->setText(QStringLiteral("Ann Example"));
    dialog.emailEdit()->setText(QStringLiteral("ann@example.net"));
    dialog.signatureEdit()->setPlainText(QStringLiteral("Ann\nExample Ltd."));
    dialog.checkIntervalBox()->setValue(0);
    dialog.idleBox()->setChecked(false);
    dialog.recentBodiesButton()->setChecked(true);
    dialog.offlineDaysBox()->setValue(45);
    dialog.incomingEditor()->hostEdit()->setText(QStringLiteral("imap.example.net"));
    dialog.smtpEditor()->hostEdit()->setText(QStringLiteral("smtp.example.net"));
    dialog.smtpEditor()->portEdit()->setValue(465);
    dialog.smtpEditor()->setSecurity(Accounts::Security::StartTls); // 465 → 587 follows
    dialog.okButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.errorText(), QString());

    const Accounts::Account account = stored(profile, QStringLiteral("work"));
    QCOMPARE(account.displayName, QStringLiteral("Ann Example"));
    QCOMPARE(account.email, QStringLiteral("ann@example.net"));
    QCOMPARE(account.signature, QStringLiteral("Ann\nExample Ltd."));
    QCOMPARE(account.checkIntervalMinutes, 0);
    QVERIFY(!account.imapIdle);
    QVERIFY(account.imapKeepOffline);
    QCOMPARE(account.imapKeepOfflineDays, 45);
    QCOMPARE(account.incoming.host, QStringLiteral("imap.example.net"));
    QCOMPARE(account.smtp.host, QStringLiteral("smtp.example.net"));
    QCOMPARE(int(account.smtp.port), 587);
    QCOMPARE(account.passwordCommand, QStringLiteral("echo unused")); // no widget: kept
    QVERIFY(open.session.account(0));
    QCOMPARE(*open.session.account(0), account);

    // Everything offline, then headers only.
    AccountSettingsDialog again(open.session, 0);
    QVERIFY(again.recentBodiesButton()->isChecked());
    QCOMPARE(again.offlineDaysBox()->value(), 45);
    again.allBodiesButton()->setChecked(true);
    again.okButton()->click();
    QVERIFY(stored(profile, QStringLiteral("work")).imapKeepOffline);
    QCOMPARE(stored(profile, QStringLiteral("work")).imapKeepOfflineDays, 0);
    AccountSettingsDialog third(open.session, 0);
    third.headersOnlyButton()->setChecked(true);
    third.okButton()->click();
    QVERIFY(!stored(profile, QStringLiteral("work")).imapKeepOffline);
}

void TestAccountSettings::pop3RetentionChoices()
{
    TestProfile profile;
    profile.addAccount(QStringLiteral("home"), IncomingProtocol::Pop3, 2);
    OpenSession open(profile);
    for (const Pop3Retention retention : {Pop3Retention::KeepDays, Pop3Retention::DeleteWithLocal,
             Pop3Retention::DeleteAfterDownload, Pop3Retention::Keep}) {
        AccountSettingsDialog dialog(open.session, 0);
        QVERIFY(dialog.idleBox()->isHidden());
        dialog.retentionButton(retention)->setChecked(true);
        dialog.keepDaysBox()->setValue(14);
        dialog.okButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Accounts::Account account = stored(profile, QStringLiteral("home"));
        QCOMPARE(int(account.pop3Retention), int(retention));
        QCOMPARE(account.pop3KeepDays, retention == Pop3Retention::KeepDays ? 14 : 0);
    }
}

void TestAccountSettings::switchToPop3SaysWhatChangesAndWaitsForYes()
{
    TestProfile profile;
    profile.addAccount(QStringLiteral("work"), IncomingProtocol::Imap, 5);
    OpenSession open(profile);
    AccountSettingsDialog dialog(open.session, 0);
    QStringList asked;
    bool answer = false;
    dialog.setConfirmer([&](const QString &title, const QString &text) {
        asked.append(title + QLatin1Char('|') + text);
        return answer;
    });
    QCOMPARE(dialog.switchNotice(), QString());
    dialog.incomingEditor()->portEdit()->setValue(993);
    dialog.pop3Button()->click();
    QCOMPARE(int(dialog.incomingEditor()->port()), 995); // the default port follows
    const QString notice = dialog.switchNotice();
    QVERIFY2(notice.startsWith(QLatin1String("Switching to POP3")), qPrintable(notice));
    // INBOX, Trash and Work of this cache, 5 messages, become local.
    QVERIFY2(
        notice.contains(QLatin1String("The 3 server folders (Inbox, Trash, Work, 5 messages)")), qPrintable(notice));
    QVERIFY(notice.contains(QLatin1String("no longer sent to the server")));
    QVERIFY(notice.contains(QLatin1String("stay on the server"))); // the retention in force
    dialog.okButton()->click();
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().startsWith(QLatin1String("Switch work to POP3?")));
    QVERIFY(dialog.isVisible() || dialog.result() != int(QDialog::Accepted));
    QCOMPARE(int(stored(profile, QStringLiteral("work")).protocol), int(IncomingProtocol::Imap));
    answer = true;
    dialog.okButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(int(stored(profile, QStringLiteral("work")).protocol), int(IncomingProtocol::Pop3));
    QCOMPARE(int(stored(profile, QStringLiteral("work")).incoming.port), 995);
    QVERIFY(!open.session.isImap(0));
}

void TestAccountSettings::switchToImapNamesTheFoldersSetAside()
{
    TestProfile profile;
    profile.addAccount(QStringLiteral("home"), IncomingProtocol::Pop3, 4);
    OpenSession open(profile);
    AccountSettingsDialog dialog(open.session, 0);
    dialog.imapButton()->click();
    const QString notice = dialog.switchNotice();
    QVERIFY2(notice.contains(QLatin1String("Inbox (4 messages) becomes \"INBOX (local)\"")), qPrintable(notice));
    QVERIFY(!notice.contains(QLatin1String("Work"))); // no role: the server has no such folder to replace it
    QVERIFY(notice.contains(QLatin1String("taken over, not downloaded again")));
    QVERIFY(notice.contains(QLatin1String("marks set here are sent to the server")));
}

void TestAccountSettings::plaintextNeedsTheWarnedChoice()
{
    TestProfile profile;
    profile.addAccount(QStringLiteral("work"), IncomingProtocol::Imap, 1);
    OpenSession open(profile);
    AccountSettingsDialog dialog(open.session, 0);
    dialog.incomingEditor()->hostEdit()->setText(QStringLiteral("imap.example.net"));
    dialog.incomingEditor()->setSecurity(Accounts::Security::None);
    QVERIFY(!dialog.plaintextBox()->isHidden());
    dialog.okButton()->click();
    QVERIFY2(dialog.errorText().contains(QLatin1String("unencrypted")), qPrintable(dialog.errorText()));
    QCOMPARE(int(stored(profile, QStringLiteral("work")).incoming.security), int(Accounts::Security::Tls));
    dialog.plaintextBox()->setChecked(true);
    dialog.okButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(stored(profile, QStringLiteral("work")).allowPlaintext);
}

void TestAccountSettings::removeAccountDeletesCacheSettingsAndKeychainEntry()
{
    if (!qEnvironmentVariableIsSet("LETTERBOX_TEST_KEYRING")) {
        QFAIL("run under tests/support/with-keyring: the keychain entry is part of what is checked");
    }
    TestProfile profile;
    profile.addAccount(QStringLiteral("keep"), IncomingProtocol::Imap, 2);
    profile.addAccount(QStringLiteral("work"), IncomingProtocol::Imap, 3);
    Accounts::Account work = stored(profile, QStringLiteral("work"));
    work.passwordSource = Accounts::PasswordSource::Keychain;
    work.passwordCommand.clear();
    QVERIFY(Accounts::AccountStore(profile.profile()).update(work).ok());
    const Accounts::CredentialStore keychain;
    QVERIFY(keychain.writePasswordBlocking(QStringLiteral("work"), QStringLiteral("s3cret")).ok());
    QVERIFY(keychain.writePasswordBlocking(QStringLiteral("keep"), QStringLiteral("other")).ok());
    const QString cache = profile.profile().accountDataDirectory(QStringLiteral("work"));
    QVERIFY(QDir(cache).exists());

    OpenSession open(profile);
    QCOMPARE(open.session.accountCount(), 2);
    Gui::MainWindow window(&open.session, profile.profile().configDirectory());
    window.show();
    const int index = open.session.indexOf(QStringLiteral("work"));
    QVERIFY(window.selectFolder(index, 1));
    AccountSettingsDialog *dialog = window.openAccountSettings();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Account Settings: work"));
    bool answer = false;
    QString question;
    dialog->setConfirmer([&](const QString &title, const QString &) {
        question = title;
        return answer;
    });
    dialog->removeButton()->click(); // "No": nothing happens
    QCOMPARE(question, QStringLiteral("Remove account work?"));
    QVERIFY(Accounts::AccountStore(profile.profile()).contains(QStringLiteral("work")));
    QVERIFY(QDir(cache).exists());

    QSignalSpy removed(&open.session, &Services::MailSession::accountRemoved);
    answer = true;
    QPointer<AccountSettingsDialog> guard(dialog);
    dialog->removeButton()->click();
    QVERIFY(removed.wait(30'000));
    QCOMPARE(removed.first().at(0).toString(), QStringLiteral("work"));
    QCOMPARE(removed.first().at(1).toString(), QString());
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());

    QVERIFY(!QDir(cache).exists());
    QVERIFY(!Accounts::AccountStore(profile.profile()).contains(QStringLiteral("work")));
    QCOMPARE(int(keychain.readPasswordBlocking(QStringLiteral("work")).code),
        int(Accounts::CredentialResult::Code::NotFound));
    // The other account, its keychain entry and the window go on.
    QVERIFY(keychain.readPasswordBlocking(QStringLiteral("keep")).ok());
    QVERIFY(open.session.account(open.session.indexOf(QStringLiteral("keep"))));
    QCOMPARE(open.session.indexOf(QStringLiteral("work")), -1);
    QVERIFY(!window.folderModel()->accountIndex(index).isValid());
    QVERIFY(window.folderModel()->accountIndex(open.session.indexOf(QStringLiteral("keep"))).isValid());
    QCOMPARE(window.folderView()->currentIndex().data(Models::NodeKindRole).toInt(),
        int(Models::FolderTreeModel::NodeKind::UnifiedInbox));

    // The last account going brings the welcome page back, as on a first start.
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("mailPage"));
    AccountSettingsDialog *last = window.openAccountSettings(open.session.indexOf(QStringLiteral("keep")));
    QVERIFY(last);
    last->setConfirmer([](const QString &, const QString &) { return true; });
    removed.clear();
    last->removeButton()->click();
    QVERIFY(removed.wait(30'000));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
    QCOMPARE(int(keychain.readPasswordBlocking(QStringLiteral("keep")).code),
        int(Accounts::CredentialResult::Code::NotFound));
}

QTEST_MAIN(TestAccountSettings)
#include "tst_accountsettings.moc"
