// CacheHandover, CachedCopies and MessageStore::adopt: what a POP3 ↔ IMAP switch does to
// the cache. Nothing may be dropped: a POP3 folder the server also has is set aside (and
// joins the one set aside before), IMAP folders become local for POP3, and a message taken
// over keeps its body, blob and UIDL.
#include "services/pop3/pop3localfolders.h"
#include "services/retrieval/cachehandover.h"
#include "store/blobstore.h"
#include "store/cachedcopies.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagequery.h"
#include "store/messagestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox;
using Services::CacheHandover;

class TestCacheHandover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void localFoldersTheServerNamesAreSetAside();
    void aSecondSwitchJoinsTheFolderSetAsideBefore();
    void serverFoldersBecomeLocalForPop3();
    void adoptMovesTheRowWithItsBody();
    void copiesAreFoundByMessageIdAndSize();

private:
    /// A row in @p folderId: with a committed blob when @p withBody, a UID when @p uid.
    qint64 addRow(qint64 folderId, const QString &messageId, bool withBody, std::optional<quint32> uid = {},
        const QByteArray &uidl = {});
    std::optional<Store::Folder> folder(const QString &path);
    Store::MessageRecord record(qint64 id);

    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<Store::Database> m_database;
};

void TestCacheHandover::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Store::Database>(m_directory->path());
    QVERIFY(m_database->open().ok());
}

void TestCacheHandover::cleanup()
{
    m_database.reset();
    m_directory.reset();
}

qint64 TestCacheHandover::addRow(
    qint64 folderId, const QString &messageId, bool withBody, std::optional<quint32> uid, const QByteArray &uidl)
{
    Store::NewMessage message;
    message.uid = uid;
    message.uidl = uidl;
    message.messageId = messageId;
    message.subject = QStringLiteral("about ") + messageId;
    message.size = 1234;
    if (withBody) {
        const Store::Result<Store::BlobInfo> blob = m_database->blobs().write("Subject: x\r\n\r\nbody\r\n");
        message.bodyState = Store::BodyState::Full;
        message.blobKey = blob.value().key;
        message.blobSize = blob.value().size;
    }
    const Store::Result<QList<qint64>> ids = Store::MessageStore(*m_database).insert(folderId, {message});
    return ids.ok() ? ids.value().first() : 0;
}

std::optional<Store::Folder> TestCacheHandover::folder(const QString &path)
{
    const Store::Result<std::optional<Store::Folder>> found = Store::FolderStore(*m_database).findByPath(path);
    return found.ok() ? found.value() : std::nullopt;
}

Store::MessageRecord TestCacheHandover::record(qint64 id)
{
    const Store::Result<std::optional<Store::MessageRecord>> found = Store::MessageQuery(*m_database).record(id);
    return found.ok() && found.value() ? *found.value() : Store::MessageRecord();
}

void TestCacheHandover::localFoldersTheServerNamesAreSetAside()
{
    const Store::Result<Services::Pop3LocalFolderIds> pop3 = Services::Pop3LocalFolders::ensure(*m_database);
    QVERIFY(pop3.ok());
    const qint64 kept = addRow(pop3.value().inbox, QStringLiteral("a@x"), true, {}, "u1");
    addRow(pop3.value().inbox, QStringLiteral("b@x"), true, {}, "u2");
    addRow(pop3.value().trash, QStringLiteral("c@x"), true, {}, "u3");

    const Store::Result<QStringList> aside = CacheHandover::setAsideLocalFolders(*m_database,
        {QStringLiteral("INBOX"), QStringLiteral("Sent"), QStringLiteral("Archive"), QStringLiteral("Trash")});
    QVERIFY2(aside.ok(), qPrintable(aside.status().message()));
    QCOMPARE(aside.value(), (QStringList {QStringLiteral("INBOX"), QStringLiteral("Trash")}));
    // The server's names are free for its folders; nothing that held mail went.
    QVERIFY(!folder(QStringLiteral("INBOX")));
    QVERIFY(!folder(QStringLiteral("Trash")));
    QVERIFY(!folder(QStringLiteral("Sent"))); // it was empty
    QVERIFY(folder(QStringLiteral("Drafts"))); // the server has no Drafts: it stays as it is
    const std::optional<Store::Folder> inbox = folder(QStringLiteral("INBOX (local)"));
    QVERIFY(inbox);
    QVERIFY(inbox->localOnly);
    QCOMPARE(inbox->role, Store::SpecialUse::None); // the server's INBOX is the Inbox now
    QCOMPARE(inbox->totalCount, 2);
    QCOMPARE(record(kept).folderId, inbox->id);
    QCOMPARE(record(kept).uidl, QByteArray("u1"));
    QCOMPARE(folder(QStringLiteral("Trash (local)"))->totalCount, 1);
}

