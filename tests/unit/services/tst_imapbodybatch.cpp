// ImapBodyBatch: whole IMAP bodies go into the cached header rows a batch at a time — the
// blobs durable together first (one file sync, one directory fsync), the rows after — and
// a body whose row went meanwhile leaves no blob behind.
#include "services/imap/imapbodybatch.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagequery.h"
#include "store/messagestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox;

class TestImapBodyBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void bodiesFillTheirRowsAndAreSearchable();
    void blobsAreDurableBeforeAnyRowHasItsBody();
    void aRowGoneMeanwhileLeavesNoBlob();
    void aBatchNeverFlushedLeavesNothing();
    void fullAtMaxMessages();

private:
    [[nodiscard]] QByteArray message(int index) const;
    [[nodiscard]] Store::MessageRecord record(qint64 id) const;

    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<Store::Database> m_database;
    QList<qint64> m_rows; ///< header rows, UIDs 1..3, no body yet
};

void TestImapBodyBatch::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Store::Database>(m_directory->path());
    QVERIFY(m_database->open().ok());
    Store::NewFolder inbox;
    inbox.path = QStringLiteral("INBOX");
    inbox.uidValidity = 7;
    const Store::Result<qint64> folder = Store::FolderStore(*m_database).create(inbox);
    QVERIFY(folder.ok());
    QList<Store::NewMessage> headers;
    for (quint32 uid = 1; uid <= 3; ++uid) {
        Store::NewMessage header;
        header.uid = uid;
        header.subject = QStringLiteral("message %1").arg(uid);
        header.size = message(int(uid)).size();
        headers.append(header);
    }
    const Store::Result<QList<qint64>> rows = Store::MessageStore(*m_database).insert(folder.value(), headers);
    QVERIFY2(rows.ok(), qPrintable(rows.message()));
    m_rows = rows.value();
}

void TestImapBodyBatch::cleanup()
{
    m_database.reset();
    m_directory.reset();
}

QByteArray TestImapBodyBatch::message(int index) const
{
    return "From: a@letterbox.test\r\nSubject: message " + QByteArray::number(index) + "\r\nMessage-ID: <body-"
        + QByteArray::number(index) + "@letterbox.test>\r\n\r\nThe word pelican" + QByteArray::number(index)
        + " is in the body.\r\n";
}

Store::MessageRecord TestImapBodyBatch::record(qint64 id) const
{
    const Store::Result<std::optional<Store::MessageRecord>> found = Store::MessageQuery(*m_database).record(id);
    return found.ok() && found.value() ? *found.value() : Store::MessageRecord();
}

void TestImapBodyBatch::bodiesFillTheirRowsAndAreSearchable()
{
    Services::ImapBodyBatch batch(*m_database);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(batch.add(m_rows.at(i), message(i + 1)).ok());
    }
    QCOMPARE(batch.waiting(), 3);
    const Store::Result<QList<qint64>> stored = batch.flush();
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    QCOMPARE(stored.value(), m_rows);
    QCOMPARE(batch.waiting(), 0);
    for (int i = 0; i < 3; ++i) {
        const Store::MessageRecord row = record(m_rows.at(i));
        QCOMPARE(row.bodyState, Store::BodyState::Full);
        QVERIFY2(row.snippet.contains(QStringLiteral("pelican%1").arg(i + 1)), qPrintable(row.snippet));
        QCOMPARE(m_database->blobs().read(row.blobKey).value(), message(i + 1));
    }
    // The parsed text reached the search index.
    const auto hits = Store::MessageQuery(*m_database).search(QStringLiteral("pelican2"), 10);
    QVERIFY(hits.ok());
    QCOMPARE(hits.value().size(), 1);
}

void TestImapBodyBatch::blobsAreDurableBeforeAnyRowHasItsBody()
{
    Services::ImapBodyBatch batch(*m_database);
    QList<Store::BlobStore::SyncStep> steps;
    int withBodyAtDirectorySync = -1;
    m_database->blobs().setSyncObserver([&](Store::BlobStore::SyncStep step, const QString &) {
        steps.append(step);
        if (step == Store::BlobStore::SyncStep::DirectorySynced) {
            withBodyAtDirectorySync = 0;
            for (const qint64 id : std::as_const(m_rows)) {
                withBodyAtDirectorySync += record(id).bodyState == Store::BodyState::Full ? 1 : 0;
            }
        }
    });
    for (int i = 0; i < 3; ++i) {
        QVERIFY(batch.add(m_rows.at(i), message(i + 1)).ok());
    }
    // Written, not yet synced or named: a kill now leaves temporary files only.
    QVERIFY(steps.isEmpty());
    QCOMPARE(m_database->blobs().keys().value(), QStringList());
    QVERIFY(batch.flush().ok());
    QList<Store::BlobStore::SyncStep> expected(3, Store::BlobStore::SyncStep::FileSynced);
    expected += QList<Store::BlobStore::SyncStep>(3, Store::BlobStore::SyncStep::Renamed);
    expected.append(Store::BlobStore::SyncStep::DirectorySynced);
    QCOMPARE(steps, expected);
    QCOMPARE(withBodyAtDirectorySync, 0);
    QCOMPARE(record(m_rows.last()).bodyState, Store::BodyState::Full);
}

void TestImapBodyBatch::aRowGoneMeanwhileLeavesNoBlob()
{
    Services::ImapBodyBatch batch(*m_database);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(batch.add(m_rows.at(i), message(i + 1)).ok());
    }
    // The person deleted the second message while its body was on the way.
    QVERIFY(Store::MessageStore(*m_database).remove({m_rows.at(1)}).ok());
    const Store::Result<QList<qint64>> stored = batch.flush();
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    QCOMPARE(stored.value(), (QList<qint64> {m_rows.at(0), m_rows.at(2)}));
    QStringList named {record(m_rows.at(0)).blobKey, record(m_rows.at(2)).blobKey};
    named.sort();
    QStringList keys = m_database->blobs().keys().value();
    keys.sort();
    QCOMPARE(keys, named);
}

void TestImapBodyBatch::aBatchNeverFlushedLeavesNothing()
{
    {
        Services::ImapBodyBatch batch(*m_database);
        QVERIFY(batch.add(m_rows.at(0), message(1)).ok());
    } // the connection dropped before the command's end: the next run fetches it again
    QCOMPARE(m_database->blobs().keys().value(), QStringList());
    QCOMPARE(record(m_rows.at(0)).bodyState, Store::BodyState::None);
    QVERIFY(m_database->blobs().removeTemporaryFiles(QDateTime::currentDateTimeUtc().addSecs(60)).value() == 0);
}

void TestImapBodyBatch::fullAtMaxMessages()
{
    Services::ImapBodyBatch batch(*m_database);
    for (int i = 0; i < Services::ImapBodyBatch::maxMessages - 1; ++i) {
        QVERIFY(batch.add(m_rows.at(0), message(1)).ok());
        QVERIFY(!batch.isFull());
    }
    QVERIFY(batch.add(m_rows.at(0), message(1)).ok());
    QVERIFY(batch.isFull());
}

QTEST_GUILESS_MAIN(TestImapBodyBatch)
#include "tst_imapbodybatch.moc"
