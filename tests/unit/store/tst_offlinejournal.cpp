#include "store/offlinejournal.h"

#include "store/folderstore.h"
#include "store/messagequery.h"
#include "store/messagestore.h"
#include "store/transaction.h"
#include "storetesting.h"

#include <QJsonArray>
#include <QTest>

using namespace Letterbox::Store;
using StoreTesting::Cache;
using StoreTesting::message;

namespace {

NewJournalEntry change(
    JournalKind kind, qint64 folderId, const QString &path, const QList<quint32> &uids, const QJsonObject &args = {})
{
    NewJournalEntry entry;
    entry.kind = kind;
    entry.folderId = folderId;
    entry.folderPath = path;
    entry.uids = uids;
    entry.args = args;
    return entry;
}

} // namespace

class TestOfflineJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaysInTheOrderMade()
    {
        Cache cache;
        OfflineJournal journal(cache.db());
        const QList<JournalKind> kinds {JournalKind::CreateFolder, JournalKind::Move, JournalKind::Flag,
            JournalKind::Unflag, JournalKind::Copy, JournalKind::Delete, JournalKind::RenameFolder,
            JournalKind::DeleteFolder};
        QList<qint64> ids;
        for (JournalKind kind : kinds) {
            ids.append(journal.append(change(kind, cache.inbox, QStringLiteral("INBOX"), {1, 2, 3})).value());
        }
        const QList<JournalEntry> pending = journal.pending().value();
        QCOMPARE(pending.size(), kinds.size());
        for (int i = 0; i < pending.size(); ++i) {
            QCOMPARE(pending.at(i).id, ids.at(i));
            QCOMPARE(pending.at(i).kind, kinds.at(i));
            QCOMPARE(pending.at(i).uids, (QList<quint32> {1, 2, 3}));
            if (i > 0) {
                QVERIFY(pending.at(i).seq > pending.at(i - 1).seq);
            }
        }
        // Replay: next() walks the queue; complete() takes the head off.
        for (qint64 id : ids) {
            const JournalEntry next = journal.next().value().value();
            QCOMPARE(next.id, id);
            QVERIFY(journal.markReplaying(id).ok());
            QVERIFY(journal.complete(id).ok());
        }
        QVERIFY(!journal.next().value().has_value());
        QCOMPARE(journal.pendingCount().value(), 0);
    }

    void entriesKeepTheirFolderPathAndArgs()
    {
        Cache cache;
        OfflineJournal journal(cache.db());
        const qint64 work = cache.addFolder(QStringLiteral("Work"));
        const QJsonObject args {{QStringLiteral("target"), QStringLiteral("Archive")},
            {QStringLiteral("messageIds"), QJsonArray {QStringLiteral("a@x")}}};
        const qint64 id = journal.append(change(JournalKind::Move, work, QStringLiteral("Work"), {7}, args)).value();
        // A later local rename does not redirect the earlier move.
        QVERIFY(FolderStore(cache.db()).rename(work, QStringLiteral("Jobs")).ok());
        QVERIFY(journal
                    .append(change(JournalKind::RenameFolder, work, QStringLiteral("Work"), {},
                        {{QStringLiteral("newPath"), QStringLiteral("Jobs")}}))
                    .ok());
        const JournalEntry entry = journal.next().value().value();
        QCOMPARE(entry.id, id);
        QCOMPARE(entry.folderPath, QStringLiteral("Work"));
        QCOMPARE(entry.folderId, work);
        QCOMPARE(entry.args, args);
        QVERIFY(entry.created.isValid());
        QCOMPARE(entry.state, JournalState::Pending);
    }

    void changeAndJournalCommitTogether()
    {
        Cache cache;
        MessageStore store(cache.db());
        OfflineJournal journal(cache.db());
        const qint64 id = store.insert(cache.inbox, {message(1, QStringLiteral("x"))}).value().first();
        {
            Transaction transaction(cache.db());
            QVERIFY(store.changeFlags({id}, MessageFlag::Seen, {}).ok());
            QVERIFY(journal
                        .append(change(JournalKind::Flag, cache.inbox, QStringLiteral("INBOX"), {1},
                            {{QStringLiteral("flags"), QJsonArray {QStringLiteral("\\Seen")}}}))
                        .ok());
            // Dropped without commit: neither the shown change nor its journal entry stay.
        }
        QVERIFY(MessageQuery(cache.db()).record(id).value()->isUnread());
        QCOMPARE(journal.pendingCount().value(), 0);
        {
            Transaction transaction(cache.db());
            QVERIFY(store.changeFlags({id}, MessageFlag::Seen, {}).ok());
            QVERIFY(journal.append(change(JournalKind::Flag, cache.inbox, QStringLiteral("INBOX"), {1})).ok());
            QVERIFY(transaction.commit().ok());
        }
        QVERIFY(!MessageQuery(cache.db()).record(id).value()->isUnread());
        QCOMPARE(journal.pendingCount().value(), 1);
    }

    void failedEntriesStopBlockingAndCanBeRetried()
    {
        Cache cache;
        OfflineJournal journal(cache.db());
        const qint64 first
            = journal.append(change(JournalKind::Delete, cache.inbox, QStringLiteral("INBOX"), {1})).value();
        const qint64 second
            = journal.append(change(JournalKind::Flag, cache.inbox, QStringLiteral("INBOX"), {2})).value();
        QVERIFY(journal.markReplaying(first).ok());
        QVERIFY(journal.markFailed(first, QStringLiteral("NO [NONEXISTENT] gone")).ok());
        QCOMPARE(journal.next().value()->id, second);
        QCOMPARE(journal.pendingCount().value(), 1);
        const QList<JournalEntry> failed = journal.failed().value();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().lastError, QStringLiteral("NO [NONEXISTENT] gone"));
        QCOMPARE(failed.first().attempts, 1);
        QVERIFY(journal.retry(first).ok());
        QCOMPARE(journal.next().value()->id, first); // back at its place in the order
        QCOMPARE(journal.complete(999).code(), ErrorCode::NotFound);
        QCOMPARE(journal.markFailed(999, {}).code(), ErrorCode::NotFound);
    }

    void uidsCanBeReResolved()
    {
        Cache cache;
        OfflineJournal journal(cache.db());
        const qint64 id
            = journal.append(change(JournalKind::Flag, cache.inbox, QStringLiteral("INBOX"), {1, 2})).value();
        QVERIFY(journal.updateUids(id, {101, 102}).ok());
        QCOMPARE(journal.next().value()->uids, (QList<quint32> {101, 102}));
    }

    void appendNeedsItsMessageAndCompleteRemovesIt()
    {
        Cache cache;
        OfflineJournal journal(cache.db());
        NewJournalEntry upload = change(JournalKind::Append, cache.inbox, QStringLiteral("Sent"), {});
        upload.blobKey = QStringLiteral("00000000000000000000000000000000");
        QCOMPARE(journal.append(upload).code(), ErrorCode::BlobMissing);
        upload.blobKey = cache.db().blobs().write("From: me\r\n\r\nsent offline\r\n").value().key;
        const qint64 id = journal.append(upload).value();
        QCOMPARE(journal.next().value()->blobKey, upload.blobKey);
        QVERIFY(journal.complete(id).ok());
        QVERIFY(!cache.db().blobs().contains(upload.blobKey));
    }
};

QTEST_GUILESS_MAIN(TestOfflineJournal)
#include "tst_offlinejournal.moc"
