// CredentialStore against a real gnome-keyring in a private D-Bus session: the test
// runs under tests/support/with-keyring, and checks what it stores with secret-tool,
// a second process that talks to the same Secret Service.
#include "accounts/account.h"
#include "accounts/credentialjob.h"
#include "accounts/credentialstore.h"

#include "letterboxversion.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Letterbox::Accounts;

namespace {

struct Lookup
{
    int exitCode = -1;
    QString secret;
};

// What the Secret Service itself holds for an account, asked from outside this process.
// QtKeychain's libsecret backend files an entry under "server" (the service) and
// "user" (the key).
Lookup lookUp(const QString &accountName)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
        {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral(LETTERBOX_APP_ID), QStringLiteral("user"),
            CredentialStore::keyFor(accountName)});
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
}

bool storeFromOutside(const QString &accountName, const QByteArray &secret)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"),
        {QStringLiteral("store"), QStringLiteral("--label=from outside"), QStringLiteral("server"),
            QStringLiteral(LETTERBOX_APP_ID), QStringLiteral("user"), CredentialStore::keyFor(accountName),
            QStringLiteral("type"), QStringLiteral("plaintext")});
    process.write(secret);
    process.closeWriteChannel();
    return process.waitForFinished(30000) && process.exitCode() == 0;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Without the wrapper this test would talk to whatever keyring the machine has
        // (or none): fail loudly rather than pass or touch a real keyring.
        QVERIFY2(qEnvironmentVariable("LETTERBOX_TEST_KEYRING") == QLatin1String("1"),
            "run under tests/support/with-keyring (CTest does)");
        QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    }

    void serviceAndKey()
    {
        QCOMPARE(CredentialStore().serviceName(), QStringLiteral(LETTERBOX_APP_ID));
        QCOMPARE(CredentialStore::keyFor(QStringLiteral("work")), QStringLiteral("work/password"));
    }

    void writeReadOverwriteDelete()
    {
        const CredentialStore store;
        const QString name = QStringLiteral("work");
        QCOMPARE(lookUp(name).exitCode, 1);

        CredentialResult written = store.writePasswordBlocking(name, QStringLiteral("first secret"));
        QVERIFY2(written.ok(), qPrintable(written.message));
        QCOMPARE(lookUp(name).secret, QStringLiteral("first secret"));
        CredentialResult read = store.readPasswordBlocking(name);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.password, QStringLiteral("first secret"));

        written = store.writePasswordBlocking(name, QStringLiteral("second \u00e4 secret"));
        QVERIFY2(written.ok(), qPrintable(written.message));
        QCOMPARE(lookUp(name).secret, QStringLiteral("second \u00e4 secret"));
        QCOMPARE(store.readPasswordBlocking(name).password, QStringLiteral("second \u00e4 secret"));

        const CredentialResult removed = store.removePasswordBlocking(name);
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        QCOMPARE(lookUp(name).exitCode, 1);
        read = store.readPasswordBlocking(name);
        QCOMPARE(read.code, CredentialResult::Code::NotFound);
        QVERIFY(read.password.isEmpty());
        QVERIFY2(read.message.contains(name), qPrintable(read.message));
        QVERIFY2(store.removePasswordBlocking(name).ok(), "removing what is gone succeeds");
    }

    void readsWhatAnotherProcessStored()
    {
        QVERIFY(storeFromOutside(QStringLiteral("outside"), "stored by secret-tool"));
        const CredentialResult read = CredentialStore().readPasswordBlocking(QStringLiteral("outside"));
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.password, QStringLiteral("stored by secret-tool"));
        QVERIFY(CredentialStore().removePasswordBlocking(QStringLiteral("outside")).ok());
    }

    void accountsDoNotShareAnEntry()
    {
        const CredentialStore store;
        QVERIFY(store.writePasswordBlocking(QStringLiteral("a"), QStringLiteral("pa")).ok());
        QVERIFY(store.writePasswordBlocking(QStringLiteral("b"), QStringLiteral("pb")).ok());
        QCOMPARE(store.readPasswordBlocking(QStringLiteral("a")).password, QStringLiteral("pa"));
        QCOMPARE(store.readPasswordBlocking(QStringLiteral("b")).password, QStringLiteral("pb"));
        QVERIFY(store.removePasswordBlocking(QStringLiteral("a")).ok());
        QCOMPARE(store.readPasswordBlocking(QStringLiteral("b")).password, QStringLiteral("pb"));
        QVERIFY(store.removePasswordBlocking(QStringLiteral("b")).ok());
    }

    void asynchronousJobs()
    {
        const CredentialStore store;
        std::unique_ptr<CredentialJob> write(store.writePassword(QStringLiteral("async"), QStringLiteral("pw")));
        QSignalSpy written(write.get(), &CredentialJob::finished);
        write->start();
        QCOMPARE(written.count(), 0);
        QVERIFY(written.wait(30000));
        QCOMPARE(written.count(), 1);
        QVERIFY2(write->result().ok(), qPrintable(write->result().message));

        Account account;
        account.name = QStringLiteral("async");
        std::unique_ptr<CredentialJob> obtain(store.obtainPassword(account));
        QCOMPARE(obtain->operation(), CredentialJob::Operation::Read);
        QSignalSpy obtained(obtain.get(), &CredentialJob::finished);
        obtain->start();
        QVERIFY(obtained.wait(30000));
        QCOMPARE(obtain->result().password, QStringLiteral("pw"));
        QVERIFY(store.removePasswordBlocking(QStringLiteral("async")).ok());
    }

    void destroyingAPendingJobIsSafe()
    {
        const CredentialStore store;
        {
            std::unique_ptr<CredentialJob> job(store.readPassword(QStringLiteral("gone")));
            job->start();
        }
        // The keychain answers after the job is gone; nothing may touch it then.
        QTest::qWait(200);
        QCOMPARE(store.readPasswordBlocking(QStringLiteral("gone")).code, CredentialResult::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
