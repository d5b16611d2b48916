#include "store/messagestore.h"

#include "store/blobstore.h"
#include "store/messagequery.h"
#include "store/transaction.h"
#include "storetesting.h"

#include <QTest>

using namespace Letterbox::Store;
using StoreTesting::Cache;
using StoreTesting::message;
using StoreTesting::withBlob;

class TestMessageStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertReturnsIdsInOrder()
    {
        Cache cache;
        MessageStore store(cache.db());
        QList<NewMessage> batch;
        for (quint32 uid = 1; uid <= 500; ++uid) {
            batch.append(message(uid, QStringLiteral("Message %1").arg(uid)));
        }
        const Result<QList<qint64>> ids = store.insert(cache.inbox, batch);
        QVERIFY2(ids.ok(), qPrintable(ids.message()));
        QCOMPARE(ids.value().size(), 500);
        const MessageRecord first = MessageQuery(cache.db()).record(ids.value().first()).value().value();
        QCOMPARE(first.uid, std::optional<quint32>(1));
        QCOMPARE(first.subject, QStringLiteral("Message 1"));
        QCOMPARE(first.uidValidity, 42u);
        QCOMPARE(first.messageId, QStringLiteral("m1@example.org")); // angle brackets dropped
        QCOMPARE(store.uids(cache.inbox).value().size(), 500);
    }

    void recordRoundTripsEveryField()
    {
        Cache cache;
        NewMessage m = withBlob(message(7, QStringLiteral("Re: Everything")), cache.db().blobs(), "raw bytes");
        m.uidl = QByteArray("uidl-7");
        m.modSeq = 12345;
        m.flags = MessageFlag::Seen | MessageFlag::Flagged;
        m.keywords = {QStringLiteral("$label2"), QStringLiteral("$Forwarded")};
        m.ccSummary = QStringLiteral("carol@example.org");
        m.inReplyTo = QStringLiteral("<parent@example.org>");
        m.references = {QStringLiteral("<root@example.org>"), QStringLiteral(" <parent@example.org> ")};
        m.hasAttachments = true;
        m.bodyState = BodyState::Partial;
        const qint64 id = MessageStore(cache.db()).insert(cache.inbox, {m}).value().first();
        const MessageRecord r = MessageQuery(cache.db()).record(id).value().value();
        QCOMPARE(r.folderId, cache.inbox);
        QCOMPARE(r.uidl, m.uidl);
        QCOMPARE(r.modSeq, m.modSeq);
        QCOMPARE(r.flags, m.flags);
        QCOMPARE(r.keywords, (QStringList {QStringLiteral("$Forwarded"), QStringLiteral("$label2")}));
        QCOMPARE(r.internalDate, m.internalDate);
        QCOMPARE(r.sentDate, m.sentDate);
        QCOMPARE(r.size, m.size);
        QCOMPARE(r.fromName, m.fromName);
        QCOMPARE(r.fromAddress, m.fromAddress);
        QCOMPARE(r.toSummary, m.toSummary);
        QCOMPARE(r.ccSummary, m.ccSummary);
        QCOMPARE(r.inReplyTo, QStringLiteral("parent@example.org"));
        QCOMPARE(
            r.references, (QStringList {QStringLiteral("root@example.org"), QStringLiteral("parent@example.org")}));
        QCOMPARE(r.snippet, m.snippet);
        QVERIFY(r.hasAttachments);
        QCOMPARE(r.bodyState, BodyState::Partial);
        QCOMPARE(r.blobKey, m.blobKey);
        QCOMPARE(r.blobSize, qint64(9));
        QVERIFY(r.lastAccess.isValid());
        QVERIFY(!r.isUnread());
        QVERIFY(r.threadId > 0);
    }

    void reinsertingTheSameUidIsHarmless()
    {
        Cache cache;
        MessageStore store(cache.db());
        const QList<qint64> first
            = store.insert(cache.inbox, {message(1, QStringLiteral("a")), message(2, QStringLiteral("b"))}).value();
        const QList<qint64> again
            = store.insert(cache.inbox, {message(2, QStringLiteral("b")), message(3, QStringLiteral("c"))}).value();
        QCOMPARE(again.first(), first.last());
        QCOMPARE(MessageQuery(cache.db()).count(cache.inbox).value(), 3);
    }

    void batchIsAllOrNothing()
    {
        Cache cache;
        MessageStore store(cache.db());
        QList<NewMessage> batch {message(1, QStringLiteral("ok")), message(2, QStringLiteral("ok too"))};
        NewMessage bad = message(3, QStringLiteral("points to a blob that was never committed"));
        bad.blobKey = QStringLiteral("0123456789abcdef0123456789abcdef");
        bad.bodyState = BodyState::Full;
        batch.append(bad);
        const Result<QList<qint64>> result = store.insert(cache.inbox, batch);
        QCOMPARE(result.code(), ErrorCode::BlobMissing);
        QCOMPARE(MessageQuery(cache.db()).count(cache.inbox).value(), 0);

        // A failure half-way through the SQL (here a temporary trigger that refuses the
        // third row) rolls back the two rows before it.
        QVERIFY(cache.db()
                    .exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON messages "
                                         "WHEN new.subject = 'boom' BEGIN SELECT RAISE(ABORT, 'refused'); END"))
                    .ok());
        const Result<QList<qint64>> halfway = store.insert(cache.inbox,
            {message(10, QStringLiteral("a")), message(11, QStringLiteral("b")), message(12, QStringLiteral("boom"))});
        QVERIFY(!halfway.ok());
        QCOMPARE(MessageQuery(cache.db()).count(cache.inbox).value(), 0);
        QCOMPARE(store.uids(cache.inbox).value(), QList<quint32> {});

        // The same UIDL under another UID is the same POP3 message: skipped, not doubled.
        NewMessage a = message(20, QStringLiteral("a"));
        NewMessage b = message(21, QStringLiteral("b"));
        a.uidl = b.uidl = "same";
        QCOMPARE(store.insert(cache.inbox, {a, b}).value().size(), 2);
        QCOMPARE(MessageQuery(cache.db()).count(cache.inbox).value(), 1);
    }

    void rowIsRefusedUntilItsBlobIsCommitted()
    {
        Cache cache;
        Result<BlobWriter> writer = cache.db().blobs().openWriter();
        QVERIFY(writer.value().append("From: x\r\n\r\nstreamed").ok());
        // The writer's temporary file is not a blob yet: no key, no row.
        NewMessage m = message(1, QStringLiteral("streamed"));
        m.bodyState = BodyState::Full;
        m.blobKey = QStringLiteral("ffffffffffffffffffffffffffffffff");
        QCOMPARE(MessageStore(cache.db()).insert(cache.inbox, {m}).code(), ErrorCode::BlobMissing);
        const Result<BlobInfo> blob = writer.value().commit();
        m.blobKey = blob.value().key;
        m.blobSize = blob.value().size;
        QVERIFY(MessageStore(cache.db()).insert(cache.inbox, {m}).ok());
    }

    void rowIsRefusedUntilItsBlobBatchIsCommitted()
    {
        Cache cache;
        BlobBatch batch(cache.db().blobs());
        const Result<BlobInfo> first = batch.write("From: x\r\n\r\nfirst");
        const Result<BlobInfo> second = batch.write("From: y\r\n\r\nsecond");
        QVERIFY2(first.ok() && second.ok(), qPrintable(first.message() + second.message()));
        // A staged blob has its key, synced bytes, but no file under that name yet.
        NewMessage m = message(1, QStringLiteral("batched"));
        m.bodyState = BodyState::Full;
        m.blobKey = first.value().key;
        m.blobSize = first.value().size;
        QCOMPARE(MessageStore(cache.db()).insert(cache.inbox, {m}).code(), ErrorCode::BlobMissing);
        QCOMPARE(MessageQuery(cache.db()).count(cache.inbox).value(), 0);
        QVERIFY(batch.commit().ok());
        QVERIFY(MessageStore(cache.db()).insert(cache.inbox, {m}).ok());
        QCOMPARE(cache.db().blobs().read(second.value().key).value(), QByteArray("From: y\r\n\r\nsecond"));
    }

    void bodyStateAndBlobMustAgree_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("hasBlob");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("none-without-blob") << int(BodyState::None) << false << true;
        QTest::newRow("full-with-blob") << int(BodyState::Full) << true << true;
        QTest::newRow("partial-with-blob") << int(BodyState::Partial) << true << true;
        QTest::newRow("full-without-blob") << int(BodyState::Full) << false << false;
        QTest::newRow("none-with-blob") << int(BodyState::None) << true << false;
        QTest::newRow("evicted-with-blob") << int(BodyState::Evicted) << true << false;
    }

    void bodyStateAndBlobMustAgree()
    {
        QFETCH(int, state);
        QFETCH(bool, hasBlob);
        QFETCH(bool, accepted);
        Cache cache;
        NewMessage m = message(1, QStringLiteral("x"));
        if (hasBlob) {
            m = withBlob(m, cache.db().blobs(), "bytes");
        }
        m.bodyState = BodyState(state);
        QCOMPARE(MessageStore(cache.db()).insert(cache.inbox, {m}).ok(), accepted);
    }

    void imapMessagesNeedUidsLocalOnesGetThem()
    {
        Cache cache;
        MessageStore store(cache.db());
        NewMessage noUid = message(1, QStringLiteral("x"));
        noUid.uid.reset();
        QCOMPARE(store.insert(cache.inbox, {noUid}).code(), ErrorCode::InvalidArgument);

        const qint64 local = cache.addFolder(QStringLiteral("Local/Inbox"), true);
        const QList<qint64> ids = store.insert(local, {noUid, noUid, noUid}).value();
        QCOMPARE(ids.size(), 3);
        QCOMPARE(store.uids(local).value(), (QList<quint32> {1, 2, 3}));
        QCOMPARE(FolderStore(cache.db()).folder(local).value()->sync.uidNext, 4u);
        QCOMPARE(store.insert(local, {noUid}).value().size(), 1);
        QCOMPARE(store.uids(local).value().last(), 4u);
    }

    void serverFlagsWriteOnlyWhatChanged()
    {
        Cache cache;
        MessageStore store(cache.db());
        const QList<qint64> ids
            = store.insert(cache.inbox, {message(1, QStringLiteral("a")), message(2, QStringLiteral("b"))}).value();
        QList<FlagUpdate> updates {{1, MessageFlag::Seen, {}, 5}, {2, {}, {}, 0}, {99, MessageFlag::Seen, {}, 1}};
        const Result<QList<qint64>> changed = store.applyServerFlags(cache.inbox, updates);
        QVERIFY(changed.ok());
        QCOMPARE(changed.value(), QList<qint64> {ids.first()});
        QCOMPARE(store.applyServerFlags(cache.inbox, updates).value(), QList<qint64> {});
        const MessageRecord r = MessageQuery(cache.db()).record(ids.first()).value().value();
        QVERIFY(!r.isUnread());
        QCOMPARE(r.modSeq, 5);
        // A keyword change alone is a change.
        QCOMPARE(store.applyServerFlags(cache.inbox, {{2, {}, {QStringLiteral("$Junk")}, 0}}).value(),
            QList<qint64> {ids.last()});
    }

    void localFlagChangesByIdAndByUid()
    {
        Cache cache;
        MessageStore store(cache.db());
        const QList<qint64> ids = store
                                      .insert(cache.inbox,
                                          {message(1, QStringLiteral("a")), message(2, QStringLiteral("b")),
                                              message(3, QStringLiteral("c"))})
                                      .value();
        QCOMPARE(
            store.changeFlags({ids.at(0), ids.at(1)}, MessageFlag::Seen | MessageFlag::Flagged, {}).value().size(), 2);
        QCOMPARE(FolderStore(cache.db()).folder(cache.inbox).value()->unreadCount, 1);
        QCOMPARE(store.changeFlags(cache.inbox, {2, 3}, MessageFlag::Seen, MessageFlag::Flagged).value(),
            (QList<qint64> {ids.at(1), ids.at(2)}));
        QCOMPARE(store.changeFlags({ids.at(0)}, MessageFlag::Seen, {}).value().size(), 0); // no change, not reported
        const QList<MessageRecord> rows = MessageQuery(cache.db()).records(ids).value();
        QCOMPARE(rows.at(0).flags, MessageFlag::Seen | MessageFlag::Flagged);
        QCOMPARE(rows.at(1).flags, MessageFlags(MessageFlag::Seen));
        QCOMPARE(rows.at(2).flags, MessageFlags(MessageFlag::Seen));
        QCOMPARE(FolderStore(cache.db()).folder(cache.inbox).value()->unreadCount, 0);
    }

    void keywordsAddAndRemove()
    {
        Cache cache;
        MessageStore store(cache.db());
        const qint64 id = store.insert(cache.inbox, {message(1, QStringLiteral("a"))}).value().first();
        QCOMPARE(store.changeKeywords({id}, {QStringLiteral("$label1"), QStringLiteral("work")}, {}).value(),
            QList<qint64> {id});
        QCOMPARE(store.changeKeywords({id}, {QStringLiteral("work")}, {}).value(), QList<qint64> {});
        QCOMPARE(store.changeKeywords({id}, {}, {QStringLiteral("$label1")}).value(), QList<qint64> {id});
        QCOMPARE(MessageQuery(cache.db()).record(id).value()->keywords, QStringList {QStringLiteral("work")});
    }

    void removingARowRemovesItsBlobAfterTheCommit()
    {
        Cache cache;
        MessageStore store(cache.db());
        const NewMessage m = withBlob(message(1, QStringLiteral("a")), cache.db().blobs(), "bytes");
        const qint64 id = store.insert(cache.inbox, {m}).value().first();
        {
            // Rolled back: the row stays, and so does its blob.
            Transaction transaction(cache.db());
            QCOMPARE(store.remove({id}).value(), QList<qint64> {id});
            QVERIFY(cache.db().blobs().contains(m.blobKey)); // not before the commit
            transaction.rollback();
        }
        QVERIFY(cache.db().blobs().contains(m.blobKey));
        QCOMPARE(MessageQuery(cache.db()).count(cache.inbox).value(), 1);
        QCOMPARE(store.removeByUid(cache.inbox, {1, 500}).value(), QList<qint64> {id});
        QVERIFY(!cache.db().blobs().contains(m.blobKey));
        QCOMPARE(MessageQuery(cache.db()).count(cache.inbox).value(), 0);
    }

    void moveToAnImapFolderWaitsForTheServersUid()
    {
        Cache cache;
        MessageStore store(cache.db());
        const qint64 archive = cache.addFolder(QStringLiteral("Archive"));
        const QList<qint64> ids
            = store.insert(cache.inbox, {message(1, QStringLiteral("a")), message(2, QStringLiteral("b"))}).value();
        QVERIFY(store.move(ids, archive).ok());
        QCOMPARE(MessageQuery(cache.db()).count(cache.inbox).value(), 0);
        QCOMPARE(MessageQuery(cache.db()).count(archive).value(), 2);
        MessageRecord moved = MessageQuery(cache.db()).record(ids.first()).value().value();
        QCOMPARE(moved.folderId, archive);
        QVERIFY(!moved.uid.has_value());
        QCOMPARE(moved.uidValidity, 7u);
        QVERIFY(store.assignUid(ids.first(), 900).ok());
        QCOMPARE(store.idForUid(archive, 900).value(), std::optional<qint64>(ids.first()));
        QCOMPARE(store.assignUid(123456, 1).code(), ErrorCode::NotFound);
    }

    void moveToALocalFolderGetsLocalUids()
    {
        Cache cache;
        MessageStore store(cache.db());
        const qint64 local = cache.addFolder(QStringLiteral("Saved"), true);
        const QList<qint64> ids
            = store.insert(cache.inbox, {message(5, QStringLiteral("a")), message(6, QStringLiteral("b"))}).value();
        QVERIFY(store.move(ids, local).ok());
        QCOMPARE(store.uids(local).value(), (QList<quint32> {1, 2}));
        QCOMPARE(store.uids(cache.inbox).value(), QList<quint32> {});
    }

    void copyGetsItsOwnBlob()
    {
        Cache cache;
        MessageStore store(cache.db());
        const qint64 other = cache.addFolder(QStringLiteral("Other"), true);
        const NewMessage m = withBlob(message(1, QStringLiteral("copied")), cache.db().blobs(), "copied bytes");
        const qint64 id = store.insert(cache.inbox, {m}).value().first();
        const QList<qint64> copies = store.copy({id}, other).value();
        QCOMPARE(copies.size(), 1);
        const MessageRecord copy = MessageQuery(cache.db()).record(copies.first()).value().value();
        QCOMPARE(copy.subject, QStringLiteral("copied"));
        QVERIFY(copy.blobKey != m.blobKey);
        QCOMPARE(copy.threadId, MessageQuery(cache.db()).record(id).value()->threadId);
        QVERIFY(store.remove({id}).ok());
        QCOMPARE(cache.db().blobs().read(copy.blobKey).value(), QByteArray("copied bytes"));
        QCOMPARE(MessageQuery(cache.db()).search(QStringLiteral("copied"), 10).value().size(), 1);
    }

    void hostileTextRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quotes-and-backslashes")
            << QStringLiteral("\"quoted\" \\ back\\slash '; DROP TABLE messages; --");
        QTest::newRow("json-lookalike") << QStringLiteral("\"],[1,2,3],[\"");
        QTest::newRow("control-characters") << QStringLiteral("tab\tnew\nline\rcarriage\x01\x1f");
        QTest::newRow("non-ascii") << QStringLiteral("Grüße 日本語 📎 Ünïcödé");
        QTest::newRow("long") << QStringLiteral("x").repeated(100000);
        QTest::newRow("empty") << QString();
    }

    void hostileTextRoundTrips()
    {
        QFETCH(QString, text);
        Cache cache;
        NewMessage m = message(1, text);
        m.fromName = text;
        m.snippet = text;
        m.messageId = text.isEmpty() ? QString() : QStringLiteral("<") + text.left(200) + QStringLiteral("@x>");
        m.references = {QStringLiteral("<\"odd\\ref\"@x>")};
        m.bodyText = text;
        const Result<QList<qint64>> ids = MessageStore(cache.db()).insert(cache.inbox, {m, message(2, text)});
        QVERIFY2(ids.ok(), qPrintable(ids.message()));
        const MessageRecord r = MessageQuery(cache.db()).record(ids.value().first()).value().value();
        QCOMPARE(r.subject, text);
        QCOMPARE(r.fromName, text);
        QCOMPARE(r.snippet, text);
        QCOMPARE(r.references, QStringList {QStringLiteral("\"odd\\ref\"@x")});
        if (!text.isEmpty()) {
            QCOMPARE(
                MessageStore(cache.db()).idsForMessageId(m.messageId).value(), QList<qint64> {ids.value().first()});
        }
    }

    void sameUidTwiceInOneBatchIsOneMessage()
    {
        Cache cache;
        const QList<qint64> ids
            = MessageStore(cache.db())
                  .insert(cache.inbox, {message(5, QStringLiteral("a")), message(5, QStringLiteral("a"))})
                  .value();
        QCOMPARE(ids.size(), 2);
        QCOMPARE(ids.first(), ids.last());
        QCOMPARE(MessageQuery(cache.db()).count(cache.inbox).value(), 1);
    }

    void bodyTextGivenAtInsertIsSearchableAndCopied()
    {
        Cache cache;
        NewMessage m = withBlob(message(1, QStringLiteral("with body")), cache.db().blobs(), "raw");
        m.bodyText = QStringLiteral("the aardvark sleeps");
        const qint64 id = MessageStore(cache.db()).insert(cache.inbox, {m}).value().first();
        QCOMPARE(MessageQuery(cache.db()).search(QStringLiteral("aardvark"), 10).value().size(), 1);
        const qint64 other = cache.addFolder(QStringLiteral("Other"));
        const QList<qint64> copies = MessageStore(cache.db()).copy({id}, other).value();
        QCOMPARE(MessageQuery(cache.db()).search(QStringLiteral("aardvark"), 10, other).value().size(), 1);
        QCOMPARE(MessageQuery(cache.db()).search(QStringLiteral("aardvark"), 10).value().size(), 2);
        QVERIFY(MessageStore(cache.db()).remove({id}).ok());
        QCOMPARE(MessageQuery(cache.db()).search(QStringLiteral("aardvark"), 10).value().size(), 1);
        QCOMPARE(FolderStore(cache.db()).folder(other).value()->totalCount, 1);
        QVERIFY(cache.db()
                    .exec(QStringLiteral("INSERT INTO message_fts(message_fts, rank) VALUES ('integrity-check', 1)"))
                    .ok());
        Q_UNUSED(copies);
    }

    void lookups()
    {
        Cache cache;
        MessageStore store(cache.db());
        NewMessage pop = message(3, QStringLiteral("pop"));
        pop.uidl = QByteArray("../../x\x01\x7f");
        const QList<qint64> ids = store.insert(cache.inbox, {message(1, QStringLiteral("a")), pop}).value();
        QCOMPARE(store.idForUid(cache.inbox, 1).value(), std::optional<qint64>(ids.first()));
        QCOMPARE(store.idForUid(cache.inbox, 2).value(), std::optional<qint64>());
        QCOMPARE(store.idForUidl(cache.inbox, pop.uidl).value(), std::optional<qint64>(ids.last()));
        QCOMPARE(store.idsForMessageId(QStringLiteral("<m3@example.org>")).value(), QList<qint64> {ids.last()});
        QCOMPARE(store.idsForMessageId(QStringLiteral("m1@example.org")).value(), QList<qint64> {ids.first()});
        QCOMPARE(store.idsForMessageId(QStringLiteral("nobody@example.org")).value(), QList<qint64> {});
        QCOMPARE(store.insert(123456, {message(9, QStringLiteral("x"))}).code(), ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestMessageStore)
#include "tst_messagestore.moc"
