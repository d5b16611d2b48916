// `letterbox-cli account add|list|show|set|remove` (CLI.md "Accounts") on the real
// binary, without a keychain: everything but storing a password.
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using CliTest::Run;

class TestAccountCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    QString m_profile;

    Run cli(QStringList arguments, const QByteArray &input = {})
    {
        arguments.prepend(m_profile);
        arguments.prepend(QStringLiteral("--profile"));
        return CliTest::runCli(arguments, input, noKeychain());
    }

    // Neither a session bus nor a display: no keychain can answer, and none is touched.
    static QProcessEnvironment noKeychain()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        return environment;
    }

    QJsonObject showJson(const QString &name)
    {
        const Run run = cli({QStringLiteral("account"), QStringLiteral("show"), name, QStringLiteral("--json")});
        if (run.exitCode != 0) {
            qWarning("%s", qPrintable(run.err));
            return {};
        }
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    bool addWork()
    {
        const Run run = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("work"),
            QStringLiteral("--email"), QStringLiteral("alice@example.org"), QStringLiteral("--incoming"),
            QStringLiteral("imap"), QStringLiteral("--host"), QStringLiteral("imap.example.org")});
        return run.exitCode == 0;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_directory.isValid());
        m_profile = m_directory.filePath(QString::fromLatin1(QTest::currentTestFunction())
            + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char('/'), QLatin1Char('_')));
    }

    void addShowsDefaultsAsJson()
    {
        const Run run = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("work"),
            QStringLiteral("--email"), QStringLiteral("alice@example.org"), QStringLiteral("--display-name"),
            QStringLiteral("Alice"), QStringLiteral("--incoming"), QStringLiteral("imap"), QStringLiteral("--host"),
            QStringLiteral("imap.example.org")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonObject json = showJson(QStringLiteral("work"));
        QCOMPARE(json.value(QLatin1String("name")).toString(), QStringLiteral("work"));
        QCOMPARE(json.value(QLatin1String("email")).toString(), QStringLiteral("alice@example.org"));
        QCOMPARE(json.value(QLatin1String("display_name")).toString(), QStringLiteral("Alice"));
        const QJsonObject incoming = json.value(QLatin1String("incoming")).toObject();
        QCOMPARE(incoming.value(QLatin1String("protocol")).toString(), QStringLiteral("imap"));
        QCOMPARE(incoming.value(QLatin1String("host")).toString(), QStringLiteral("imap.example.org"));
        QCOMPARE(incoming.value(QLatin1String("port")).toInt(), 993);
        QCOMPARE(incoming.value(QLatin1String("security")).toString(), QStringLiteral("tls"));
        QCOMPARE(incoming.value(QLatin1String("user")).toString(), QStringLiteral("alice@example.org"));
        QVERIFY(incoming.value(QLatin1String("pinned_certificate")).isNull());
        const QJsonObject smtp = json.value(QLatin1String("smtp")).toObject();
        QCOMPARE(smtp.value(QLatin1String("host")).toString(), QStringLiteral("imap.example.org"));
        QCOMPARE(smtp.value(QLatin1String("port")).toInt(), 465);
        QCOMPARE(smtp.value(QLatin1String("security")).toString(), QStringLiteral("tls"));
        QCOMPARE(smtp.value(QLatin1String("user")).toString(), QStringLiteral("alice@example.org"));
        QCOMPARE(json.value(QLatin1String("password")).toString(), QStringLiteral("keychain"));
        QVERIFY(json.value(QLatin1String("ca_file")).isNull());
        QCOMPARE(json.value(QLatin1String("allow_plaintext")).toBool(true), false);
        QCOMPARE(json.value(QLatin1String("pop3")).toObject().value(QLatin1String("retention")).toString(),
            QStringLiteral("keep"));
        QCOMPARE(json.value(QLatin1String("imap_sync_days")).toInt(-1), 0);
        QCOMPARE(json.value(QLatin1String("check_interval")).toInt(-1), 10);
    }

    void addWithEveryOption()
    {
        QFile ca(m_directory.filePath(QStringLiteral("ca.pem")));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        ca.close();
        const Run run = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("lab"),
            QStringLiteral("--email"), QStringLiteral("bob@lab.test"), QStringLiteral("--incoming"),
            QStringLiteral("pop3"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
            QStringLiteral("20110"), QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--user"),
            QStringLiteral("bob"), QStringLiteral("--smtp-host"), QStringLiteral("localhost"),
            QStringLiteral("--smtp-port"), QStringLiteral("20587"), QStringLiteral("--smtp-security"),
            QStringLiteral("starttls"), QStringLiteral("--smtp-user"), QStringLiteral("bob-out"),
            QStringLiteral("--password-command"), QStringLiteral("cat ~/.lab-password"), QStringLiteral("--ca-file"),
            ca.fileName(), QStringLiteral("--pop3-keep-days"), QStringLiteral("14"),
            QStringLiteral("--allow-plaintext")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = showJson(QStringLiteral("lab"));
        const QJsonObject incoming = json.value(QLatin1String("incoming")).toObject();
        QCOMPARE(incoming.value(QLatin1String("protocol")).toString(), QStringLiteral("pop3"));
        QCOMPARE(incoming.value(QLatin1String("port")).toInt(), 20110);
        QCOMPARE(incoming.value(QLatin1String("security")).toString(), QStringLiteral("none"));
        QCOMPARE(incoming.value(QLatin1String("user")).toString(), QStringLiteral("bob"));
        const QJsonObject smtp = json.value(QLatin1String("smtp")).toObject();
        QCOMPARE(smtp.value(QLatin1String("host")).toString(), QStringLiteral("localhost"));
        QCOMPARE(smtp.value(QLatin1String("port")).toInt(), 20587);
        QCOMPARE(smtp.value(QLatin1String("security")).toString(), QStringLiteral("starttls"));
        QCOMPARE(smtp.value(QLatin1String("user")).toString(), QStringLiteral("bob-out"));
        QCOMPARE(json.value(QLatin1String("password")).toString(), QStringLiteral("command"));
        QCOMPARE(json.value(QLatin1String("password_command")).toString(), QStringLiteral("cat ~/.lab-password"));
        QCOMPARE(json.value(QLatin1String("ca_file")).toString(), ca.fileName());
        QVERIFY(json.value(QLatin1String("allow_plaintext")).toBool());
        const QJsonObject pop3 = json.value(QLatin1String("pop3")).toObject();
        QCOMPARE(pop3.value(QLatin1String("retention")).toString(), QStringLiteral("keep-days"));
        QCOMPARE(pop3.value(QLatin1String("keep_days")).toInt(), 14);
    }

    void listInBothForms()
    {
        Run run = cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("accounts")).toArray().size(), 0);
        QVERIFY(addWork());
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("home"),
                         QStringLiteral("--email"), QStringLiteral("a@home.example"), QStringLiteral("--incoming"),
                         QStringLiteral("pop3"), QStringLiteral("--host"), QStringLiteral("pop.home.example")})
                     .exitCode,
            0);
        run = cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray accounts
            = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("accounts")).toArray();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("home"));
        QCOMPARE(accounts.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("work"));
        QCOMPARE(accounts.at(0).toObject().value(QLatin1String("incoming")).toObject().value(QLatin1String("port")),
            QJsonValue(995));
        run = cli({QStringLiteral("account"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(1).startsWith(QLatin1String("work"))
                && lines.at(1).contains(QLatin1String("imap.example.org:993")),
            qPrintable(run.out));
    }

    void showReadableUsesTheSetKeys()
    {
        QVERIFY(addWork());
        const Run run = cli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("work")});
        QCOMPARE(run.exitCode, 0);
        for (const char *line : {"email           alice@example.org", "port            993", "smtp-port       465",
                 "security        tls", "password        keychain", "imap-sync-days  0 (every message)",
                 "check-interval  10 minutes"}) {
            QVERIFY2(run.out.contains(QLatin1String(line)), qPrintable(run.out));
        }
    }

    void setChangesOneKey_data()
    {
        QTest::addColumn<QStringList>("change"); // KEY VALUE
        QTest::addColumn<QString>("path"); // in show --json: "incoming/port"
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("incoming-pop3") << QStringList {QStringLiteral("incoming"), QStringLiteral("pop3")}
                                       << QStringLiteral("incoming/port") << QJsonValue(995);
        QTest::newRow("smtp-port-587") << QStringList {QStringLiteral("smtp-port"), QStringLiteral("587")}
                                       << QStringLiteral("smtp/security") << QJsonValue(QStringLiteral("starttls"));
        QTest::newRow("security-starttls") << QStringList {QStringLiteral("security"), QStringLiteral("starttls")}
                                           << QStringLiteral("incoming/port") << QJsonValue(143);
        QTest::newRow("pop3-keep-days") << QStringList {QStringLiteral("pop3-keep-days"), QStringLiteral("14")}
                                        << QStringLiteral("pop3/keep_days") << QJsonValue(14);
        QTest::newRow("pop3-delete-after-download")
            << QStringList {QStringLiteral("pop3-delete-after-download"), QStringLiteral("yes")}
            << QStringLiteral("pop3/retention") << QJsonValue(QStringLiteral("delete-after-download"));
        QTest::newRow("display-name") << QStringList {QStringLiteral("display-name"), QStringLiteral("Alice B.")}
                                      << QStringLiteral("display_name") << QJsonValue(QStringLiteral("Alice B."));
        QTest::newRow("email-moves-the-login")
            << QStringList {QStringLiteral("email"), QStringLiteral("alice@new.example")} << QStringLiteral("smtp/user")
            << QJsonValue(QStringLiteral("alice@new.example"));
        QTest::newRow("host-moves-smtp-host")
            << QStringList {QStringLiteral("host"), QStringLiteral("mail.new.example")} << QStringLiteral("smtp/host")
            << QJsonValue(QStringLiteral("mail.new.example"));
        QTest::newRow("password-command")
            << QStringList {QStringLiteral("password-command"), QStringLiteral("pass mail")}
            << QStringLiteral("password") << QJsonValue(QStringLiteral("command"));
        QTest::newRow("imap-sync-days") << QStringList {QStringLiteral("imap-sync-days"), QStringLiteral("30")}
                                        << QStringLiteral("imap_sync_days") << QJsonValue(30);
        QTest::newRow("check-interval-manual") << QStringList {QStringLiteral("check-interval"), QStringLiteral("0")}
                                               << QStringLiteral("check_interval") << QJsonValue(0);
        QTest::newRow("allow-plaintext-alone")
            << QStringList {QStringLiteral("allow-plaintext")} << QStringLiteral("allow_plaintext") << QJsonValue(true);
    }

    void setChangesOneKey()
    {
        QFETCH(QStringList, change);
        QFETCH(QString, path);
        QFETCH(QJsonValue, expected);
        QVERIFY(addWork());
        const Run run
            = cli(QStringList {QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("work")} + change);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QJsonValue value = showJson(QStringLiteral("work"));
        for (const QString &part : path.split(QLatin1Char('/'))) {
            value = value.toObject().value(part);
        }
        QCOMPARE(value, expected);
    }

    void removeDeletesSettingsAndData()
    {
        QVERIFY(addWork());
        const QString data = m_profile + QLatin1String("/data/accounts/work");
        QVERIFY(QDir().mkpath(data + QLatin1String("/blobs")));
        QFile cache(data + QLatin1String("/cache.sqlite"));
        QVERIFY(cache.open(QIODevice::WriteOnly));
        cache.close();
        const Run run = cli({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("work")});
        // Without a keychain the entry cannot be checked: a warning, but the account is gone.
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("keychain")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(data));
        QVERIFY(QFileInfo::exists(m_profile + QLatin1String("/data")));
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("work")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("work")}).exitCode, 2);
    }

    void passwordStdinWithoutKeychainFailsCleanly()
    {
        const Run run
            = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("work"), QStringLiteral("--email"),
                      QStringLiteral("alice@example.org"), QStringLiteral("--incoming"), QStringLiteral("imap"),
                      QStringLiteral("--host"), QStringLiteral("imap.example.org"), QStringLiteral("--password-stdin")},
                "hunter2\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("No system keychain is reachable")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("gnome-keyring")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("hunter2")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        // Nothing half-added, and never a plaintext fallback anywhere in the profile.
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("work")}).exitCode, 2);
        QDir profile(m_profile);
        const QStringList files = profile.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString &file : files) {
            QFile f(profile.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("hunter2"));
        }
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList add {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("new"),
            QStringLiteral("--email"), QStringLiteral("n@example.org"), QStringLiteral("--incoming"),
            QStringLiteral("imap"), QStringLiteral("--host"), QStringLiteral("imap.example.org")};
        const QStringList set {QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("work")};
        QTest::newRow("no-action") << QStringList {QStringLiteral("account")} << 2
                                   << QStringLiteral("needs one of add, autoconfig, list");
        QTest::newRow("unknown-action") << QStringList {QStringLiteral("account"), QStringLiteral("rename")} << 2
                                        << QStringLiteral("'rename' is not an account command");
        QTest::newRow("add-without-name") << QStringList {QStringLiteral("account"), QStringLiteral("add")} << 2
                                          << QStringLiteral("exactly one NAME");
        // account autoconfig: refused before any network look-up.
        QTest::newRow("autoconfig-without-address") << QStringList {QStringLiteral("account"),
            QStringLiteral("autoconfig")} << 2 << QStringLiteral("exactly one e-mail ADDRESS");
        QTest::newRow("autoconfig-bad-nameserver") << QStringList {QStringLiteral("account"),
            QStringLiteral("autoconfig"), QStringLiteral("a@example.org"), QStringLiteral("--nameserver"),
            QStringLiteral("dns.example.org")} << 2 << QStringLiteral("--nameserver needs an IP address");
        QTest::newRow("autoconfig-foreign-option") << QStringList {QStringLiteral("account"),
            QStringLiteral("autoconfig"), QStringLiteral("a@example.org"), QStringLiteral("--host"),
            QStringLiteral("x")} << 2 << QStringLiteral("does not take --host");
        QTest::newRow("autoconfig-no-domain") << QStringList {QStringLiteral("account"), QStringLiteral("autoconfig"),
            QStringLiteral("alice")} << 2 << QStringLiteral("not an e-mail address");
        QTest::newRow("add-bad-name") << QStringList {QStringLiteral("account"), QStringLiteral("add"),
            QStringLiteral("../x"), QStringLiteral("--email"), QStringLiteral("a@b.c"), QStringLiteral("--incoming"),
            QStringLiteral("imap"), QStringLiteral("--host"), QStringLiteral("h")}
                                      << 2 << QStringLiteral("not a valid account name");
        QTest::newRow("add-duplicate") << QStringList {QStringLiteral("account"), QStringLiteral("add"),
            QStringLiteral("WORK"), QStringLiteral("--email"), QStringLiteral("a@b.c"), QStringLiteral("--incoming"),
            QStringLiteral("imap"), QStringLiteral("--host"), QStringLiteral("h")}
                                       << 2 << QStringLiteral("already an account called work");
        QTest::newRow("add-missing-host") << QStringList {QStringLiteral("account"), QStringLiteral("add"),
            QStringLiteral("x"), QStringLiteral("--email"), QStringLiteral("a@b.c"), QStringLiteral("--incoming"),
            QStringLiteral("imap")} << 2 << QStringLiteral("needs --host");
        QTest::newRow("add-bad-port") << add + QStringList {QStringLiteral("--port"), QStringLiteral("0")} << 2
                                      << QStringLiteral("not a port number");
        QTest::newRow("add-bad-security") << add + QStringList {QStringLiteral("--security"), QStringLiteral("ssl")}
                                          << 2 << QStringLiteral("tls, starttls or none");
        QTest::newRow("add-two-password-sources") << add
                + QStringList {QStringLiteral("--password-stdin"), QStringLiteral("--password-command"),
                    QStringLiteral("pass x")} << 2 << QStringLiteral("not both");
        QTest::newRow("add-plaintext-refused")
            << add + QStringList {QStringLiteral("--security"), QStringLiteral("none")} << 3
            << QStringLiteral("unencrypted to imap.example.org:143");
        QTest::newRow("add-smtp-plaintext-refused")
            << add + QStringList {QStringLiteral("--smtp-security"), QStringLiteral("none")} << 3
            << QStringLiteral("unencrypted to imap.example.org:587");
        QTest::newRow("add-twice-the-same-option") << add
                + QStringList {QStringLiteral("--port"), QStringLiteral("1"), QStringLiteral("--port"),
                    QStringLiteral("2")} << 2 << QStringLiteral("--port is given twice");
        QTest::newRow("add-with-json") << add + QStringList {QStringLiteral("--json")} << 2
                                       << QStringLiteral("does not take --json");
        QTest::newRow("add-missing-ca-file")
            << add + QStringList {QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem")} << 2
            << QStringLiteral("Cannot read the CA file /nonexistent/ca.pem");
        QTest::newRow("add-stdin-empty") << add + QStringList {QStringLiteral("--password-stdin")} << 2
                                         << QStringLiteral("no password on standard input");
        QTest::newRow("list-with-name") << QStringList {QStringLiteral("account"), QStringLiteral("list"),
            QStringLiteral("work")} << 2 << QStringLiteral("takes no NAME");
        QTest::newRow("list-with-add-option") << QStringList {QStringLiteral("account"), QStringLiteral("list"),
            QStringLiteral("--host"), QStringLiteral("h")}
                                              << 2 << QStringLiteral("does not take --host");
        QTest::newRow("show-unknown") << QStringList {QStringLiteral("account"), QStringLiteral("show"),
            QStringLiteral("nobody")} << 2
                                      << QStringLiteral("no account called nobody");
        QTest::newRow("remove-unknown") << QStringList {QStringLiteral("account"), QStringLiteral("remove"),
            QStringLiteral("nobody")} << 2
                                        << QStringLiteral("no account called nobody");
        QTest::newRow("set-unknown-account") << QStringList {QStringLiteral("account"), QStringLiteral("set"),
            QStringLiteral("nobody"), QStringLiteral("port"), QStringLiteral("1")}
                                             << 2 << QStringLiteral("no account called nobody");
        QTest::newRow("set-unknown-key") << set + QStringList {QStringLiteral("colour"), QStringLiteral("blue")} << 2
                                         << QStringLiteral("'colour' is not an account setting");
        QTest::newRow("set-key-with-dashes") << set + QStringList {QStringLiteral("--port"), QStringLiteral("1")} << 2
                                             << QStringLiteral("does not take --port");
        QTest::newRow("set-without-value")
            << set + QStringList {QStringLiteral("port")} << 2 << QStringLiteral("needs a VALUE");
        QTest::newRow("set-bad-port") << set + QStringList {QStringLiteral("smtp-port"), QStringLiteral("70000")} << 2
                                      << QStringLiteral("not a port number");
        QTest::newRow("set-bad-switch") << set
                + QStringList {QStringLiteral("allow-plaintext"), QStringLiteral("maybe")}
                                        << 2 << QStringLiteral("takes yes or no");
        QTest::newRow("set-plaintext-refused") << set + QStringList {QStringLiteral("security"), QStringLiteral("none")}
                                               << 3 << QStringLiteral("unencrypted");
        QTest::newRow("set-bad-email") << set + QStringList {QStringLiteral("email"), QStringLiteral("nobody")} << 2
                                       << QStringLiteral("not an email address");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QVERIFY(addWork());
        const QJsonObject before = showJson(QStringLiteral("work"));
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.startsWith(QLatin1String("letterbox-cli: ")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1); // one plain sentence
        QVERIFY(run.out.isEmpty());
        QCOMPARE(showJson(QStringLiteral("work")), before);
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("new")}).exitCode, 2);
    }

    void helpNamesEveryOption()
    {
        const Run run = cli({QStringLiteral("account"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--email <ADDR>", "--incoming <imap|pop3>", "--smtp-security <tls|starttls|none>",
                 "--password-stdin", "--pop3-keep-days <N>", "--allow-plaintext", "--json"}) {
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
        }
    }
};

QTEST_GUILESS_MAIN(TestAccountCommand)
#include "tst_accountcommand.moc"
