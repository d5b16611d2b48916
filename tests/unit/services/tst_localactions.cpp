// LocalActions on a temporary cache: what the window sees at once (rows, flags, folders)
// and what the journal holds for the replay, written in one transaction with it.
#include "../store/storetesting.h"

#include "services/actions/localactions.h"
#include "store/messagequery.h"
#include "store/offlinejournal.h"

#include <QJsonArray>
#include <QTest>

using namespace Letterbox;
using Services::ActionOutcome;
using Services::LocalActions;
using Store::JournalKind;
using Store::MessageFlag;
using Store::MessageFlags;

class TestLocalActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void markReadJournalsOnlyWhatChanged();
    void unflagAndUnreadJournalUnflag();
    void localFolderIsNotJournaled();
    void tagsAreKeywordsJournaledAsFlags();
    void aKeywordThatIsNoAtomIsRefused();
    void moveKeepsIdsAndJournalsTheSourceUids();
    void flagAfterMoveWaitsForTheUid();
    void copyJournalsTheCopies();
    void deleteMovesToTrashThenRemoves();
    void deleteWithoutTrashRemovesAndJournals();
    void localDeleteUsesTheLocalTrash();
    void moveBetweenLocalAndServerIsRefused();
    void failedJournalLeavesNoLocalChange();
    void failedJournalLeavesNoMove();
    void folderActionsAreJournaled();
    void pop3FoldersAreLocal();

private:
    QList<qint64> addMessages(qint64 folder, const QList<quint32> &uids, MessageFlags flags = {});
    Store::MessageRecord record(qint64 id);
    QList<Store::JournalEntry> journal();
    void breakTheJournal();

    std::unique_ptr<StoreTesting::Cache> m_cache;
};

void TestLocalActions::init()
{
    m_cache = std::make_unique<StoreTesting::Cache>();
}

void TestLocalActions::cleanup()
{
    m_cache.reset();
}

QList<qint64> TestLocalActions::addMessages(qint64 folder, const QList<quint32> &uids, MessageFlags flags)
{
    QList<Store::NewMessage> messages;
    for (const quint32 uid : uids) {
        Store::NewMessage message = StoreTesting::message(uid, QStringLiteral("Message %1").arg(uid));
        message.flags = flags;
        if (uid == 0) {
            message.uid.reset(); // a local folder's message: the store numbers it
        }
        messages.append(message);
    }
    return Store::MessageStore(m_cache->db()).insert(folder, messages).value();
}

Store::MessageRecord TestLocalActions::record(qint64 id)
{
    const auto found = Store::MessageQuery(m_cache->db()).record(id);
    if (!found.ok() || !found.value()) {
        return {};
    }
    return *found.value();
}

QList<Store::JournalEntry> TestLocalActions::journal()
{
    return Store::OfflineJournal(m_cache->db()).pending().value();
}

void TestLocalActions::breakTheJournal()
{
    // Every journal write fails from now on, as a full disk would make it.
    QVERIFY(m_cache->db()
                .exec(QStringLiteral("CREATE TEMP TRIGGER refuse_journal BEFORE INSERT ON pending_operations "
                                     "BEGIN SELECT RAISE(ABORT, 'journal refused'); END"))
                .ok());
}

void TestLocalActions::markReadJournalsOnlyWhatChanged()
{
    const QList<qint64> unread = addMessages(m_cache->inbox, {1, 2});
    const QList<qint64> read = addMessages(m_cache->inbox, {3}, MessageFlag::Seen);
    LocalActions actions(m_cache->db(), true);
    const auto outcome = actions.markRead(unread + read);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QCOMPARE(outcome.value().ids, unread);
    for (const qint64 id : unread + read) {
        QVERIFY(record(id).flags.testFlag(MessageFlag::Seen));
    }
    const QList<Store::JournalEntry> entries = journal();
    QCOMPARE(entries.size(), 1);
    const Store::JournalEntry &entry = entries.first();
    QCOMPARE(outcome.value().journalIds, QList<qint64> {entry.id});
    QCOMPARE(entry.kind, JournalKind::Flag);
    QCOMPARE(entry.folderId, m_cache->inbox);
    QCOMPARE(entry.folderPath, QStringLiteral("INBOX"));
    QCOMPARE(entry.uids, (QList<quint32> {1, 2}));
    QCOMPARE(entry.args.value(QStringLiteral("flags")).toArray(), QJsonArray {QStringLiteral("\\Seen")});
    QCOMPARE(entry.args.value(QStringLiteral("ids")).toArray(), (QJsonArray {unread.at(0), unread.at(1)}));
    QCOMPARE(entry.args.value(QStringLiteral("messageIds")).toArray(),
        (QJsonArray {QStringLiteral("<m1@example.org>"), QStringLiteral("<m2@example.org>")}));
    QCOMPARE(entry.args.value(QStringLiteral("uidValidity")).toInteger(), 42);

    // Nothing left to change: nothing journaled.
    QVERIFY(actions.markRead(unread).value().ids.isEmpty());
    QCOMPARE(journal().size(), 1);
}

