#include "accounts/accountstore.h"
#include "accounts/profile.h"
#include "models/accountcaches.h"
#include "store/database.h"
#include "store/folderstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox;

class TestAccountCaches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensEveryAccountOfAProfileAndNamesTheOnesThatFail()
    {
        QTemporaryDir directory;
        const Accounts::Profile profile = Accounts::Profile::atDirectory(directory.path());
        QVERIFY(profile.ensureExists(nullptr));
        Accounts::AccountStore accounts(profile);
        for (const char *name : {"work", "home", "broken"}) {
            Accounts::Account account;
            account.name = QLatin1String(name);
            account.email = QStringLiteral("alice@example.org");
            for (Accounts::ServerSettings *server : {&account.incoming, &account.smtp}) {
                server->host = QStringLiteral("127.0.0.1");
                server->port = 9;
                server->user = QStringLiteral("alice");
            }
            const Accounts::AccountResult added = accounts.add(account);
            QVERIFY2(added.ok(), qPrintable(added.message));
        }
        {
            Store::Database work(profile.accountDataDirectory(QStringLiteral("work")));
            QVERIFY(work.open().ok());
            Store::NewFolder inbox;
            inbox.path = QStringLiteral("INBOX");
            inbox.role = Store::SpecialUse::Inbox;
            QVERIFY(Store::FolderStore(work).create(inbox).ok());
        }
        // "broken" has a cache file that is not SQLite at all.
        QVERIFY(QDir().mkpath(profile.accountDataDirectory(QStringLiteral("broken"))));
        QFile garbage(profile.accountDataDirectory(QStringLiteral("broken")) + QLatin1Char('/')
            + Store::Database::cacheFileName());
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
        garbage.close();

        Models::AccountCaches caches;
        QSignalSpy added(&caches, &Models::AccountCaches::accountAdded);
        QStringList errors;
        caches.openProfile(profile, &errors);
        QCOMPARE(caches.count(), 2);
        QCOMPARE(added.size(), 2);
        QCOMPARE(caches.name(0), QStringLiteral("home")); // AccountStore::names() order
        QCOMPARE(caches.name(1), QStringLiteral("work"));
        QCOMPARE(caches.indexOf(QStringLiteral("work")), 1);
        QCOMPARE(caches.indexOf(QStringLiteral("broken")), -1);
        QVERIFY(caches.database(1)->isOpen());
        QVERIFY(Store::FolderStore(*caches.database(1)).findByRole(Store::SpecialUse::Inbox).value().has_value());
        QCOMPARE(caches.database(2), nullptr);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("broken")), qPrintable(errors.first()));
    }
};

QTEST_GUILESS_MAIN(TestAccountCaches)
#include "tst_accountcaches.moc"
