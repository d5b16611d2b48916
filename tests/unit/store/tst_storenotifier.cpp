#include "store/storenotifier.h"

#include "store/folderstore.h"
#include "store/messagequery.h"
#include "store/messagestore.h"
#include "store/offlinejournal.h"
#include "store/outbox.h"
#include "store/transaction.h"
#include "storetesting.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Letterbox::Store;
using StoreTesting::Cache;
using StoreTesting::message;

class TestStoreNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertIsAnnouncedAfterItsCommit()
    {
        Cache cache;
        // A second connection, as the window's model would have: when the signal comes the
        // rows must already be visible to it.
        Database reader(cache.directory.path());
        QVERIFY(reader.open().ok());
        qint64 seenByReader = -1;
        QList<qint64> announced;
        connect(cache.db().notifier(), &StoreNotifier::messagesInserted, this,
            [&](qint64 folderId, const QList<qint64> &ids) {
                QCOMPARE(folderId, cache.inbox);
                announced = ids;
                seenByReader = MessageQuery(reader).count(folderId).value();
            });
        const QList<qint64> ids
            = MessageStore(cache.db())
                  .insert(cache.inbox, {message(1, QStringLiteral("a")), message(2, QStringLiteral("b"))})
                  .value();
        QCOMPARE(announced, ids);
        QCOMPARE(seenByReader, 2);
    }

    void rollbackAnnouncesNothing()
    {
        Cache cache;
        QSignalSpy inserted(cache.db().notifier(), &StoreNotifier::messagesInserted);
        QSignalSpy counts(cache.db().notifier(), &StoreNotifier::folderCountsChanged);
        {
            Transaction transaction(cache.db());
            QVERIFY(MessageStore(cache.db()).insert(cache.inbox, {message(1, QStringLiteral("a"))}).ok());
            QCOMPARE(inserted.count(), 0); // not while the transaction is open
        }
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(counts.count(), 0);
    }

    void oneSignalPerKindAndFolderPerTransaction()
    {
        Cache cache;
        QSignalSpy inserted(cache.db().notifier(), &StoreNotifier::messagesInserted);
        {
            Transaction transaction(cache.db());
            QVERIFY(MessageStore(cache.db()).insert(cache.inbox, {message(1, QStringLiteral("a"))}).ok());
            QVERIFY(MessageStore(cache.db()).insert(cache.inbox, {message(2, QStringLiteral("b"))}).ok());
            QVERIFY(transaction.commit().ok());
        }
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).value<QList<qint64>>().size(), 2);
    }

    void everyKindOfChangeIsAnnounced()
    {
        Cache cache;
        StoreNotifier *notifier = cache.db().notifier();
        QSignalSpy folders(notifier, &StoreNotifier::foldersChanged);
        QSignalSpy counts(notifier, &StoreNotifier::folderCountsChanged);
        QSignalSpy inserted(notifier, &StoreNotifier::messagesInserted);
        QSignalSpy changed(notifier, &StoreNotifier::messagesChanged);
        QSignalSpy removed(notifier, &StoreNotifier::messagesRemoved);
        QSignalSpy outbox(notifier, &StoreNotifier::outboxChanged);
        QSignalSpy journal(notifier, &StoreNotifier::journalChanged);

        const qint64 archive = cache.addFolder(QStringLiteral("Archive"));
        QCOMPARE(folders.count(), 1);
        MessageStore store(cache.db());
        const QList<qint64> ids
            = store.insert(cache.inbox, {message(1, QStringLiteral("a")), message(2, QStringLiteral("b"))}).value();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(counts.takeFirst().at(0).toLongLong(), cache.inbox);

        QVERIFY(store.changeFlags({ids.first()}, MessageFlag::Seen, {}).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(1).value<QList<qint64>>(), QList<qint64> {ids.first()});
        QVERIFY(store.changeFlags({ids.first()}, MessageFlag::Seen, {}).ok()); // no change, no signal
        QCOMPARE(changed.count(), 1);

        QVERIFY(store.move({ids.last()}, archive).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(0).toLongLong(), cache.inbox);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.last().at(0).toLongLong(), archive);
        QCOMPARE(inserted.last().at(1).value<QList<qint64>>(), QList<qint64> {ids.last()});

        QVERIFY(store.remove({ids.first()}).ok());
        QCOMPARE(removed.count(), 2);
        QCOMPARE(removed.last().at(1).value<QList<qint64>>(), QList<qint64> {ids.first()});

        QVERIFY(
            Outbox(cache.db())
                .enqueue(cache.db().blobs().write("m").value().key, QStringLiteral("a@x"), {QStringLiteral("b@x")}, {})
                .ok());
        QCOMPARE(outbox.count(), 1);
        NewJournalEntry entry;
        entry.folderPath = QStringLiteral("INBOX");
        QVERIFY(OfflineJournal(cache.db()).append(entry).ok());
        QCOMPARE(journal.count(), 1);
        QVERIFY(FolderStore(cache.db()).rename(archive, QStringLiteral("Old")).ok());
        QCOMPARE(folders.count(), 2);
    }

    void writesFromAnotherThreadArriveQueued()
    {
        Cache cache;
        QList<qint64> announced;
        Qt::HANDLE deliveredOn = nullptr;
        connect(cache.db().notifier(), &StoreNotifier::messagesInserted, this, [&](qint64, const QList<qint64> &ids) {
            announced = ids;
            deliveredOn = QThread::currentThreadId();
        });
        // The engine's thread has its own Database on the same cache.
        QThread *engine = QThread::create([&cache] {
            Database own(cache.directory.path());
            if (!own.open().ok()) {
                return;
            }
            (void)MessageStore(own).insert(cache.inbox, {message(9, QStringLiteral("from the engine"))});
        });
        engine->start();
        QVERIFY(engine->wait(10000));
        delete engine;
        QTRY_COMPARE(announced.size(), 1);
        QCOMPARE(deliveredOn, QThread::currentThreadId());
        QCOMPARE(
            MessageQuery(cache.db()).record(announced.first()).value()->subject, QStringLiteral("from the engine"));
    }

    void notifierIsPerCache()
    {
        Cache one;
        Cache two;
        QVERIFY(one.db().notifier() != two.db().notifier());
        QCOMPARE(StoreNotifier::forCache(one.db().filePath()).get(), one.db().notifier());
    }
};

QTEST_GUILESS_MAIN(TestStoreNotifier)
#include "tst_storenotifier.moc"
