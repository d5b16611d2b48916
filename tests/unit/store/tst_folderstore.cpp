#include "store/folderstore.h"

#include "store/messagequery.h"
#include "store/messagestore.h"
#include "store/offlinejournal.h"
#include "storetesting.h"

#include <QTest>

using namespace Letterbox::Store;
using StoreTesting::Cache;
using StoreTesting::message;
using StoreTesting::withBlob;

class TestFolderStore : public QObject
{
    Q_OBJECT

private:
    static QStringList paths(Database &database)
    {
        QStringList result;
        for (const Folder &folder : FolderStore(database).list().value()) {
            result.append(folder.path);
        }
        return result;
    }

private Q_SLOTS:
    void specialUseFoldersComeFirst()
    {
        Cache cache; // has INBOX
        FolderStore folders(cache.db());
        for (const auto &[path, role] :
            QList<std::pair<QString, SpecialUse>> {{QStringLiteral("Zebra"), SpecialUse::None},
                {QStringLiteral("Papierkorb"), SpecialUse::Trash}, {QStringLiteral("Apples"), SpecialUse::None},
                {QStringLiteral("Gesendet"), SpecialUse::Sent}, {QStringLiteral("Entwürfe"), SpecialUse::Drafts}}) {
            NewFolder folder;
            folder.path = path;
            folder.role = role;
            QVERIFY(folders.create(folder).ok());
        }
        QCOMPARE(paths(cache.db()),
            (QStringList {QStringLiteral("INBOX"), QStringLiteral("Entwürfe"), QStringLiteral("Gesendet"),
                QStringLiteral("Papierkorb"), QStringLiteral("Apples"), QStringLiteral("Zebra")}));
        QCOMPARE(folders.findByRole(SpecialUse::Sent).value()->path, QStringLiteral("Gesendet"));
        QVERIFY(!folders.findByRole(SpecialUse::Junk).value().has_value());
    }

    void createRefusesDuplicatesAndEmptyNames()
    {
        Cache cache;
        NewFolder folder;
        folder.path = QStringLiteral("INBOX");
        QCOMPARE(FolderStore(cache.db()).create(folder).code(), ErrorCode::InvalidArgument);
        folder.path.clear();
        QCOMPARE(FolderStore(cache.db()).create(folder).code(), ErrorCode::InvalidArgument);
    }

    void folderFieldsRoundTrip()
    {
        Cache cache;
        FolderStore folders(cache.db());
        const Folder inbox = folders.folder(cache.inbox).value().value();
        QCOMPARE(inbox.path, QStringLiteral("INBOX"));
        QCOMPARE(inbox.delimiter, QStringLiteral("/"));
        QCOMPARE(inbox.role, SpecialUse::Inbox);
        QCOMPARE(inbox.sync.uidValidity, 42u);
        QVERIFY(inbox.subscribed);
        QVERIFY(!inbox.localOnly);
        QVERIFY(folders.setSubscribed(cache.inbox, false).ok());
        QVERIFY(folders.setRole(cache.inbox, SpecialUse::Archive).ok());
        QVERIFY(folders.setSyncState(cache.inbox, {42, 1001, 987654321}).ok());
        const Folder changed = folders.folder(cache.inbox).value().value();
        QVERIFY(!changed.subscribed);
        QCOMPARE(changed.role, SpecialUse::Archive);
        QCOMPARE(changed.sync.uidNext, 1001u);
        QCOMPARE(changed.sync.highestModSeq, 987654321);
        QCOMPARE(folders.setRole(999, SpecialUse::Trash).code(), ErrorCode::NotFound);
        QVERIFY(!folders.folder(999).value().has_value());

        NewFolder local;
        local.path = QStringLiteral("Local");
        local.localOnly = true;
        local.delimiter = QStringLiteral(".");
        const qint64 id = folders.create(local).value();
        const Folder made = folders.folder(id).value().value();
        QVERIFY(made.localOnly);
        QCOMPARE(made.sync.uidValidity, 1u);
        QCOMPARE(made.sync.uidNext, 1u);
        // A local folder's UIDs are the store's: a server state cannot overwrite them.
        QCOMPARE(folders.setSyncState(id, {5, 5, 5}).code(), ErrorCode::InvalidArgument);
    }

    void renameTakesSubfoldersAlong()
    {
        Cache cache;
        const qint64 work = cache.addFolder(QStringLiteral("Work"));
        cache.addFolder(QStringLiteral("Work/2024"));
        cache.addFolder(QStringLiteral("Work/2024/Q1"));
        cache.addFolder(QStringLiteral("Workshop")); // shares a prefix, is no child
        cache.addFolder(QStringLiteral("W%rk_/x")); // LIKE wildcards in names must not match
        FolderStore folders(cache.db());
        QVERIFY(folders.rename(work, QStringLiteral("Jobs/Old")).ok());
        QCOMPARE(paths(cache.db()),
            (QStringList {QStringLiteral("INBOX"), QStringLiteral("Jobs/Old"), QStringLiteral("Jobs/Old/2024"),
                QStringLiteral("Jobs/Old/2024/Q1"), QStringLiteral("W%rk_/x"), QStringLiteral("Workshop")}));
        QCOMPARE(folders.rename(work, QStringLiteral("INBOX")).code(), ErrorCode::InvalidArgument);
        QCOMPARE(folders.rename(999, QStringLiteral("X")).code(), ErrorCode::NotFound);
        QVERIFY(folders.rename(work, QStringLiteral("Jobs/Old")).ok()); // to itself: nothing to do
    }

