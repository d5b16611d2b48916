// Pop3DownloadBatch: streamed messages become blobs with random keys and rows with their
// UIDL, committed with the ledger's "stored" mark. A hostile UIDL (`../../x`, 2,000
// bytes, control characters) is only ever a key in the database, never part of a path.
#include "services/pop3/pop3downloadbatch.h"
#include "services/pop3/pop3localfolders.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagestore.h"
#include "store/pop3ledger.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox;

class TestPop3DownloadBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void localFoldersOnce();
    void hostileUidlsAreNeverPaths();
    void sameUidlTwiceIsOneRow();
    void abortedMessageLeavesNothing();
    void blobsAreDurableOncePerBatchBeforeAnyRow();

private:
    QByteArray message(int index) const;
    void download(Services::Pop3DownloadBatch &batch, const QByteArray &uidl, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<Store::Database> m_database;
    qint64 m_inbox = 0;
};

void TestPop3DownloadBatch::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir().mkpath(m_directory->filePath(QStringLiteral("cache"))));
    m_database = std::make_unique<Store::Database>(m_directory->filePath(QStringLiteral("cache")));
    QVERIFY(m_database->open().ok());
    const Store::Result<Services::Pop3LocalFolderIds> folders = Services::Pop3LocalFolders::ensure(*m_database);
    QVERIFY2(folders.ok(), qPrintable(folders.status().message()));
    m_inbox = folders.value().inbox;
}

void TestPop3DownloadBatch::cleanup()
{
    m_database.reset();
    m_directory.reset();
}

QByteArray TestPop3DownloadBatch::message(int index) const
{
    return "From: a@letterbox.test\r\nSubject: message " + QByteArray::number(index) + "\r\nMessage-ID: <batch-"
        + QByteArray::number(index) + "@letterbox.test>\r\n\r\nBody " + QByteArray::number(index) + "\r\n";
}

void TestPop3DownloadBatch::download(
    Services::Pop3DownloadBatch &batch, const QByteArray &uidl, const QByteArray &bytes)
{
    QVERIFY(batch.beginMessage(uidl).ok());
    // In pieces, as RetrData arrives.
    for (qsizetype at = 0; at < bytes.size(); at += 7) {
        QVERIFY(batch.append(bytes.mid(at, 7)).ok());
    }
    QVERIFY(batch.finishMessage().ok());
}

void TestPop3DownloadBatch::localFoldersOnce()
{
    const Store::Result<Services::Pop3LocalFolderIds> again = Services::Pop3LocalFolders::ensure(*m_database);
    QVERIFY(again.ok());
    QCOMPARE(again.value().inbox, m_inbox);
    const Store::Result<QList<Store::Folder>> folders = Store::FolderStore(*m_database).list();
    QVERIFY(folders.ok());
    QStringList paths;
    for (const Store::Folder &folder : folders.value()) {
        QVERIFY2(folder.localOnly, qPrintable(folder.path));
        QVERIFY(folder.role != Store::SpecialUse::None);
        paths.append(folder.path);
    }
    paths.sort();
    QCOMPARE(paths,
        (QStringList {
            QStringLiteral("Drafts"), QStringLiteral("INBOX"), QStringLiteral("Sent"), QStringLiteral("Trash")}));
}

void TestPop3DownloadBatch::hostileUidlsAreNeverPaths()
{
    const QList<QByteArray> uidls {
        "../../x", QByteArray(2000, 'u'), QByteArray("a\x01\r\n\x7f/b", 7), "/etc/passwd", QByteArray("..\\..\\y")};
    Store::Pop3Ledger ledger(*m_database);
    QList<Store::Pop3ServerMessage> listed;
    for (const QByteArray &uidl : uidls) {
        listed.append({uidl, 10});
    }
    QVERIFY(ledger.recordSeen(listed, QDateTime::currentDateTimeUtc()).ok());
    Services::Pop3DownloadBatch batch(*m_database, m_inbox);
    for (int i = 0; i < uidls.size(); ++i) {
        download(batch, uidls.at(i), message(i));
    }
    const Store::Result<int> stored = batch.flush();
    QVERIFY2(stored.ok(), qPrintable(stored.status().message()));
    QCOMPARE(stored.value(), int(uidls.size()));

    // Every file below the cache is the database or a blob with a random key in its fan-out.
    const QString root = m_directory->filePath(QStringLiteral("cache"));
    const QRegularExpression blobPath(QStringLiteral("^blobs/([0-9a-f]{2})/\\1[0-9a-f]{30}$"));
    int blobs = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(root).relativeFilePath(it.next());
        if (relative.startsWith(QLatin1String("blobs/"))) {
            QVERIFY2(blobPath.match(relative).hasMatch(), qPrintable(relative));
            QVERIFY(Store::BlobStore::isValidKey(it.fileName()));
            ++blobs;
        } else {
            QVERIFY2(relative.startsWith(Store::Database::cacheFileName()), qPrintable(relative));
        }
    }
    QCOMPARE(blobs, int(uidls.size()));
    // Nothing escaped next to or above the cache.
    QCOMPARE(QDir(m_directory->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
        QStringList {QStringLiteral("cache")});

    for (int i = 0; i < uidls.size(); ++i) {
        const Store::Result<std::optional<Store::Pop3LedgerEntry>> entry = ledger.entry(uidls.at(i));
        QVERIFY(entry.ok() && entry.value());
        QVERIFY(entry.value()->stored);
        const auto id = Store::MessageStore(*m_database).idForUidl(m_inbox, uidls.at(i));
        QVERIFY(id.ok() && id.value());
    }
}