void TestLocalActions::unflagAndUnreadJournalUnflag()
{
    const QList<qint64> ids = addMessages(m_cache->inbox, {5}, MessageFlag::Seen | MessageFlag::Flagged);
    LocalActions actions(m_cache->db(), true);
    QCOMPARE(actions.unflag(ids).value().ids, ids);
    QCOMPARE(actions.markUnread(ids).value().ids, ids);
    QCOMPARE(actions.flag(ids).value().ids, ids);
    QVERIFY(record(ids.first()).isUnread());
    QVERIFY(record(ids.first()).flags.testFlag(MessageFlag::Flagged));
    const QList<Store::JournalEntry> entries = journal();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).kind, JournalKind::Unflag);
    QCOMPARE(entries.at(0).args.value(QStringLiteral("flags")).toArray(), QJsonArray {QStringLiteral("\\Flagged")});
    QCOMPARE(entries.at(1).kind, JournalKind::Unflag);
    QCOMPARE(entries.at(1).args.value(QStringLiteral("flags")).toArray(), QJsonArray {QStringLiteral("\\Seen")});
    QCOMPARE(entries.at(2).kind, JournalKind::Flag);
    QVERIFY(entries.at(0).seq < entries.at(1).seq && entries.at(1).seq < entries.at(2).seq);
}

void TestLocalActions::localFolderIsNotJournaled()
{
    const qint64 local = m_cache->addFolder(QStringLiteral("Local"), true);
    const QList<qint64> ids = addMessages(local, {1});
    LocalActions actions(m_cache->db(), true);
    const auto outcome = actions.markRead(ids);
    QCOMPARE(outcome.value().ids, ids);
    QVERIFY(outcome.value().journalIds.isEmpty());
    QVERIFY(record(ids.first()).flags.testFlag(MessageFlag::Seen));
    QVERIFY(journal().isEmpty());
}

void TestLocalActions::tagsAreKeywordsJournaledAsFlags()
{
    const QList<qint64> ids = addMessages(m_cache->inbox, {1, 2});
    const qint64 local = m_cache->addFolder(QStringLiteral("Local"), true);
    const QList<qint64> localIds = addMessages(local, {0});
    LocalActions actions(m_cache->db(), true);
    QCOMPARE(actions.setKeyword({ids.at(0)}, QStringLiteral("$label1"), true).value().ids, QList<qint64> {ids.at(0)});
    // Only the rows that change, and the local one without a journal entry.
    QCOMPARE(actions.setKeyword(ids + localIds, QStringLiteral("$label1"), true).value().ids,
        (QList<qint64> {ids.at(1), localIds.at(0)}));
    QCOMPARE(record(ids.at(0)).keywords, QStringList {QStringLiteral("$label1")});
    QCOMPARE(record(localIds.at(0)).keywords, QStringList {QStringLiteral("$label1")});
    QCOMPARE(actions.setKeyword({ids.at(0)}, QStringLiteral("$label1"), false).value().ids, QList<qint64> {ids.at(0)});
    QVERIFY(record(ids.at(0)).keywords.isEmpty());
    QVERIFY(record(ids.at(0)).isUnread()); // system flags untouched

    const QList<Store::JournalEntry> entries = journal();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).kind, JournalKind::Flag);
    QCOMPARE(entries.at(0).uids, QList<quint32> {1});
    QCOMPARE(entries.at(0).args.value(QStringLiteral("flags")).toArray(), QJsonArray {QStringLiteral("$label1")});
    QCOMPARE(entries.at(1).uids, QList<quint32> {2});
    QCOMPARE(entries.at(2).kind, JournalKind::Unflag);
    QCOMPARE(entries.at(2).args.value(QStringLiteral("flags")).toArray(), QJsonArray {QStringLiteral("$label1")});
}