    void removeTakesMessagesAndBlobs()
    {
        Cache cache;
        const qint64 folder = cache.addFolder(QStringLiteral("Doomed"));
        const NewMessage m = withBlob(message(1, QStringLiteral("doomed words")), cache.db().blobs(), "bytes");
        QVERIFY(MessageStore(cache.db()).insert(folder, {m}).ok());
        QCOMPARE(MessageQuery(cache.db()).search(QStringLiteral("doomed"), 10).value().size(), 1);
        QVERIFY(FolderStore(cache.db()).remove(folder).ok());
        QVERIFY(!cache.db().blobs().contains(m.blobKey));
        QCOMPARE(MessageQuery(cache.db()).search(QStringLiteral("doomed"), 10).value().size(), 0);
        QCOMPARE(FolderStore(cache.db()).remove(folder).code(), ErrorCode::NotFound);
    }

    void countsFollowEveryChange()
    {
        Cache cache;
        MessageStore store(cache.db());
        FolderStore folders(cache.db());
        const qint64 other = cache.addFolder(QStringLiteral("Other"));
        NewMessage read = message(1, QStringLiteral("read"));
        read.flags = MessageFlag::Seen;
        const QList<qint64> ids
            = store.insert(cache.inbox, {read, message(2, QStringLiteral("u1")), message(3, QStringLiteral("u2"))})
                  .value();
        auto counts = [&](qint64 id) {
            const Folder f = folders.folder(id).value().value();
            return std::make_pair(f.totalCount, f.unreadCount);
        };
        QCOMPARE(counts(cache.inbox), std::make_pair(qint64(3), qint64(2)));
        QVERIFY(store.changeFlags({ids.at(1)}, MessageFlag::Seen, {}).ok());
        QCOMPARE(counts(cache.inbox), std::make_pair(qint64(3), qint64(1)));
        QVERIFY(store.move({ids.at(2)}, other).ok());
        QCOMPARE(counts(cache.inbox), std::make_pair(qint64(2), qint64(0)));
        QCOMPARE(counts(other), std::make_pair(qint64(1), qint64(1)));
        QVERIFY(store.remove({ids.at(0)}).ok());
        QCOMPARE(counts(cache.inbox), std::make_pair(qint64(1), qint64(0)));
        QVERIFY(store.changeFlags({ids.at(1)}, {}, MessageFlag::Seen).ok());
        QCOMPARE(counts(cache.inbox), std::make_pair(qint64(1), qint64(1)));
    }

    void uidValidityChangeDropsTheCacheButNotTheJournal()
    {
        Cache cache;
        FolderStore folders(cache.db());
        const NewMessage m = withBlob(message(1, QStringLiteral("old")), cache.db().blobs(), "bytes");
        const QList<qint64> ids
            = MessageStore(cache.db()).insert(cache.inbox, {m, message(2, QStringLiteral("old"))}).value();
        NewJournalEntry change;
        change.kind = JournalKind::Flag;
        change.folderId = cache.inbox;
        change.folderPath = QStringLiteral("INBOX");
        change.uids = {1};
        change.args = QJsonObject {{QStringLiteral("flags"), QStringLiteral("\\Seen")}};
        QVERIFY(OfflineJournal(cache.db()).append(change).ok());

        QCOMPARE(folders.setSyncState(cache.inbox, {43, 10, 0}).code(), ErrorCode::InvalidArgument);
        const Result<QList<qint64>> removed = folders.resetUidValidity(cache.inbox, 43);
        QVERIFY(removed.ok());
        QCOMPARE(removed.value().size(), 2);
        QVERIFY(!cache.db().blobs().contains(m.blobKey));
        const Folder inbox = folders.folder(cache.inbox).value().value();
        QCOMPARE(inbox.sync.uidValidity, 43u);
        QCOMPARE(inbox.sync.uidNext, 0u);
        QCOMPARE(inbox.totalCount, 0);
        QCOMPARE(OfflineJournal(cache.db()).pendingCount().value(), 1);
        // The same UID under the new UIDVALIDITY is a new message.
        QVERIFY(MessageStore(cache.db()).insert(cache.inbox, {message(1, QStringLiteral("new"))}).ok());
        QCOMPARE(MessageQuery(cache.db())
                     .record(MessageStore(cache.db()).idForUid(cache.inbox, 1).value().value())
                     .value()
                     ->subject,
            QStringLiteral("new"));
    }

    void folderName()
    {
        Folder folder;
        folder.path = QStringLiteral("INBOX/Work/2024");
        folder.delimiter = QStringLiteral("/");
        QCOMPARE(folder.name(), QStringLiteral("2024"));
        folder.delimiter.clear();
        QCOMPARE(folder.name(), folder.path);
    }
};

QTEST_GUILESS_MAIN(TestFolderStore)
#include "tst_folderstore.moc"