void TestPop3DownloadBatch::sameUidlTwiceIsOneRow()
{
    Store::Pop3Ledger ledger(*m_database);
    QVERIFY(ledger.recordSeen({{"one", 10}}, QDateTime::currentDateTimeUtc()).ok());
    Services::Pop3DownloadBatch first(*m_database, m_inbox);
    download(first, "one", message(1));
    QCOMPARE(first.flush().value(), 1);
    // An interrupted run downloads it again before it learned it was stored: still one row.
    Services::Pop3DownloadBatch second(*m_database, m_inbox);
    download(second, "one", message(1));
    QVERIFY(second.flush().ok());
    const Store::Result<std::optional<Store::Folder>> inbox = Store::FolderStore(*m_database).folder(m_inbox);
    QCOMPARE(inbox.value()->totalCount, 1);
}

void TestPop3DownloadBatch::abortedMessageLeavesNothing()
{
    Services::Pop3DownloadBatch batch(*m_database, m_inbox);
    QVERIFY(batch.beginMessage("half").ok());
    QVERIFY(batch.append("From: a@b\r\nSubject: half").ok());
    batch.abortMessage();
    QCOMPARE(batch.flush().value(), 0);
    QCOMPARE(m_database->blobs().keys().value(), QStringList());
    QCOMPARE(Store::FolderStore(*m_database).folder(m_inbox).value()->totalCount, 0);
}

void TestPop3DownloadBatch::blobsAreDurableOncePerBatchBeforeAnyRow()
{
    Store::Pop3Ledger ledger(*m_database);
    QVERIFY(ledger.recordSeen({{"a", 10}, {"b", 10}, {"c", 10}}, QDateTime::currentDateTimeUtc()).ok());
    Services::Pop3DownloadBatch batch(*m_database, m_inbox);
    QList<Store::BlobStore::SyncStep> steps;
    int rowsAtDirectorySync = -1;
    bool markedAtDirectorySync = true;
    m_database->blobs().setSyncObserver([&](Store::BlobStore::SyncStep step, const QString &) {
        steps.append(step);
        if (step == Store::BlobStore::SyncStep::DirectorySynced) {
            rowsAtDirectorySync = Store::FolderStore(*m_database).folder(m_inbox).value()->totalCount;
            markedAtDirectorySync = ledger.entry("a").value()->stored;
        }
    });
    download(batch, "a", message(1));
    download(batch, "b", message(2));
    download(batch, "c", message(3));
    // Each file is written as its message ends; nothing synced, no name, no row, no mark yet.
    QVERIFY(steps.isEmpty());
    QCOMPARE(m_database->blobs().keys().value(), QStringList());
    QCOMPARE(batch.flush().value(), 3);
    // Then the three files synced at once, their names and one directory fsync, all before
    // the rows and the marks.
    QList<Store::BlobStore::SyncStep> expected(3, Store::BlobStore::SyncStep::FileSynced);
    expected += QList<Store::BlobStore::SyncStep>(3, Store::BlobStore::SyncStep::Renamed);
    expected.append(Store::BlobStore::SyncStep::DirectorySynced);
    QCOMPARE(steps, expected);
    QCOMPARE(rowsAtDirectorySync, 0);
    QVERIFY(!markedAtDirectorySync);
    QCOMPARE(Store::FolderStore(*m_database).folder(m_inbox).value()->totalCount, 3);
    QVERIFY(ledger.entry("c").value()->stored);
    QCOMPARE(m_database->blobs().keys().value().size(), 3);
}

QTEST_GUILESS_MAIN(TestPop3DownloadBatch)
#include "tst_pop3downloadbatch.moc"