void TestLocalActions::aKeywordThatIsNoAtomIsRefused()
{
    const QList<qint64> ids = addMessages(m_cache->inbox, {1});
    LocalActions actions(m_cache->db(), true);
    for (const QString &bad : {QStringLiteral("\\Seen"), QStringLiteral("two words"), QStringLiteral("a)b"),
             QStringLiteral("x\r\nA1 LOGOUT"), QString(), QString(65, QLatin1Char('k')), QStringLiteral("caf\u00e9")}) {
        const auto outcome = actions.setKeyword(ids, bad, true);
        QVERIFY2(!outcome.ok(), qPrintable(bad));
    }
    QVERIFY(record(ids.first()).keywords.isEmpty());
    QVERIFY(journal().isEmpty());
    QVERIFY(LocalActions::isValidKeyword(QStringLiteral("$label5")));
    QVERIFY(LocalActions::isValidKeyword(QStringLiteral("NonJunk")));
}

void TestLocalActions::moveKeepsIdsAndJournalsTheSourceUids()
{
    const qint64 archive = m_cache->addFolder(QStringLiteral("Archive"));
    const QList<qint64> ids = addMessages(m_cache->inbox, {7, 9});
    LocalActions actions(m_cache->db(), true);
    const auto outcome = actions.move(ids, archive);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QCOMPARE(outcome.value().ids, ids);
    QCOMPARE(outcome.value().folderId, archive);
    QCOMPARE(outcome.value().movedFrom.value(m_cache->inbox), ids);
    for (const qint64 id : ids) {
        QCOMPARE(record(id).folderId, archive);
        QVERIFY(!record(id).uid); // until the replayed MOVE reports it
    }
    const QList<Store::JournalEntry> entries = journal();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().kind, JournalKind::Move);
    QCOMPARE(entries.first().folderPath, QStringLiteral("INBOX"));
    QCOMPARE(entries.first().uids, (QList<quint32> {7, 9}));
    QCOMPARE(entries.first().args.value(QStringLiteral("target")).toString(), QStringLiteral("Archive"));
    QCOMPARE(entries.first().args.value(QStringLiteral("targetFolderId")).toInteger(), archive);

    // The undo is a move back, journaled as its own entry.
    QVERIFY(actions.move(outcome.value().movedFrom.value(m_cache->inbox), m_cache->inbox).ok());
    QCOMPARE(record(ids.first()).folderId, m_cache->inbox);
    QCOMPARE(journal().size(), 2);
    QCOMPARE(journal().at(1).folderPath, QStringLiteral("Archive"));
    QCOMPARE(journal().at(1).uids, (QList<quint32> {0, 0}));
}

void TestLocalActions::flagAfterMoveWaitsForTheUid()
{
    const qint64 archive = m_cache->addFolder(QStringLiteral("Archive"));
    const QList<qint64> ids = addMessages(m_cache->inbox, {3});
    LocalActions actions(m_cache->db(), true);
    QVERIFY(actions.move(ids, archive).ok());
    QVERIFY(actions.flag(ids).ok());
    const QList<Store::JournalEntry> entries = journal();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).kind, JournalKind::Flag);
    QCOMPARE(entries.at(1).folderPath, QStringLiteral("Archive"));
    QCOMPARE(entries.at(1).uids, QList<quint32> {0}); // filled in when the move reports COPYUID
    QCOMPARE(entries.at(1).args.value(QStringLiteral("ids")).toArray(), QJsonArray {ids.first()});
}

void TestLocalActions::copyJournalsTheCopies()
{
    const qint64 archive = m_cache->addFolder(QStringLiteral("Archive"));
    const QList<qint64> ids = addMessages(m_cache->inbox, {4, 6});
    LocalActions actions(m_cache->db(), true);
    const auto outcome = actions.copy(ids, archive);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QCOMPARE(outcome.value().ids.size(), 2);
    for (const qint64 copy : outcome.value().ids) {
        QCOMPARE(record(copy).folderId, archive);
    }
    QCOMPARE(record(outcome.value().ids.at(1)).subject, QStringLiteral("Message 6"));
    QCOMPARE(record(ids.first()).folderId, m_cache->inbox);
    const QList<Store::JournalEntry> entries = journal();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().kind, JournalKind::Copy);
    QCOMPARE(entries.first().uids, (QList<quint32> {4, 6}));
    QCOMPARE(entries.first().args.value(QStringLiteral("copyIds")).toArray(),
        (QJsonArray {outcome.value().ids.at(0), outcome.value().ids.at(1)}));
}

