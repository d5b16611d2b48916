#include "store/bodycache.h"

#include "store/messagequery.h"
#include "store/messagestore.h"
#include "storetesting.h"

#include <QTest>

using namespace Letterbox::Store;
using StoreTesting::Cache;
using StoreTesting::message;
using StoreTesting::withBlob;

class TestBodyCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setBodyAttachesAndReplaces()
    {
        Cache cache;
        const qint64 id = MessageStore(cache.db())
                              .insert(cache.inbox, {message(1, QStringLiteral("headers only"))})
                              .value()
                              .first();
        BodyCache bodies(cache.db());
        BodyUpdate body;
        body.state = BodyState::Partial;
        body.blobKey = cache.db().blobs().write("text part").value().key;
        body.blobSize = 9;
        body.snippet = QStringLiteral("the text part");
        body.hasAttachments = true;
        QVERIFY(bodies.setBody(id, body).ok());
        MessageRecord r = MessageQuery(cache.db()).record(id).value().value();
        QCOMPARE(r.bodyState, BodyState::Partial);
        QCOMPARE(r.blobKey, body.blobKey);
        QCOMPARE(r.snippet, body.snippet);
        QVERIFY(r.hasAttachments);

        const QString partialKey = body.blobKey;
        body.state = BodyState::Full;
        body.blobKey = cache.db().blobs().write("whole message").value().key;
        body.blobSize = 13;
        body.snippet.clear(); // keeps the old snippet
        body.hasAttachments.reset(); // keeps the old value
        QVERIFY(bodies.setBody(id, body).ok());
        r = MessageQuery(cache.db()).record(id).value().value();
        QCOMPARE(r.bodyState, BodyState::Full);
        QCOMPARE(r.snippet, QStringLiteral("the text part"));
        QVERIFY(r.hasAttachments);
        QVERIFY(!cache.db().blobs().contains(partialKey)); // the replaced blob went
        QCOMPARE(bodies.cachedBytes().value(), 13);
    }

    void setBodyRefusesWhatIsNotStored()
    {
        Cache cache;
        const qint64 id
            = MessageStore(cache.db()).insert(cache.inbox, {message(1, QStringLiteral("x"))}).value().first();
        BodyCache bodies(cache.db());
        BodyUpdate body;
        body.blobKey = QStringLiteral("../../etc/passwd");
        QCOMPARE(bodies.setBody(id, body).code(), ErrorCode::BlobMissing);
        body.blobKey = cache.db().blobs().write("x").value().key;
        body.state = BodyState::Evicted;
        QCOMPARE(bodies.setBody(id, body).code(), ErrorCode::InvalidArgument);
        body.state = BodyState::Full;
        QCOMPARE(bodies.setBody(123456, body).code(), ErrorCode::NotFound);
    }

    void evictionDropsTheLeastRecentlyReadBodiesAndKeepsHeaders()
    {
        Cache cache;
        MessageStore store(cache.db());
        QList<NewMessage> batch;
        for (quint32 uid = 1; uid <= 5; ++uid) {
            NewMessage m = withBlob(message(uid, QStringLiteral("Message %1").arg(uid)), cache.db().blobs(),
                QByteArray(1000, char('a' + uid)));
            m.bodyText = QStringLiteral("searchable%1").arg(uid);
            batch.append(m);
        }
        const QList<qint64> ids = store.insert(cache.inbox, batch).value();
        BodyCache bodies(cache.db());
        QCOMPARE(bodies.cachedBytes().value(), 5000);
        const QDateTime base = QDateTime::currentDateTimeUtc();
        // Read order, oldest first: 3, 1, 5, 2, 4.
        const QList<int> readOrder {2, 0, 4, 1, 3};
        for (int i = 0; i < readOrder.size(); ++i) {
            QVERIFY(bodies.markAccessed({ids.at(readOrder.at(i))}, base.addSecs(i)).ok());
        }
        const Result<EvictionResult> evicted = bodies.evictBodies(2500);
        QVERIFY2(evicted.ok(), qPrintable(evicted.message()));
        QCOMPARE(evicted.value().ids, (QList<qint64> {ids.at(2), ids.at(0), ids.at(4)}));
        QCOMPARE(evicted.value().bytes, 3000);
        QCOMPARE(bodies.cachedBytes().value(), 2000);

        const MessageRecord gone = MessageQuery(cache.db()).record(ids.at(2)).value().value();
        QCOMPARE(gone.bodyState, BodyState::Evicted);
        QVERIFY(gone.blobKey.isEmpty());
        QCOMPARE(gone.subject, QStringLiteral("Message 3")); // headers kept
        QCOMPARE(gone.snippet, QStringLiteral("Snippet of Message 3"));
        QVERIFY(!cache.db().blobs().contains(batch.at(2).blobKey));
        QVERIFY(cache.db().blobs().contains(batch.at(1).blobKey));
        // Search still finds an evicted message.
        QCOMPARE(MessageQuery(cache.db()).search(QStringLiteral("searchable3"), 10).value().size(), 1);
        // Under the limit already: nothing to do.
        QCOMPARE(bodies.evictBodies(1000000).value().ids.size(), 0);
    }

    void localFoldersAreNeverEvicted()
    {
        Cache cache;
        const qint64 local = cache.addFolder(QStringLiteral("POP3 Inbox"), true);
        NewMessage only = withBlob(message(1, QStringLiteral("only copy")), cache.db().blobs(), QByteArray(5000, 'p'));
        only.uid.reset();
        QVERIFY(MessageStore(cache.db()).insert(local, {only}).ok());
        const NewMessage imap
            = withBlob(message(2, QStringLiteral("refetchable")), cache.db().blobs(), QByteArray(100, 'i'));
        QVERIFY(MessageStore(cache.db()).insert(cache.inbox, {imap}).ok());
        const Result<EvictionResult> evicted = BodyCache(cache.db()).evictBodies(0);
        QCOMPARE(evicted.value().ids.size(), 1);
        QVERIFY(cache.db().blobs().contains(only.blobKey));
        QVERIFY(!cache.db().blobs().contains(imap.blobKey));
    }
};

QTEST_GUILESS_MAIN(TestBodyCache)
#include "tst_bodycache.moc"
