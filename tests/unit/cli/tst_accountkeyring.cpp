// `account add --password-stdin` end to end against a real gnome-keyring in a private
// D-Bus session (run under tests/support/with-keyring); secret-tool, a separate
// process, checks what the Secret Service really holds.
#include "clirun.h"

#include "letterboxversion.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using CliTest::Run;

namespace {

struct Lookup
{
    int exitCode = -1;
    QString secret;
};

Lookup lookUp(const QString &accountName)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral(LETTERBOX_APP_ID), QStringLiteral("user"),
            accountName + QLatin1String("/password")});
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
}

} // namespace

class TestAccountKeyring : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    Run cli(QStringList arguments, const QByteArray &input = {})
    {
        arguments.prepend(m_directory.path());
        arguments.prepend(QStringLiteral("--profile"));
        return CliTest::runCli(arguments, input);
    }

    bool profileMentions(const QByteArray &text)
    {
        QDirIterator files(m_directory.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text)) {
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("LETTERBOX_TEST_KEYRING") == QLatin1String("1"),
            "run under tests/support/with-keyring (CTest does)");
        QVERIFY(m_directory.isValid());
    }

    void passwordGoesToTheKeychainAndOnlyThere()
    {
        const QStringList add {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("work"),
            QStringLiteral("--email"), QStringLiteral("alice@example.org"), QStringLiteral("--incoming"),
            QStringLiteral("imap"), QStringLiteral("--host"), QStringLiteral("imap.example.org"),
            QStringLiteral("--password-stdin")};
        Run run = cli(add, "correct horse battery\n");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(lookUp(QStringLiteral("work")).secret, QStringLiteral("correct horse battery"));
        QVERIFY(!profileMentions("correct horse battery"));

        for (const QStringList &show :
            {QStringList {QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("work")},
                QStringList {QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("work"),
                    QStringLiteral("--json")},
                QStringList {QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}}) {
            run = cli(show);
            QCOMPARE(run.exitCode, 0);
            QVERIFY(!run.out.contains(QLatin1String("horse")));
        }

        // A second add of the same name must not overwrite the stored password.
        run = cli(add, "other\n");
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(lookUp(QStringLiteral("work")).secret, QStringLiteral("correct horse battery"));

        // set password-stdin overwrites it.
        run = cli({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("work"),
                      QStringLiteral("password-stdin"), QStringLiteral("yes")},
            "new secret\r\n");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(lookUp(QStringLiteral("work")).secret, QStringLiteral("new secret"));

        // remove takes the keychain entry with it.
        run = cli({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("work")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(lookUp(QStringLiteral("work")).exitCode, 1);
    }

    void switchingToACommandDropsTheKeychainCopy()
    {
        Run run = cli(
            {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("scripted"), QStringLiteral("--email"),
                QStringLiteral("bob@example.org"), QStringLiteral("--incoming"), QStringLiteral("pop3"),
                QStringLiteral("--host"), QStringLiteral("pop.example.org"), QStringLiteral("--password-stdin")},
            "kept for now\n");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(lookUp(QStringLiteral("scripted")).secret, QStringLiteral("kept for now"));
        run = cli({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("scripted"),
            QStringLiteral("password-command"), QStringLiteral("pass show mail/bob")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(lookUp(QStringLiteral("scripted")).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("scripted")}).exitCode, 0);
    }

    void failedAddLeavesNoPasswordBehind()
    {
        // Refused after validation: the keychain is never written.
        const Run run
            = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("plain"), QStringLiteral("--email"),
                      QStringLiteral("c@example.org"), QStringLiteral("--incoming"), QStringLiteral("imap"),
                      QStringLiteral("--host"), QStringLiteral("imap.example.org"), QStringLiteral("--security"),
                      QStringLiteral("none"), QStringLiteral("--password-stdin")},
                "never stored\n");
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(lookUp(QStringLiteral("plain")).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestAccountKeyring)
#include "tst_accountkeyring.moc"
