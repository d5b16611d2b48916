#include "accounts/accountoptions.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox::Accounts;
using Id = AccountOptionId;

Q_DECLARE_METATYPE(Letterbox::Accounts::AccountOptions::Values)

namespace {

AccountOptions::Values values(std::initializer_list<std::pair<Id, const char *>> list)
{
    AccountOptions::Values result;
    for (const auto &[id, value] : list) {
        result.append({id, QString::fromUtf8(value)});
    }
    return result;
}

const AccountOptions::Values s_minimal
    = values({{Id::Email, "alice@example.org"}, {Id::Incoming, "imap"}, {Id::Host, "mail.example.org"}});

Account built(const AccountOptions::Values &given)
{
    Account account;
    const AccountResult result = AccountOptions::build(QStringLiteral("work"), given, &account);
    if (!result.ok()) {
        qWarning("%s", qPrintable(result.message));
    }
    return account;
}

} // namespace

class TestAccountOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableHasEveryOptionOnceWithAHelpLine()
    {
        const QList<AccountOption> all = AccountOptions::all();
        QSet<QString> names;
        QSet<int> ids;
        for (const AccountOption &option : all) {
            QVERIFY2(!names.contains(option.name), qPrintable(option.name));
            names.insert(option.name);
            ids.insert(int(option.id));
            QVERIFY(!option.description.isEmpty());
            QCOMPARE(AccountOptions::find(option.name)->id, option.id);
            QCOMPARE(AccountOptions::find(option.id)->name, option.name);
        }
        QCOMPARE(ids.size(), int(Id::ImapIdle) + 1);
        // The contract of CLI.md, "Accounts".
        for (const char *name : {"email", "display-name", "incoming", "host", "port", "security", "user", "smtp-host",
                 "smtp-port", "smtp-security", "smtp-user", "password-stdin", "password-command", "ca-file",
                 "pin-certificate", "smtp-pin-certificate", "pop3-keep", "pop3-keep-days", "pop3-delete-after-download",
                 "pop3-delete-with-local", "allow-plaintext", "imap-keep-offline", "signature", "oauth2-auth-url",
                 "oauth2-token-url", "oauth2-client-id", "oauth2-scope", "imap-sync-days", "check-interval",
                 // The settings dialog's (docs/ARCHITECTURE.md "Accounts in the window").
                 "imap-keep-offline-days", "imap-idle"}) {
            QVERIFY2(names.contains(QLatin1String(name)), name);
        }
        QCOMPARE(names.size(), 31);
        QVERIFY(AccountOptions::find(QStringLiteral("allow-plaintext"))->isSwitch());
        QVERIFY(!AccountOptions::find(QStringLiteral("port"))->isSwitch());
        QVERIFY(!AccountOptions::find(QStringLiteral("--port")));
    }

    // add and set share the table: every key that `add` takes, `set` takes too, and
    // both give the same account.
    void addAndSetAgreeOnEveryKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("display-name") << QStringLiteral("display-name") << QStringLiteral("Alice A.");
        QTest::newRow("port") << QStringLiteral("port") << QStringLiteral("10993");
        QTest::newRow("security") << QStringLiteral("security") << QStringLiteral("starttls");
        QTest::newRow("user") << QStringLiteral("user") << QStringLiteral("alice");
        QTest::newRow("smtp-host") << QStringLiteral("smtp-host") << QStringLiteral("smtp.example.org");
        QTest::newRow("smtp-port") << QStringLiteral("smtp-port") << QStringLiteral("10465");
        QTest::newRow("smtp-security") << QStringLiteral("smtp-security") << QStringLiteral("starttls");
        QTest::newRow("smtp-user") << QStringLiteral("smtp-user") << QStringLiteral("bob");
        QTest::newRow("password-stdin") << QStringLiteral("password-stdin") << QString();
        QTest::newRow("password-command") << QStringLiteral("password-command") << QStringLiteral("pass show mail");
        QTest::newRow("pop3-keep") << QStringLiteral("pop3-keep") << QString();
        QTest::newRow("pop3-keep-days") << QStringLiteral("pop3-keep-days") << QStringLiteral("14");
        QTest::newRow("pop3-delete-after-download") << QStringLiteral("pop3-delete-after-download") << QString();
        QTest::newRow("pop3-delete-with-local") << QStringLiteral("pop3-delete-with-local") << QString();
        QTest::newRow("allow-plaintext") << QStringLiteral("allow-plaintext") << QString();
        QTest::newRow("incoming") << QStringLiteral("incoming") << QStringLiteral("pop3");
        QTest::newRow("host") << QStringLiteral("host") << QStringLiteral("other.example.org");
        QTest::newRow("email") << QStringLiteral("email") << QStringLiteral("bob@example.org");
        QTest::newRow("imap-sync-days") << QStringLiteral("imap-sync-days") << QStringLiteral("90");
        QTest::newRow("check-interval") << QStringLiteral("check-interval") << QStringLiteral("0");
    }

    void addAndSetAgreeOnEveryKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        const std::optional<AccountOption> option = AccountOptions::find(key);
        QVERIFY(option);
        AccountOptions::Values given = s_minimal;
        given.removeIf([&](const auto &entry) { return entry.first == option->id; });
        given.append({option->id, value});
        Account viaAdd;
        const AccountResult added = AccountOptions::build(QStringLiteral("work"), given, &viaAdd);
        QVERIFY2(added.ok(), qPrintable(added.message));

        Account viaSet = built(s_minimal);
        const AccountResult changed
            = AccountOptions::change(viaSet, option->id, option->isSwitch() ? QStringLiteral("yes") : value);
        QVERIFY2(changed.ok(), qPrintable(changed.message));
        QCOMPARE(viaSet, viaAdd);
    }

    void addDefaults()
    {
        const Account account = built(s_minimal);
        QCOMPARE(account.name, QStringLiteral("work"));
        QCOMPARE(toString(account.protocol), toString(IncomingProtocol::Imap));
        QCOMPARE(account.incoming.host, QStringLiteral("mail.example.org"));
        QCOMPARE(account.incoming.port, 993);
        QCOMPARE(toString(account.incoming.security), toString(Security::Tls));
        QCOMPARE(account.incoming.user, QStringLiteral("alice@example.org"));
        QCOMPARE(account.smtp.host, QStringLiteral("mail.example.org"));
        QCOMPARE(account.smtp.port, 465);
        QCOMPARE(toString(account.smtp.security), toString(Security::Tls));
        QCOMPARE(account.smtp.user, QStringLiteral("alice@example.org"));
        QCOMPARE(toString(account.passwordSource), toString(PasswordSource::Keychain));
        QCOMPARE(toString(account.pop3Retention), toString(Pop3Retention::Keep));
        QVERIFY(!account.allowPlaintext);
        QVERIFY(account.caFile.isEmpty());
        QVERIFY(account.incoming.pinnedCertificate.isEmpty());
        QVERIFY(account.smtp.pinnedCertificate.isEmpty());
    }

    void addPorts_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("security");
        QTest::addColumn<QString>("port");
        QTest::addColumn<int>("expectedPort");
        QTest::addColumn<QString>("expectedSecurity");
        QTest::newRow("imap-default") << QStringLiteral("imap") << QStringLiteral("") << QStringLiteral("") << 993
                                      << QStringLiteral("tls");
        QTest::newRow("imap-starttls") << QStringLiteral("imap") << QStringLiteral("starttls") << QStringLiteral("")
                                       << 143 << QStringLiteral("starttls");
        QTest::newRow("pop3-default") << QStringLiteral("pop3") << QStringLiteral("") << QStringLiteral("") << 995
                                      << QStringLiteral("tls");
        QTest::newRow("pop3-starttls") << QStringLiteral("pop3") << QStringLiteral("starttls") << QStringLiteral("")
                                       << 110 << QStringLiteral("starttls");
        QTest::newRow("port-143-suggests-starttls") << QStringLiteral("imap") << QStringLiteral("")
                                                    << QStringLiteral("143") << 143 << QStringLiteral("starttls");
        QTest::newRow("port-110-suggests-starttls") << QStringLiteral("pop3") << QStringLiteral("")
                                                    << QStringLiteral("110") << 110 << QStringLiteral("starttls");
        QTest::newRow("odd-port-keeps-tls") << QStringLiteral("imap") << QStringLiteral("") << QStringLiteral("10993")
                                            << 10993 << QStringLiteral("tls");
        QTest::newRow("explicit-security-wins")
            << QStringLiteral("imap") << QStringLiteral("tls") << QStringLiteral("143") << 143 << QStringLiteral("tls");
    }

    void addPorts()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, security);
        QFETCH(QString, port);
        QFETCH(int, expectedPort);
        QFETCH(QString, expectedSecurity);
        AccountOptions::Values given {{Id::Email, QStringLiteral("a@example.org")}, {Id::Incoming, protocol},
            {Id::Host, QStringLiteral("h.example.org")}};
        if (!security.isEmpty()) {
            given.append({Id::Security, security});
        }
        if (!port.isEmpty()) {
            given.append({Id::Port, port});
        }
        const Account account = built(given);
        QCOMPARE(int(account.incoming.port), expectedPort);
        QCOMPARE(toString(account.incoming.security), expectedSecurity);
    }

    void addSmtpPorts()
    {
        AccountOptions::Values given = s_minimal;
        given.append({Id::SmtpSecurity, QStringLiteral("starttls")});
        QCOMPARE(built(given).smtp.port, 587);
        given = s_minimal;
        given.append({Id::SmtpPort, QStringLiteral("587")});
        QCOMPARE(toString(built(given).smtp.security), toString(Security::StartTls));
        given = s_minimal;
        given.append({Id::SmtpPort, QStringLiteral("25")});
        QCOMPARE(toString(built(given).smtp.security), toString(Security::StartTls));
    }

    void smtpUserFollowsTheIncomingLogin()
    {
        AccountOptions::Values given = s_minimal;
        given.append({Id::User, QStringLiteral("alice")});
        const Account account = built(given);
        QCOMPARE(account.incoming.user, QStringLiteral("alice"));
        QCOMPARE(account.smtp.user, QStringLiteral("alice"));
    }

    void addRefuses_data()
    {
        QTest::addColumn<AccountOptions::Values>("given");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const int invalid = int(AccountResult::Code::Invalid);
        QTest::newRow("bad-name") << s_minimal << QStringLiteral("../x") << invalid
                                  << QStringLiteral("not a valid account name");
        QTest::newRow("no-email") << values({{Id::Incoming, "imap"}, {Id::Host, "h"}}) << QStringLiteral("w") << invalid
                                  << QStringLiteral("needs --email");
        QTest::newRow("no-incoming") << values({{Id::Email, "a@b.c"}, {Id::Host, "h"}}) << QStringLiteral("w")
                                     << invalid << QStringLiteral("needs --incoming");
        QTest::newRow("no-host") << values({{Id::Email, "a@b.c"}, {Id::Incoming, "imap"}}) << QStringLiteral("w")
                                 << invalid << QStringLiteral("needs --host");
        QTest::newRow("bad-protocol") << values({{Id::Email, "a@b.c"}, {Id::Incoming, "smtp"}, {Id::Host, "h"}})
                                      << QStringLiteral("w") << invalid << QStringLiteral("imap or pop3");
        QTest::newRow("bad-port") << values(
            {{Id::Email, "a@b.c"}, {Id::Incoming, "imap"}, {Id::Host, "h"}, {Id::Port, "99999"}})
                                  << QStringLiteral("w") << invalid << QStringLiteral("not a port number");
        QTest::newRow("bad-security") << values(
            {{Id::Email, "a@b.c"}, {Id::Incoming, "imap"}, {Id::Host, "h"}, {Id::Security, "ssl"}})
                                      << QStringLiteral("w") << invalid << QStringLiteral("tls, starttls or none");
        QTest::newRow("bad-days") << values(
            {{Id::Email, "a@b.c"}, {Id::Incoming, "pop3"}, {Id::Host, "h"}, {Id::Pop3KeepDays, "soon"}})
                                  << QStringLiteral("w") << invalid << QStringLiteral("not a number of days");
        QTest::newRow("two-retentions") << values({{Id::Email, "a@b.c"}, {Id::Incoming, "pop3"}, {Id::Host, "h"},
            {Id::Pop3Keep, ""}, {Id::Pop3DeleteWithLocal, ""}})
                                        << QStringLiteral("w") << invalid << QStringLiteral("only one of");
        QTest::newRow("two-password-sources") << values({{Id::Email, "a@b.c"}, {Id::Incoming, "imap"}, {Id::Host, "h"},
            {Id::PasswordStdin, ""}, {Id::PasswordCommand, "pass x"}})
                                              << QStringLiteral("w") << invalid << QStringLiteral("not both");
        QTest::newRow("missing-ca-file") << values(
            {{Id::Email, "a@b.c"}, {Id::Incoming, "imap"}, {Id::Host, "h"}, {Id::CaFile, "/nonexistent/ca.pem"}})
                                         << QStringLiteral("w") << invalid << QStringLiteral("Cannot read the CA file");
        QTest::newRow("plaintext") << values(
            {{Id::Email, "a@b.c"}, {Id::Incoming, "imap"}, {Id::Host, "h"}, {Id::Security, "none"}})
                                   << QStringLiteral("w") << int(AccountResult::Code::Insecure)
                                   << QStringLiteral("unencrypted to h:143");
        QTest::newRow("smtp-plaintext") << values({{Id::Email, "a@b.c"}, {Id::Incoming, "imap"}, {Id::Host, "h"},
            {Id::SmtpSecurity, "none"}, {Id::Security, "none"}})
                                        << QStringLiteral("w") << int(AccountResult::Code::Insecure)
                                        << QStringLiteral("unencrypted");
    }

    void addRefuses()
    {
        QFETCH(AccountOptions::Values, given);
        QFETCH(QString, name);
        QFETCH(int, code);
        QFETCH(QString, message);
        Account account;
        account.email = QStringLiteral("untouched@example.org");
        const AccountResult result = AccountOptions::build(name, given, &account);
        QCOMPARE(int(result.code), code);
        QVERIFY2(result.message.contains(message), qPrintable(result.message));
        QCOMPARE(account.email, QStringLiteral("untouched@example.org"));
    }

    void plaintextWithAllowPlaintext()
    {
        AccountOptions::Values given = s_minimal;
        given.append({Id::Security, QStringLiteral("none")});
        given.append({Id::AllowPlaintext, QString()});
        const Account account = built(given);
        QCOMPARE(toString(account.incoming.security), toString(Security::None));
        QCOMPARE(account.incoming.port, 143);
        QVERIFY(account.allowPlaintext);
    }

    void caFileIsCheckedAndMadeAbsolute()
    {
        QTemporaryDir directory;
        QDir::setCurrent(directory.path());
        QFile pem(directory.filePath(QStringLiteral("ca.pem")));
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        pem.close();
        QFile key(directory.filePath(QStringLiteral("key.pem")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("-----BEGIN PRIVATE KEY-----\n");
        key.close();

        AccountOptions::Values given = s_minimal;
        given.append({Id::CaFile, QStringLiteral("ca.pem")});
        QCOMPARE(built(given).caFile, pem.fileName());

        Account account = built(s_minimal);
        const AccountResult wrong = AccountOptions::change(account, Id::CaFile, QStringLiteral("key.pem"));
        QCOMPARE(wrong.code, AccountResult::Code::Invalid);
        QVERIFY2(wrong.message.contains(QLatin1String("no PEM certificate")), qPrintable(wrong.message));
        QVERIFY(AccountOptions::change(account, Id::CaFile, QStringLiteral("ca.pem")).ok());
        QCOMPARE(account.caFile, pem.fileName());
        QVERIFY(AccountOptions::change(account, Id::CaFile, QString()).ok());
        QVERIFY(account.caFile.isEmpty());
    }

    void setKeepsDefaultsInStep()
    {
        Account account = built(s_minimal);
        // The default port follows the security and the protocol...
        QVERIFY(AccountOptions::change(account, Id::Security, QStringLiteral("starttls")).ok());
        QCOMPARE(account.incoming.port, 143);
        QVERIFY(AccountOptions::change(account, Id::Incoming, QStringLiteral("pop3")).ok());
        QCOMPARE(account.incoming.port, 110);
        QVERIFY(AccountOptions::change(account, Id::Security, QStringLiteral("tls")).ok());
        QCOMPARE(account.incoming.port, 995);
        // ...a chosen port stays, and a well-known one implies its security.
        QVERIFY(AccountOptions::change(account, Id::Port, QStringLiteral("10995")).ok());
        QVERIFY(AccountOptions::change(account, Id::Security, QStringLiteral("starttls")).ok());
        QCOMPARE(account.incoming.port, 10995);
        QVERIFY(AccountOptions::change(account, Id::Port, QStringLiteral("995")).ok());
        QCOMPARE(toString(account.incoming.security), toString(Security::Tls));
        QVERIFY(AccountOptions::change(account, Id::SmtpSecurity, QStringLiteral("starttls")).ok());
        QCOMPARE(account.smtp.port, 587);
        QVERIFY(AccountOptions::change(account, Id::SmtpPort, QStringLiteral("465")).ok());
        QCOMPARE(toString(account.smtp.security), toString(Security::Tls));

        // The SMTP host and the logins follow while they hold their default.
        QVERIFY(AccountOptions::change(account, Id::Host, QStringLiteral("new.example.org")).ok());
        QCOMPARE(account.smtp.host, QStringLiteral("new.example.org"));
        QVERIFY(AccountOptions::change(account, Id::Email, QStringLiteral("alice@new.example.org")).ok());
        QCOMPARE(account.incoming.user, QStringLiteral("alice@new.example.org"));
        QCOMPARE(account.smtp.user, QStringLiteral("alice@new.example.org"));
        QVERIFY(AccountOptions::change(account, Id::SmtpHost, QStringLiteral("smtp.example.org")).ok());
        QVERIFY(AccountOptions::change(account, Id::Host, QStringLiteral("imap.example.org")).ok());
        QCOMPARE(account.smtp.host, QStringLiteral("smtp.example.org"));
    }

    void setNeverTurnsNoneIntoSomethingElse()
    {
        AccountOptions::Values given = s_minimal;
        given.append({Id::Security, QStringLiteral("none")});
        given.append({Id::AllowPlaintext, QString()});
        Account account = built(given);
        QVERIFY(AccountOptions::change(account, Id::Port, QStringLiteral("993")).ok());
        QCOMPARE(toString(account.incoming.security), toString(Security::None));
    }

    void setDropsPinsWhenHostOrPortChange()
    {
        Account account = built(s_minimal);
        account.incoming.pinnedCertificate = QByteArray(32, 'a');
        account.smtp.pinnedCertificate = QByteArray(32, 'b');
        QVERIFY(AccountOptions::change(account, Id::DisplayName, QStringLiteral("Alice")).ok());
        QCOMPARE(account.incoming.pinnedCertificate, QByteArray(32, 'a'));
        QVERIFY(AccountOptions::change(account, Id::Port, QStringLiteral("10993")).ok());
        QVERIFY(account.incoming.pinnedCertificate.isEmpty());
        QCOMPARE(account.smtp.pinnedCertificate, QByteArray(32, 'b'));
        QVERIFY(AccountOptions::change(account, Id::SmtpHost, QStringLiteral("smtp.example.org")).ok());
        QVERIFY(account.smtp.pinnedCertificate.isEmpty());
    }

    void setRefusesAndLeavesTheAccountAlone_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("code");
        const int invalid = int(AccountResult::Code::Invalid);
        QTest::newRow("security-none") << int(Id::Security) << QStringLiteral("none")
                                       << int(AccountResult::Code::Insecure);
        QTest::newRow("port-text") << int(Id::Port) << QStringLiteral("abc") << invalid;
        QTest::newRow("switch-maybe") << int(Id::AllowPlaintext) << QStringLiteral("maybe") << invalid;
        QTest::newRow("retention-no") << int(Id::Pop3Keep) << QStringLiteral("no") << invalid;
        QTest::newRow("keychain-no") << int(Id::PasswordStdin) << QStringLiteral("no") << invalid;
        QTest::newRow("command-empty") << int(Id::PasswordCommand) << QString() << invalid;
        QTest::newRow("email-bad") << int(Id::Email) << QStringLiteral("nobody") << invalid;
        QTest::newRow("host-empty") << int(Id::Host) << QString() << invalid;
        QTest::newRow("sync-days-text") << int(Id::ImapSyncDays) << QStringLiteral("a month") << invalid;
        QTest::newRow("sync-days-negative") << int(Id::ImapSyncDays) << QStringLiteral("-1") << invalid;
        QTest::newRow("sync-days-too-many") << int(Id::ImapSyncDays) << QStringLiteral("36501") << invalid;
        QTest::newRow("check-interval-empty") << int(Id::CheckInterval) << QString() << invalid;
        QTest::newRow("check-interval-negative") << int(Id::CheckInterval) << QStringLiteral("-5") << invalid;
        QTest::newRow("check-interval-over-a-day") << int(Id::CheckInterval) << QStringLiteral("1441") << invalid;
    }

    void setRefusesAndLeavesTheAccountAlone()
    {
        QFETCH(int, id);
        QFETCH(QString, value);
        QFETCH(int, code);
        Account account = built(s_minimal);
        const Account before = account;
        const AccountResult result = AccountOptions::change(account, Id(id), value);
        QCOMPARE(int(result.code), code);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(account, before);
    }

    // A new account syncs every message and checks every 10 minutes; both keys take
    // their range's ends, and 0 turns each off.
    void syncWindowAndCheckInterval()
    {
        Account account = built(s_minimal);
        QCOMPARE(account.imapSyncDays, 0);
        QCOMPARE(account.checkIntervalMinutes, 10);
        QVERIFY(AccountOptions::change(account, Id::ImapSyncDays, QStringLiteral("36500")).ok());
        QCOMPARE(account.imapSyncDays, 36500);
        QVERIFY(AccountOptions::change(account, Id::ImapSyncDays, QStringLiteral(" 30 ")).ok());
        QCOMPARE(account.imapSyncDays, 30);
        QVERIFY(AccountOptions::change(account, Id::CheckInterval, QStringLiteral("1440")).ok());
        QCOMPARE(account.checkIntervalMinutes, 1440);
        QVERIFY(AccountOptions::change(account, Id::CheckInterval, QStringLiteral("0")).ok());
        QCOMPARE(account.checkIntervalMinutes, 0);

        AccountOptions::Values given = s_minimal;
        given.append({Id::ImapSyncDays, QStringLiteral("7")});
        given.append({Id::CheckInterval, QStringLiteral("abc")});
        Account refused;
        const AccountResult result = AccountOptions::build(QStringLiteral("work"), given, &refused);
        QCOMPARE(int(result.code), int(AccountResult::Code::Invalid));
        QVERIFY2(result.message.contains(QLatin1String("abc")), qPrintable(result.message));
    }

    // The settings dialog's IDLE and "bodies for N days" are CLI options too.
    void idleAndOfflineDays()
    {
        Account account = built(s_minimal);
        QVERIFY(account.imapIdle);
        QCOMPARE(account.imapKeepOfflineDays, 0);
        QVERIFY(AccountOptions::change(account, Id::ImapIdle, QStringLiteral("no")).ok());
        QVERIFY(!account.imapIdle);
        QVERIFY(!AccountOptions::change(account, Id::ImapIdle, QStringLiteral("perhaps")).ok());
        QVERIFY(!account.imapIdle);
        QVERIFY(AccountOptions::change(account, Id::ImapKeepOfflineDays, QStringLiteral("30")).ok());
        QCOMPARE(account.imapKeepOfflineDays, 30);
        QVERIFY(!AccountOptions::change(account, Id::ImapKeepOfflineDays, QStringLiteral("36501")).ok());
        QCOMPARE(account.imapKeepOfflineDays, 30);
        AccountOptions::Values given = s_minimal;
        given.append({Id::ImapIdle, QStringLiteral("off")});
        Account added;
        QVERIFY(AccountOptions::build(QStringLiteral("work"), given, &added).ok());
        QVERIFY(!added.imapIdle);
    }

    void setSwitchesTakeYesAndNo()
    {
        Account account = built(s_minimal);
        for (const char *yes : {"yes", "true", "on", "1", "YES"}) {
            account.allowPlaintext = false;
            QVERIFY(AccountOptions::change(account, Id::AllowPlaintext, QLatin1String(yes)).ok());
            QVERIFY(account.allowPlaintext);
        }
        QVERIFY(AccountOptions::change(account, Id::AllowPlaintext, QStringLiteral("off")).ok());
        QVERIFY(!account.allowPlaintext);
    }
};

QTEST_GUILESS_MAIN(TestAccountOptions)
#include "tst_accountoptions.moc"
