// The password command (CLI.md's --password-command, like mbsync's PassCmd):
// CredentialStore::obtainPassword on an account whose source is a command.
#include "accounts/account.h"
#include "accounts/credentialjob.h"
#include "accounts/credentialstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Letterbox::Accounts;
using namespace std::chrono_literals;

namespace {

Account commandAccount(const QString &command)
{
    Account account;
    account.name = QStringLiteral("work");
    account.passwordSource = PasswordSource::Command;
    account.passwordCommand = command;
    return account;
}

// Alive and not a zombie waiting to be reaped.
bool processRuns(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.size() > close + 2 && line.at(close + 2) != 'Z';
}

} // namespace

class TestPasswordCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outputs_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected"); // the password, or a part of the message
        const int ok = int(CredentialResult::Code::Ok);
        const int failed = int(CredentialResult::Code::CommandFailed);
        QTest::newRow("one-line") << QStringLiteral("echo hunter2") << ok << QStringLiteral("hunter2");
        QTest::newRow("first-line-only") << QStringLiteral("printf 'first\\nsecond\\n'") << ok
                                         << QStringLiteral("first");
        QTest::newRow("crlf") << QStringLiteral("printf 'pw\\r\\n'") << ok << QStringLiteral("pw");
        QTest::newRow("no-newline") << QStringLiteral("printf 'p w'") << ok << QStringLiteral("p w");
        QTest::newRow("shell-pipeline") << QStringLiteral("echo abc | tr a-c x-z") << ok << QStringLiteral("xyz");
        QTest::newRow("utf8") << QStringLiteral("printf '\\303\\244pfel'") << ok << QStringLiteral("\u00e4pfel");
        QTest::newRow("stdin-closed") << QStringLiteral("read x || echo eof") << ok << QStringLiteral("eof");
        QTest::newRow("non-zero-exit") << QStringLiteral("echo pw; echo 'gpg: decryption failed' >&2; exit 2") << failed
                                       << QStringLiteral("exit status 2: gpg: decryption failed");
        QTest::newRow("empty-output") << QStringLiteral("true") << failed << QStringLiteral("printed no password");
        QTest::newRow("empty-first-line")
            << QStringLiteral("printf '\\nsecond\\n'") << failed << QStringLiteral("printed no password");
        QTest::newRow("missing-program") << QStringLiteral("/nonexistent/pass") << failed
                                         << QStringLiteral("exit status 127");
        QTest::newRow("killed-by-signal") << QStringLiteral("kill -9 $$") << failed << QStringLiteral("crashed");
    }

    void outputs()
    {
        QFETCH(QString, command);
        QFETCH(int, code);
        QFETCH(QString, expected);
        const CredentialResult result = CredentialStore().obtainPasswordBlocking(commandAccount(command));
        QCOMPARE(int(result.code), code);
        if (result.ok()) {
            QCOMPARE(result.password, expected);
            QVERIFY(result.message.isEmpty());
        } else {
            QVERIFY(result.password.isEmpty());
            QVERIFY2(result.message.contains(expected), qPrintable(result.message));
            QVERIFY2(result.message.contains(QLatin1String("work")), qPrintable(result.message));
        }
    }

    void runsEachTimeItIsNeeded()
    {
        QTemporaryDir directory;
        const QString counter = directory.filePath(QStringLiteral("count"));
        const Account account = commandAccount(QStringLiteral("echo x >> '%1'; wc -l < '%1'").arg(counter));
        QCOMPARE(CredentialStore().obtainPasswordBlocking(account).password.trimmed(), QStringLiteral("1"));
        QCOMPARE(CredentialStore().obtainPasswordBlocking(account).password.trimmed(), QStringLiteral("2"));
    }

    void asynchronousJobFinishesOnceAndNotInsideStart()
    {
        std::unique_ptr<CredentialJob> job(CredentialStore().obtainPassword(commandAccount(QStringLiteral("echo pw"))));
        QCOMPARE(job->operation(), CredentialJob::Operation::RunCommand);
        QSignalSpy finished(job.get(), &CredentialJob::finished);
        job->start();
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<CredentialJob *>(), job.get());
        QVERIFY(job->isFinished());
        QCOMPARE(job->result().password, QStringLiteral("pw"));
        job->start(); // a second start does nothing
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
    }

    void timeoutKillsTheWholeCommand()
    {
        QTemporaryDir directory;
        const QString pidFile = directory.filePath(QStringLiteral("pid"));
        // The shell starts a child and waits: killing only the shell would leave it running.
        std::unique_ptr<CredentialJob> job(CredentialStore().obtainPassword(
            commandAccount(QStringLiteral("sleep 60 & echo $! > '%1'; wait").arg(pidFile))));
        job->setTimeout(500ms);
        const CredentialResult &result = job->waitForFinished();
        QCOMPARE(result.code, CredentialResult::Code::Timeout);
        QVERIFY2(result.message.contains(QLatin1String("did not finish")), qPrintable(result.message));
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qint64 pid = file.readAll().trimmed().toLongLong();
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!processRuns(pid), 10000);
    }

    void destroyingARunningJobEndsTheCommand()
    {
        QTemporaryDir directory;
        const QString pidFile = directory.filePath(QStringLiteral("pid"));
        auto job = std::unique_ptr<CredentialJob>(CredentialStore().obtainPassword(
            commandAccount(QStringLiteral("sleep 60 & echo $! > '%1'; wait").arg(pidFile))));
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(QFile(pidFile).size() > 0, 10000);
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qint64 pid = file.readAll().trimmed().toLongLong();
        QVERIFY(processRuns(pid));
        job.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!processRuns(pid), 10000);
    }
};

QTEST_GUILESS_MAIN(TestPasswordCommand)
#include "tst_passwordcommand.moc"
