#include "store/database.h"

#include "store/blobstore.h"
#include "store/folderstore.h"
#include "store/integritycheck.h"
#include "store/storenotifier.h"
#include "store/transaction.h"
#include "storetesting.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox::Store;

namespace {

// Reads a pragma through a connection of the test's own, not the store's.
qint64 pragma(const QString &file, const QString &name)
{
    qint64 value = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(file);
        if (raw.open()) {
            QSqlQuery query(raw);
            if (query.exec(QStringLiteral("PRAGMA ") + name) && query.next()) {
                value = query.value(0).toLongLong();
            }
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return value;
}

void rawExec(const QString &file, const QString &sql)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshOpenCreatesTheLatestSchema()
    {
        QTemporaryDir directory;
        Database database(directory.filePath(QStringLiteral("account")));
        const Status status = database.open();
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(database.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(QFileInfo(database.filePath()).isFile());
        QVERIFY(QFileInfo(database.directory() + QLatin1String("/blobs")).isDir());
        // Private to the user: mail is nobody else's business.
        QCOMPARE(QFileInfo(database.directory()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());

        Result<Statement> mode = database.exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.ok() && mode.value().next());
        QCOMPARE(mode.value().text(0), QStringLiteral("wal"));
        mode.value().finish();
        Result<Statement> keys = database.exec(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(keys.ok() && keys.value().next());
        QCOMPARE(keys.value().int64(0), 1);
        keys.value().finish();
        for (const char *table : {"folders", "messages", "message_bodies", "message_text", "message_fts", "message_ids",
                 "outbox", "pending_operations", "pop3ledger"}) {
            Result<Statement> found = database.exec(
                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"), {QString::fromLatin1(table)});
            QVERIFY(found.ok() && found.value().next());
            QVERIFY2(found.value().int64(0) == 1, table);
        }
    }

    void reopeningIsANoOpAndKeepsData()
    {
        QTemporaryDir directory;
        {
            Database database(directory.path());
            QVERIFY(database.open().ok());
            NewFolder folder;
            folder.path = QStringLiteral("INBOX");
            QVERIFY(FolderStore(database).create(folder).ok());
        }
        const qint64 version = pragma(directory.filePath(Database::cacheFileName()), QStringLiteral("user_version"));
        QCOMPARE(version, qint64(Database::latestSchemaVersion()));
        Database again(directory.path());
        QVERIFY(again.open().ok());
        QVERIFY(again.open().ok()); // open on an open Database is a no-op too
        QCOMPARE(again.schemaVersion(), Database::latestSchemaVersion());
        const Result<QList<Folder>> folders = FolderStore(again).list();
        QVERIFY(folders.ok());
        QCOMPARE(folders.value().size(), 1);
    }

    void newerCacheIsRefused_data()
    {
        QTest::addColumn<int>("userVersion");
        QTest::newRow("next-version") << Database::latestSchemaVersion() + 1;
        QTest::newRow("far-future") << 999;
    }

    void newerCacheIsRefused()
    {
        QFETCH(int, userVersion);
        QTemporaryDir directory;
        {
            Database database(directory.path());
            QVERIFY(database.open().ok());
        }
        const QString file = directory.filePath(Database::cacheFileName());
        rawExec(file, QStringLiteral("PRAGMA user_version = %1").arg(userVersion));

        Database database(directory.path());
        const Status status = database.open();
        QCOMPARE(status.code(), ErrorCode::NewerVersion);
        QVERIFY2(status.message().contains(QString::number(userVersion)), qPrintable(status.message()));
        QVERIFY(status.message().contains(QLatin1String("newer version")));
        QVERIFY(!database.isOpen());
        // Refused means untouched.
        QCOMPARE(pragma(file, QStringLiteral("user_version")), qint64(userVersion));
    }

    void badFilesAreReportedAsDamaged_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("garbage") << QByteArray("this is not a database at all, just some text\n").repeated(100);
        QTest::newRow("short-garbage") << QByteArray("x");
        QTest::newRow("header-only") << QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\xff');
        QTest::newRow("nul-bytes") << QByteArray(8192, '\0');
    }

    void badFilesAreReportedAsDamaged()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir directory;
        QFile file(directory.filePath(Database::cacheFileName()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();
        Database database(directory.path());
        const Status status = database.open();
        QCOMPARE(status.code(), ErrorCode::Damaged);
        QVERIFY(!status.message().isEmpty());
        QVERIFY(!database.isOpen());
    }

    void truncatedCacheIsReported()
    {
        QTemporaryDir directory;
        StoreTesting::Cache cache;
        const QString source = cache.db().filePath();
        {
            QList<NewMessage> batch;
            for (quint32 uid = 1; uid <= 2000; ++uid) {
                NewMessage m = StoreTesting::message(uid, QStringLiteral("subject %1 lorem ipsum dolor").arg(uid));
                m.bodyText = QStringLiteral("body text of message %1 ").arg(uid).repeated(20);
                batch.append(m);
            }
            QVERIFY(MessageStore(cache.db()).insert(cache.inbox, batch).ok());
        }
        cache.db().close(); // checkpoints the WAL into the file
        QVERIFY(!QFileInfo::exists(source + QLatin1String("-wal"))
            || QFileInfo(source + QLatin1String("-wal")).size() == 0);
        const QString copy = directory.filePath(Database::cacheFileName());
        QVERIFY(QFile::copy(source, copy));
        QFile file(copy);
        QVERIFY(file.size() > 100000);
        QVERIFY(file.resize(file.size() / 2));

        Database database(directory.path());
        const Status status = database.open();
        if (status.ok()) {
            // SQLite may open a truncated file; then the check at start must say so.
            const Result<IntegrityReport> report = IntegrityCheck(database).run();
            QVERIFY(report.ok() ? !report.value().databaseHealthy : report.code() == ErrorCode::Damaged);
        } else {
            QCOMPARE(status.code(), ErrorCode::Damaged);
        }
    }

    void emptyFileIsANewCache()
    {
        QTemporaryDir directory;
        QFile file(directory.filePath(Database::cacheFileName()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Database database(directory.path());
        QVERIFY(database.open().ok());
        QCOMPARE(database.schemaVersion(), Database::latestSchemaVersion());
    }

    void foreignSqliteFileIsLeftAlone()
    {
        QTemporaryDir directory;
        const QString file = directory.filePath(Database::cacheFileName());
        rawExec(file, QStringLiteral("CREATE TABLE someone_elses(x)"));
        Database database(directory.path());
        QCOMPARE(database.open().code(), ErrorCode::NotACache);
        QCOMPARE(pragma(file, QStringLiteral("user_version")), 0);
    }

    void damagedCacheCanBeSetAside()
    {
        QTemporaryDir directory;
        {
            Database database(directory.path());
            QVERIFY(database.open().ok());
            QVERIFY(database.blobs().write("a message only this cache has").ok());
        }
        QFile file(directory.filePath(Database::cacheFileName()));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(4096, 'z'));
        file.close();
        {
            Database database(directory.path());
            QCOMPARE(database.open().code(), ErrorCode::Damaged);
        }
        const Result<QString> suffix = Database::setAsideDamagedCache(directory.path());
        QVERIFY2(suffix.ok(), qPrintable(suffix.message()));
        QVERIFY(QFileInfo::exists(directory.filePath(Database::cacheFileName() + suffix.value())));
        // The old blobs are kept beside it, never treated as orphans of the new cache.
        BlobStore old(directory.filePath(QStringLiteral("blobs") + suffix.value()));
        QCOMPARE(old.keys().value().size(), 1);
        Database fresh(directory.path());
        QVERIFY(fresh.open().ok());
        QCOMPARE(fresh.blobs().keys().value().size(), 0);
    }

    void eachDatabaseHasItsOwnConnection()
    {
        QTemporaryDir directory;
        Database first(directory.path());
        Database second(directory.path());
        QVERIFY(first.open().ok());
        QVERIFY(second.open().ok());
        NewFolder folder;
        folder.path = QStringLiteral("INBOX");
        QVERIFY(FolderStore(first).create(folder).ok());
        QCOMPARE(FolderStore(second).list().value().size(), 1);
        // The two share one notifier: a model reading through one hears writes through the other.
        QCOMPARE(first.notifier(), second.notifier());
        first.close();
        QVERIFY(!first.isOpen());
        QVERIFY(second.isOpen());
        QCOMPARE(FolderStore(second).list().value().size(), 1);
    }

    void closedDatabaseReportsNotOpen()
    {
        QTemporaryDir directory;
        Database database(directory.path());
        QCOMPARE(FolderStore(database).list().code(), ErrorCode::NotOpen);
        Transaction transaction(database);
        QVERIFY(!transaction.isActive());
        QCOMPARE(transaction.status().code(), ErrorCode::NotOpen);
    }

    void innerRollbackDoomsTheOuterTransaction()
    {
        StoreTesting::Cache cache;
        QSignalSpy folders(cache.db().notifier(), &StoreNotifier::foldersChanged);
        {
            Transaction outer(cache.db());
            QVERIFY(outer.isActive());
            NewFolder folder;
            folder.path = QStringLiteral("Work");
            QVERIFY(FolderStore(cache.db()).create(folder).ok()); // an inner transaction, committed
            {
                Transaction inner(cache.db());
                QVERIFY(inner.isActive());
                inner.rollback();
            }
            const Status status = outer.commit();
            QVERIFY(!status.ok());
        }
        QVERIFY(!FolderStore(cache.db()).findByPath(QStringLiteral("Work")).value().has_value());
        QCOMPARE(folders.count(), 0); // nothing committed, nothing announced
    }

    void durableTransactionMustBeOutermost()
    {
        StoreTesting::Cache cache;
        {
            Transaction durable(cache.db(), Durability::Full);
            QVERIFY(durable.isActive());
            Transaction nested(cache.db(), Durability::Full);
            QVERIFY(nested.isActive());
            QVERIFY(nested.commit().ok());
            QVERIFY(durable.commit().ok());
        }
        Transaction ordinary(cache.db());
        Transaction durable(cache.db(), Durability::Full);
        QVERIFY(!durable.isActive());
        QCOMPARE(durable.status().code(), ErrorCode::InvalidArgument);
    }

    void failedStatementsReportTheirError()
    {
        StoreTesting::Cache cache;
        const Result<Statement> bad = cache.db().exec(QStringLiteral("SELECT no_such_column FROM folders"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.code(), ErrorCode::QueryFailed);
        QVERIFY(bad.message().contains(QLatin1String("no_such_column")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