void TestCacheHandover::aSecondSwitchJoinsTheFolderSetAsideBefore()
{
    const Store::Result<Services::Pop3LocalFolderIds> first = Services::Pop3LocalFolders::ensure(*m_database);
    QVERIFY(first.ok());
    addRow(first.value().inbox, QStringLiteral("a@x"), true, {}, "u1");
    QVERIFY(CacheHandover::setAsideLocalFolders(*m_database, {QStringLiteral("INBOX")}).ok());
    // POP3 again: a local Inbox of its own fills, then IMAP again.
    const Store::Result<Services::Pop3LocalFolderIds> second = Services::Pop3LocalFolders::ensure(*m_database);
    QVERIFY(second.ok());
    QVERIFY(second.value().inbox != folder(QStringLiteral("INBOX (local)"))->id);
    const qint64 later = addRow(second.value().inbox, QStringLiteral("b@x"), true, {}, "u2");
    const Store::Result<QStringList> aside
        = CacheHandover::setAsideLocalFolders(*m_database, {QStringLiteral("INBOX")});
    QVERIFY2(aside.ok(), qPrintable(aside.status().message()));
    QVERIFY(!folder(QStringLiteral("INBOX")));
    QVERIFY(!folder(QStringLiteral("INBOX (local 2)")));
    const std::optional<Store::Folder> local = folder(QStringLiteral("INBOX (local)"));
    QCOMPARE(local->totalCount, 2);
    QCOMPARE(record(later).folderId, local->id);
    QVERIFY(!record(later).blobKey.isEmpty());
}

void TestCacheHandover::serverFoldersBecomeLocalForPop3()
{
    Store::FolderStore folders(*m_database);
    Store::NewFolder imapInbox;
    imapInbox.path = QStringLiteral("INBOX");
    imapInbox.delimiter = QStringLiteral("/");
    imapInbox.role = Store::SpecialUse::Inbox;
    const qint64 inboxId = folders.create(imapInbox).value();
    QVERIFY(folders.setSyncState(inboxId, {7, 20, 55}).ok());
    Store::NewFolder archive;
    archive.path = QStringLiteral("Archive");
    archive.delimiter = QStringLiteral("/");
    const qint64 archiveId = folders.create(archive).value(); // never selected: UIDVALIDITY 0
    const qint64 withBody = addRow(inboxId, QStringLiteral("a@x"), true, 3);
    addRow(inboxId, QStringLiteral("b@x"), false, 5);
    const qint64 moved = addRow(archiveId, QStringLiteral("c@x"), true, 1);
    QVERIFY(Store::MessageStore(*m_database).move({moved}, inboxId).ok()); // waits for its server UID
    QVERIFY(!record(moved).uid);

    const Store::Result<QStringList> local = CacheHandover::makeServerFoldersLocal(*m_database);
    QVERIFY2(local.ok(), qPrintable(local.status().message()));
    QCOMPARE(local.value(), (QStringList {QStringLiteral("INBOX"), QStringLiteral("Archive")}));
    const std::optional<Store::Folder> inbox = folder(QStringLiteral("INBOX"));
    QVERIFY(inbox->localOnly);
    QCOMPARE(inbox->role, Store::SpecialUse::Inbox);
    QCOMPARE(inbox->totalCount, 3);
    QCOMPARE(Store::MessageStore(*m_database).uids(inboxId).value(), (QList<quint32> {3, 5, 20}));
    QCOMPARE(record(withBody).bodyState, Store::BodyState::Full);
    QVERIFY(folder(QStringLiteral("Archive"))->localOnly);
    QCOMPARE(folder(QStringLiteral("Archive"))->sync.uidValidity, 1U);

    // The POP3 Inbox is the IMAP one, not a second "INBOX", and new local UIDs follow on.
    const Store::Result<Services::Pop3LocalFolderIds> pop3 = Services::Pop3LocalFolders::ensure(*m_database);
    QVERIFY(pop3.ok());
    QCOMPARE(pop3.value().inbox, inboxId);
    QVERIFY(pop3.value().madeLocal.isEmpty()); // done once
    const qint64 next = addRow(inboxId, QStringLiteral("d@x"), true, {}, "u9");
    QCOMPARE(record(next).uid, std::optional<quint32>(21));
}