void TestLocalActions::deleteMovesToTrashThenRemoves()
{
    const qint64 trash = m_cache->addFolder(QStringLiteral("Trash"));
    QVERIFY(Store::FolderStore(m_cache->db()).setRole(trash, Store::SpecialUse::Trash).ok());
    const QList<qint64> ids = addMessages(m_cache->inbox, {11});
    LocalActions actions(m_cache->db(), true);
    const auto trashed = actions.deleteMessages(ids);
    QVERIFY2(trashed.ok(), qPrintable(trashed.message()));
    QCOMPARE(trashed.value().folderId, trash);
    QCOMPARE(trashed.value().movedFrom.value(m_cache->inbox), ids);
    QVERIFY(trashed.value().removed.isEmpty());
    QCOMPARE(record(ids.first()).folderId, trash);
    QCOMPARE(journal().last().kind, JournalKind::Move);
    QCOMPARE(journal().last().args.value(QStringLiteral("target")).toString(), QStringLiteral("Trash"));

    const auto removed = actions.deleteMessages(ids);
    QVERIFY2(removed.ok(), qPrintable(removed.message()));
    QCOMPARE(removed.value().removed, ids);
    QCOMPARE(record(ids.first()).id, 0); // gone from the cache
    const QList<Store::JournalEntry> entries = journal();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.last().kind, JournalKind::Delete);
    QCOMPARE(entries.last().folderPath, QStringLiteral("Trash"));
    QCOMPARE(entries.last().uids, QList<quint32> {0}); // the move has not told its UID yet
    QCOMPARE(entries.last().args.value(QStringLiteral("messageIds")).toArray(),
        QJsonArray {QStringLiteral("<m11@example.org>")});
}

void TestLocalActions::deleteWithoutTrashRemovesAndJournals()
{
    const QList<qint64> ids = addMessages(m_cache->inbox, {12, 13});
    LocalActions actions(m_cache->db(), true);
    const auto outcome = actions.deleteMessages(ids);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QCOMPARE(outcome.value().removed, ids);
    QCOMPARE(Store::MessageQuery(m_cache->db()).count(m_cache->inbox).value(), 0);
    QCOMPARE(journal().size(), 1);
    QCOMPARE(journal().first().kind, JournalKind::Delete);
    QCOMPARE(journal().first().uids, (QList<quint32> {12, 13}));
}

void TestLocalActions::localDeleteUsesTheLocalTrash()
{
    const qint64 local = m_cache->addFolder(QStringLiteral("Local"), true);
    const qint64 trash = m_cache->addFolder(QStringLiteral("Local Trash"), true);
    QVERIFY(Store::FolderStore(m_cache->db()).setRole(trash, Store::SpecialUse::Trash).ok());
    const QList<qint64> ids = addMessages(local, {0});
    LocalActions actions(m_cache->db(), false);
    QCOMPARE(actions.deleteMessages(ids).value().folderId, trash);
    QCOMPARE(record(ids.first()).folderId, trash);
    QVERIFY(record(ids.first()).uid); // a local folder numbers its messages itself
    QCOMPARE(actions.deleteMessages(ids).value().removed, ids);
    QCOMPARE(record(ids.first()).id, 0);
    QVERIFY(journal().isEmpty());
}

void TestLocalActions::moveBetweenLocalAndServerIsRefused()
{
    const qint64 local = m_cache->addFolder(QStringLiteral("Local"), true);
    const QList<qint64> ids = addMessages(m_cache->inbox, {1});
    LocalActions actions(m_cache->db(), true);
    const auto moved = actions.move(ids, local);
    QVERIFY(!moved.ok());
    QCOMPARE(moved.code(), Store::ErrorCode::InvalidArgument);
    QCOMPARE(record(ids.first()).folderId, m_cache->inbox);
    QVERIFY(!actions.copy(ids, local).ok());
    QCOMPARE(Store::MessageQuery(m_cache->db()).count(local).value(), 0);
    QVERIFY(journal().isEmpty());
}

void TestLocalActions::failedJournalLeavesNoLocalChange()
{
    const QList<qint64> ids = addMessages(m_cache->inbox, {1, 2});
    breakTheJournal();
    LocalActions actions(m_cache->db(), true);
    const auto outcome = actions.markRead(ids);
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.message().contains(QLatin1String("journal refused")));
    for (const qint64 id : ids) {
        QVERIFY(record(id).isUnread()); // not shown when it could not be journaled
    }
    QCOMPARE(Store::FolderStore(m_cache->db()).folder(m_cache->inbox).value()->unreadCount, 2);
    QVERIFY(journal().isEmpty());
}

