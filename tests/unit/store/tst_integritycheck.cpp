#include "store/integritycheck.h"

#include "store/blobstore.h"
#include "store/messagequery.h"
#include "store/messagestore.h"
#include "store/offlinejournal.h"
#include "store/outbox.h"
#include "storetesting.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <sys/stat.h>
#include <utime.h>

using namespace Letterbox::Store;
using StoreTesting::Cache;
using StoreTesting::message;
using StoreTesting::withBlob;

namespace {

IntegrityReport check(Database &database, std::chrono::seconds grace = std::chrono::seconds(0))
{
    IntegrityCheck integrity(database);
    integrity.setGracePeriod(grace);
    const Result<IntegrityReport> report = integrity.run();
    if (!report.ok()) {
        qFatal("the integrity check failed: %s", qPrintable(report.message()));
    }
    return report.value();
}

void backdate(const QString &path)
{
    const time_t old = time(nullptr) - 7200;
    struct utimbuf times = {old, old};
    QVERIFY(::utime(QFile::encodeName(path).constData(), &times) == 0);
}

} // namespace

class TestIntegrityCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthyCacheIsClean()
    {
        Cache cache;
        QVERIFY(MessageStore(cache.db())
                    .insert(cache.inbox, {withBlob(message(1, QStringLiteral("fine")), cache.db().blobs(), "bytes")})
                    .ok());
        const IntegrityReport report = check(cache.db());
        QVERIFY(report.databaseHealthy);
        QVERIFY(report.isClean());
        QVERIFY(report.problems.isEmpty());
    }

    void blobWithoutARowIsRemoved()
    {
        Cache cache;
        const NewMessage kept = withBlob(message(1, QStringLiteral("kept")), cache.db().blobs(), "kept");
        QVERIFY(MessageStore(cache.db()).insert(cache.inbox, {kept}).ok());
        // A crash between a blob's commit and its row's commit leaves exactly this.
        const QString orphan = cache.db().blobs().write("orphan").value().key;
        backdate(cache.db().blobs().filePath(orphan).value());
        const IntegrityReport report = check(cache.db());
        QCOMPARE(report.orphanBlobsRemoved, 1);
        QVERIFY(!cache.db().blobs().contains(orphan));
        QVERIFY(cache.db().blobs().contains(kept.blobKey));
        QVERIFY(check(cache.db()).isClean()); // and a second run finds nothing more
    }

    void recentOrphansAreKeptForAnotherWriter()
    {
        Cache cache;
        const QString recent = cache.db().blobs().write("just committed by letterbox-cli").value().key;
        const QString old = cache.db().blobs().write("left by a crash").value().key;
        backdate(cache.db().blobs().filePath(old).value());
        const IntegrityReport report = check(cache.db(), std::chrono::hours(1));
        QCOMPARE(report.orphanBlobsRemoved, 1);
        QCOMPARE(report.orphanBlobsKept, 1);
        QVERIFY(cache.db().blobs().contains(recent));
        QVERIFY(!cache.db().blobs().contains(old));
    }

    void rowWithoutItsBlobIsMarkedMissing()
    {
        Cache cache;
        const NewMessage m = withBlob(message(1, QStringLiteral("lost body")), cache.db().blobs(), "bytes");
        const qint64 id = MessageStore(cache.db()).insert(cache.inbox, {m}).value().first();
        QVERIFY(QFile::remove(cache.db().blobs().filePath(m.blobKey).value()));
        const IntegrityReport report = check(cache.db());
        QCOMPARE(report.messagesMissingBody, QList<qint64> {id});
        const MessageRecord r = MessageQuery(cache.db()).record(id).value().value();
        QCOMPARE(r.bodyState, BodyState::Missing);
        QVERIFY(r.blobKey.isEmpty());
        QCOMPARE(r.subject, QStringLiteral("lost body")); // the headers are still there
        QVERIFY(check(cache.db()).isClean());
    }

    void outboxAndJournalWithoutTheirBlobsFail()
    {
        Cache cache;
        const QString outgoing = cache.db().blobs().write("to send").value().key;
        const qint64 entry
            = Outbox(cache.db()).enqueue(outgoing, QStringLiteral("me@x"), {QStringLiteral("you@x")}, {}).value();
        NewJournalEntry upload;
        upload.kind = JournalKind::Append;
        upload.folderPath = QStringLiteral("Sent");
        upload.blobKey = cache.db().blobs().write("to upload").value().key;
        const qint64 change = OfflineJournal(cache.db()).append(upload).value();
        // Referenced blobs are not orphans.
        QVERIFY(check(cache.db()).isClean());
        QVERIFY(cache.db().blobs().remove(outgoing).ok());
        QVERIFY(cache.db().blobs().remove(upload.blobKey).ok());
        const IntegrityReport report = check(cache.db());
        QCOMPARE(report.outboxEntriesMissing, QList<qint64> {entry});
        QCOMPARE(report.journalEntriesMissing, QList<qint64> {change});
        QCOMPARE(Outbox(cache.db()).entry(entry).value()->state, OutboxState::Failed);
        QCOMPARE(OfflineJournal(cache.db()).failed().value().size(), 1);
    }

    void temporaryLeftoversAreRemoved()
    {
        Cache cache;
        {
            Result<BlobWriter> writer = cache.db().blobs().openWriter();
            QVERIFY(writer.value().append("interrupted RETR").ok());
            const QStringList names
                = QDir(cache.db().blobs().directory() + QLatin1String("/tmp")).entryList(QDir::Files);
            QCOMPARE(names.size(), 1);
            // Simulate the kill: the file stays behind, the writer never cleans it up.
            const QString path = cache.db().blobs().directory() + QLatin1String("/tmp/") + names.first();
            QVERIFY(QFile::copy(path, path + QLatin1String(".left")));
            backdate(path + QLatin1String(".left"));
        }
        const IntegrityReport report = check(cache.db());
        QCOMPARE(report.temporaryFilesRemoved, 1);
        QVERIFY(QDir(cache.db().blobs().directory() + QLatin1String("/tmp")).entryList(QDir::Files).isEmpty());
    }

    void searchIndexThatDisagreesIsRebuilt()
    {
        Cache cache;
        NewMessage m = message(1, QStringLiteral("original subject"));
        const qint64 id = MessageStore(cache.db()).insert(cache.inbox, {m}).value().first();
        // Change indexed text behind the index's back, as a half-applied bug would.
        QVERIFY(cache.db().exec(QStringLiteral("UPDATE messages SET subject = 'replacement words'")).ok());
        // The quick check at start does not read the whole index…
        QVERIFY(!check(cache.db()).searchIndexRebuilt);
        // …the thorough one does, and repairs it.
        IntegrityCheck thorough(cache.db());
        thorough.setDepth(IntegrityCheck::Depth::Thorough);
        const IntegrityReport report = thorough.run().value();
        QVERIFY(report.databaseHealthy);
        QVERIFY(report.searchIndexRebuilt);
        QCOMPARE(MessageQuery(cache.db()).search(QStringLiteral("replacement"), 5).value().size(), 1);
        QCOMPARE(MessageQuery(cache.db()).search(QStringLiteral("original"), 5).value().size(), 0);
        Q_UNUSED(id);
    }

    void wrongFolderCountsAreRecounted()
    {
        Cache cache;
        NewMessage read = message(1, QStringLiteral("read"));
        read.flags = MessageFlag::Seen;
        QVERIFY(MessageStore(cache.db()).insert(cache.inbox, {read, message(2, QStringLiteral("unread"))}).ok());
        QVERIFY(check(cache.db()).foldersRecounted.isEmpty());
        QVERIFY(cache.db().exec(QStringLiteral("UPDATE folders SET total_count = 7, unread_count = 5")).ok());
        const IntegrityReport report = check(cache.db());
        QCOMPARE(report.foldersRecounted, QList<qint64> {cache.inbox});
        const Folder inbox = FolderStore(cache.db()).folder(cache.inbox).value().value();
        QCOMPARE(inbox.totalCount, 2);
        QCOMPARE(inbox.unreadCount, 1);
    }

    void damagedDatabaseIsReportedAndNothingIsRemoved()
    {
        QTemporaryDir directory;
        QString orphan;
        {
            Database database(directory.path());
            QVERIFY(database.open().ok());
            NewFolder folder;
            folder.path = QStringLiteral("INBOX");
            const qint64 inbox = FolderStore(database).create(folder).value();
            QList<NewMessage> batch;
            for (quint32 uid = 1; uid <= 3000; ++uid) {
                NewMessage m = message(uid, QStringLiteral("subject %1").arg(uid));
                m.bodyText = QStringLiteral("words for the index %1 ").arg(uid).repeated(10);
                batch.append(m);
            }
            QVERIFY(MessageStore(database).insert(inbox, batch).ok());
            orphan = database.blobs().write("an orphan, or is it?").value().key;
        }
        // Scribble over pages in the second half of the file, away from the schema.
        QFile file(directory.filePath(Database::cacheFileName()));
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 200000);
        for (qint64 offset = size / 2; offset < size - 8192; offset += size / 8) {
            QVERIFY(file.seek(offset));
            file.write(QByteArray(4096, '\xa5'));
        }
        file.close();

        Database database(directory.path());
        const Status opened = database.open();
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        IntegrityCheck integrity(database);
        integrity.setGracePeriod(std::chrono::seconds(0));
        const Result<IntegrityReport> report = integrity.run();
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY(!report.value().databaseHealthy);
        QVERIFY(!report.value().problems.isEmpty());
        QVERIFY(!report.value().isClean());
        // A damaged index cannot say what is an orphan: the blob stays.
        QVERIFY(database.blobs().contains(orphan));
        QCOMPARE(report.value().orphanBlobsRemoved, 0);
    }

    void closedDatabaseIsAnError()
    {
        QTemporaryDir directory;
        Database database(directory.path());
        QCOMPARE(IntegrityCheck(database).run().code(), ErrorCode::NotOpen);
    }
};

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"