void TestCacheHandover::adoptMovesTheRowWithItsBody()
{
    const Store::Result<Services::Pop3LocalFolderIds> pop3 = Services::Pop3LocalFolders::ensure(*m_database);
    QVERIFY(pop3.ok());
    const qint64 row = addRow(pop3.value().inbox, QStringLiteral("a@x"), true, {}, "u1");
    const Store::MessageRecord before = record(row);
    QVERIFY(CacheHandover::setAsideLocalFolders(*m_database, {QStringLiteral("INBOX")}).ok());
    Store::NewFolder server;
    server.path = QStringLiteral("INBOX");
    server.role = Store::SpecialUse::Inbox;
    Store::FolderStore folders(*m_database);
    const qint64 inboxId = folders.create(server).value();
    QVERIFY(folders.setSyncState(inboxId, {7, 0, 0}).ok());

    const Store::FlagUpdate flags {42, Store::MessageFlag::Seen, {QStringLiteral("$label1")}, 9};
    QVERIFY(Store::MessageStore(*m_database).adopt(row, inboxId, flags).ok());
    const Store::MessageRecord after = record(row);
    QCOMPARE(after.folderId, inboxId);
    QCOMPARE(after.uid, std::optional<quint32>(42));
    QCOMPARE(after.uidValidity, 7U);
    QCOMPARE(after.flags, Store::MessageFlags(Store::MessageFlag::Seen));
    QCOMPARE(after.keywords, QStringList {QStringLiteral("$label1")});
    QCOMPARE(after.bodyState, Store::BodyState::Full);
    QCOMPARE(after.blobKey, before.blobKey);
    QCOMPARE(after.uidl, QByteArray("u1")); // for a switch back to POP3
    QCOMPARE(Store::MessageStore(*m_database).idForUid(inboxId, 42).value(), std::optional<qint64>(row));
    QCOMPARE(folder(QStringLiteral("INBOX"))->totalCount, 1);
    QCOMPARE(folder(QStringLiteral("INBOX"))->unreadCount, 0);
    QCOMPARE(folder(QStringLiteral("INBOX (local)"))->totalCount, 0);
}

void TestCacheHandover::copiesAreFoundByMessageIdAndSize()
{
    Store::CachedCopies copies(*m_database);
    QCOMPARE(copies.anyInLocalFolders().value(), false);
    const Store::Result<Services::Pop3LocalFolderIds> pop3 = Services::Pop3LocalFolders::ensure(*m_database);
    QVERIFY(pop3.ok());
    QCOMPARE(copies.anyInLocalFolders().value(), false); // empty folders
    addRow(pop3.value().inbox, QString(), true, {}, "no-id");
    QCOMPARE(copies.anyInLocalFolders().value(), false); // nothing to match by
    const qint64 row = addRow(pop3.value().inbox, QStringLiteral("a@x"), true, {}, "u1");
    QCOMPARE(copies.anyInLocalFolders().value(), true);

    QCOMPARE(copies.inLocalFolders(QStringLiteral("<a@x>"), 1234).value().size(), 1);
    QCOMPARE(copies.inLocalFolders(QStringLiteral("<a@x>"), 1234).value().first().id, row);
    QVERIFY(copies.inLocalFolders(QStringLiteral("<a@x>"), 1235).value().isEmpty());
    QVERIFY(copies.inLocalFolders(QStringLiteral("<b@x>"), 1234).value().isEmpty());
    QVERIFY(copies.inLocalFolders(QString(), 1234).value().isEmpty());

    // A server folder's rows are the server's, not copies; nor are rows a UIDL names.
    Store::NewFolder server;
    server.path = QStringLiteral("Archive");
    const qint64 archiveId = Store::FolderStore(*m_database).create(server).value();
    QVERIFY(Store::FolderStore(*m_database).setSyncState(archiveId, {3, 0, 0}).ok());
    addRow(archiveId, QStringLiteral("c@x"), true, 1);
    QVERIFY(copies.inLocalFolders(QStringLiteral("c@x"), 1234).value().isEmpty());
    const qint64 fromImap = addRow(pop3.value().inbox, QStringLiteral("d@x"), false);
    const QList<Store::CachedCopy> withoutUidl = copies.withoutUidl(pop3.value().inbox).value();
    QCOMPARE(withoutUidl.size(), 1);
    QCOMPARE(withoutUidl.first().id, fromImap);
    QCOMPARE(withoutUidl.first().bodyState, Store::BodyState::None);
}

QTEST_GUILESS_MAIN(TestCacheHandover)
#include "tst_cachehandover.moc"