void TestLocalActions::failedJournalLeavesNoMove()
{
    const qint64 archive = m_cache->addFolder(QStringLiteral("Archive"));
    const QList<qint64> ids = addMessages(m_cache->inbox, {1});
    breakTheJournal();
    LocalActions actions(m_cache->db(), true);
    QVERIFY(!actions.move(ids, archive).ok());
    QCOMPARE(record(ids.first()).folderId, m_cache->inbox);
    QCOMPARE(record(ids.first()).uid, std::optional<quint32>(1));
    QVERIFY(!actions.deleteMessages(ids).ok());
    QCOMPARE(record(ids.first()).folderId, m_cache->inbox);
    QVERIFY(!actions.createFolder(QStringLiteral("New")).ok());
    QVERIFY(!Store::FolderStore(m_cache->db()).findByPath(QStringLiteral("New")).value());
    QVERIFY(!actions.renameFolder(archive, QStringLiteral("Old")).ok());
    QVERIFY(Store::FolderStore(m_cache->db()).findByPath(QStringLiteral("Archive")).value());
    QVERIFY(journal().isEmpty());
}

void TestLocalActions::folderActionsAreJournaled()
{
    LocalActions actions(m_cache->db(), true);
    const auto created = actions.createFolder(QStringLiteral("Projects"));
    QVERIFY2(created.ok(), qPrintable(created.message()));
    const auto folder = Store::FolderStore(m_cache->db()).folder(created.value().folderId).value();
    QVERIFY(folder);
    QVERIFY(!folder->localOnly);
    QCOMPARE(folder->delimiter, QStringLiteral("/")); // the Inbox's
    QVERIFY(actions.renameFolder(created.value().folderId, QStringLiteral("Work")).ok());
    QCOMPARE(Store::FolderStore(m_cache->db()).folder(created.value().folderId).value()->path, QStringLiteral("Work"));
    QVERIFY(actions.deleteFolder(created.value().folderId).ok());
    QVERIFY(!Store::FolderStore(m_cache->db()).folder(created.value().folderId).value());
    QVERIFY(!actions.renameFolder(m_cache->inbox, QStringLiteral("Other")).ok());
    QVERIFY(!actions.deleteFolder(m_cache->inbox).ok());

    const QList<Store::JournalEntry> entries = journal();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).kind, JournalKind::CreateFolder);
    QCOMPARE(entries.at(0).folderPath, QStringLiteral("Projects"));
    QCOMPARE(entries.at(1).kind, JournalKind::RenameFolder);
    QCOMPARE(entries.at(1).folderPath, QStringLiteral("Projects"));
    QCOMPARE(entries.at(1).args.value(QStringLiteral("newPath")).toString(), QStringLiteral("Work"));
    QCOMPARE(entries.at(2).kind, JournalKind::DeleteFolder);
    QCOMPARE(entries.at(2).folderPath, QStringLiteral("Work"));
}

void TestLocalActions::pop3FoldersAreLocal()
{
    LocalActions actions(m_cache->db(), false);
    const auto created = actions.createFolder(QStringLiteral("Receipts"));
    QVERIFY2(created.ok(), qPrintable(created.message()));
    QVERIFY(Store::FolderStore(m_cache->db()).folder(created.value().folderId).value()->localOnly);
    QVERIFY(actions.renameFolder(created.value().folderId, QStringLiteral("Bills")).ok());
    QVERIFY(Store::FolderStore(m_cache->db()).findByPath(QStringLiteral("Bills")).value());
    const QList<qint64> ids = addMessages(created.value().folderId, {0});
    QVERIFY(actions.flag(ids).ok());
    QVERIFY(record(ids.first()).flags.testFlag(MessageFlag::Flagged));
    const qint64 other = m_cache->addFolder(QStringLiteral("Other"), true);
    QCOMPARE(actions.move(ids, other).value().movedFrom.value(created.value().folderId), ids);
    QCOMPARE(record(ids.first()).folderId, other);
    QVERIFY(record(ids.first()).uid);
    const auto copied = actions.copy(ids, created.value().folderId);
    QCOMPARE(copied.value().ids.size(), 1);
    QCOMPARE(record(copied.value().ids.first()).folderId, created.value().folderId);
    QVERIFY(actions.move(ids, created.value().folderId).ok());
    QVERIFY(actions.deleteFolder(created.value().folderId).ok());
    QCOMPARE(record(ids.first()).id, 0);
    QCOMPARE(record(copied.value().ids.first()).id, 0);
    QVERIFY(journal().isEmpty());
}

QTEST_GUILESS_MAIN(TestLocalActions)
#include "tst_localactions.moc"
