#include "store/blobstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <utime.h>

using namespace Letterbox::Store;

namespace {

void makeOld(const QString &path)
{
    // Two hours ago: older than any grace period a test uses.
    const time_t old = time(nullptr) - 7200;
    struct utimbuf times = {old, old};
    QVERIFY(::utime(QFile::encodeName(path).constData(), &times) == 0);
}

} // namespace

class TestBlobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeAndReadBack()
    {
        QTemporaryDir directory;
        BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
        const QByteArray message("From: a@example.org\r\nSubject: hi\r\n\r\nbody\r\n");
        const Result<BlobInfo> written = blobs.write(message);
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QVERIFY(BlobStore::isValidKey(written.value().key));
        QCOMPARE(written.value().size, message.size());
        QVERIFY(blobs.contains(written.value().key));
        QCOMPARE(blobs.read(written.value().key).value(), message);
        QCOMPARE(blobs.size(written.value().key).value(), message.size());
        // Fan-out: blobs/<first two>/<key>, private to the user.
        const QString path = blobs.filePath(written.value().key).value();
        QCOMPARE(QFileInfo(path).dir().dirName(), written.value().key.left(2));
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
        // Keys are never reused.
        QVERIFY(blobs.write(message).value().key != written.value().key);
    }

    void streamingWriterCommitsInPieces()
    {
        QTemporaryDir directory;
        BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
        Result<BlobWriter> writer = blobs.openWriter();
        QVERIFY(writer.ok());
        QByteArray expected;
        for (int i = 0; i < 200; ++i) {
            const QByteArray chunk = QByteArray::number(i).repeated(1000) + "\r\n";
            expected += chunk;
            QVERIFY(writer.value().append(chunk).ok());
        }
        QCOMPARE(writer.value().size(), expected.size());
        // Nothing is visible before the commit: no key, only a temporary file.
        QCOMPARE(blobs.keys().value().size(), 0);
        QCOMPARE(QDir(blobs.directory() + QLatin1String("/tmp")).entryList(QDir::Files).size(), 1);
        const Result<BlobInfo> committed = writer.value().commit();
        QVERIFY(committed.ok());
        QVERIFY(!writer.value().isOpen());
        QCOMPARE(blobs.read(committed.value().key).value(), expected);
        QCOMPARE(QDir(blobs.directory() + QLatin1String("/tmp")).entryList(QDir::Files).size(), 0);
        QVERIFY(!writer.value().append("more").ok()); // a committed writer takes nothing more
    }

    void abortedOrDroppedWritersLeaveNothing()
    {
        QTemporaryDir directory;
        BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
        {
            Result<BlobWriter> writer = blobs.openWriter();
            QVERIFY(writer.value().append("half a message").ok());
            writer.value().abort();
            writer.value().abort(); // twice is harmless
        }
        {
            Result<BlobWriter> writer = blobs.openWriter();
            QVERIFY(writer.value().append("dropped without commit").ok());
        }
        QCOMPARE(blobs.keys().value().size(), 0);
        QCOMPARE(QDir(blobs.directory() + QLatin1String("/tmp")).entryList(QDir::Files).size(), 0);
    }

    void commitSyncsBeforeRenamingAndRenamesBeforeReturning()
    {
        QTemporaryDir directory;
        BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
        QList<BlobStore::SyncStep> steps;
        bool keyVisibleAtFileSync = true;
        blobs.setSyncObserver([&](BlobStore::SyncStep step, const QString &) {
            if (step == BlobStore::SyncStep::FileSynced) {
                keyVisibleAtFileSync = !blobs.keys().value().isEmpty();
            }
            steps.append(step);
        });
        const Result<BlobInfo> written = blobs.write("the bytes");
        QVERIFY(written.ok());
        const QList<BlobStore::SyncStep> expected {
            BlobStore::SyncStep::FileSynced, BlobStore::SyncStep::Renamed, BlobStore::SyncStep::DirectorySynced};
        QCOMPARE(steps, expected);
        QVERIFY2(!keyVisibleAtFileSync, "the final name must not exist before the bytes are synced");
    }

    void batchSyncsEveryFileThenRenamesThenSyncsTheDirectoryOnce()
    {
        QTemporaryDir directory;
        BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
        QVERIFY(blobs.write("makes the folders").ok());
        QList<BlobStore::SyncStep> steps;
        blobs.setSyncObserver([&](BlobStore::SyncStep step, const QString &) { steps.append(step); });
        BlobBatch batch(blobs);
        QStringList keys;
        for (int i = 0; i < 10; ++i) {
            const Result<BlobInfo> staged = batch.write(QByteArray::number(i).repeated(100));
            QVERIFY2(staged.ok(), qPrintable(staged.message()));
            QVERIFY(BlobStore::isValidKey(staged.value().key));
            // Staged: written, but no file has the key's name, so no row may point to it.
            QVERIFY(!blobs.contains(staged.value().key));
            keys.append(staged.value().key);
        }
        QCOMPARE(batch.staged(), 10);
        QVERIFY(steps.isEmpty()); // nothing synced one by one: commit() syncs the batch at once
        QCOMPARE(QDir(blobs.directory() + QLatin1String("/tmp")).entryList(QDir::Files).size(), 10);
        QVERIFY(batch.commit().ok());
        QCOMPARE(batch.staged(), 0);
        // All ten files' bytes, then all ten names, then one fsync of the one directory they share.
        QList<BlobStore::SyncStep> expected(10, BlobStore::SyncStep::FileSynced);
        expected += QList<BlobStore::SyncStep>(10, BlobStore::SyncStep::Renamed);
        expected.append(BlobStore::SyncStep::DirectorySynced);
        QCOMPARE(steps, expected);
        for (int i = 0; i < keys.size(); ++i) {
            QCOMPARE(keys.at(i).left(2), keys.first().left(2));
            QCOMPARE(blobs.read(keys.at(i)).value(), QByteArray::number(i).repeated(100));
        }
        QCOMPARE(QDir(blobs.directory() + QLatin1String("/tmp")).entryList(QDir::Files).size(), 0);
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
    }

    void batchStreamsLikeAWriter()
    {
        QTemporaryDir directory;
        BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
        BlobBatch batch(blobs);
        Result<BlobWriter> writer = batch.openWriter();
        QVERIFY(writer.ok());
        QVERIFY(writer.value().append("From: a\r\n").ok());
        QVERIFY(writer.value().append("\r\nstreamed\r\n").ok());
        const Result<BlobInfo> staged = writer.value().commit();
        QVERIFY(staged.ok());
        QCOMPARE(staged.value().size, qint64(21));
        QVERIFY(!blobs.contains(staged.value().key));
        QVERIFY(batch.commit().ok());
        QCOMPARE(blobs.read(staged.value().key).value(), QByteArray("From: a\r\n\r\nstreamed\r\n"));
    }

    void abortedOrDroppedBatchesLeaveNothing()
    {
        QTemporaryDir directory;
        BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
        QString dropped;
        {
            BlobBatch batch(blobs);
            dropped = batch.write("never committed").value().key;
            Result<BlobWriter> writer = batch.openWriter();
            QVERIFY(writer.value().append("half").ok()); // the writer goes first, aborted
        }
        BlobBatch aborted(blobs);
        const QString abortedKey = aborted.write("aborted").value().key;
        aborted.abort();
        aborted.abort();
        QCOMPARE(aborted.staged(), 0);
        QVERIFY(aborted.commit().ok()); // an empty batch commits nothing
        QVERIFY(!blobs.contains(dropped));
        QVERIFY(!blobs.contains(abortedKey));
        QCOMPARE(blobs.keys().value(), QStringList());
        QCOMPARE(QDir(blobs.directory() + QLatin1String("/tmp")).entryList(QDir::Files).size(), 0);
    }

    void batchThatCannotSyncHandsOutNoKey()
    {
        QTemporaryDir directory;
        BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
        BlobBatch batch(blobs);
        const QString key = batch.write("bytes").value().key;
        // The fan-out directory cannot be made (a file has its name): the rename fails.
        QFile blocker(blobs.directory() + QLatin1Char('/') + key.left(2));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!batch.commit().ok());
        QVERIFY(!blobs.contains(key));
        QCOMPARE(batch.staged(), 0);
        QCOMPARE(QDir(blobs.directory() + QLatin1String("/tmp")).entryList(QDir::Files).size(), 0);
    }

    void hostileKeysNeverEscapeTheBlobsFolder_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("parent-path") << QStringLiteral("../../x");
        QTest::newRow("sentinel-beside") << QStringLiteral("../sentinel");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("dot-dot") << QStringLiteral("..");
        QTest::newRow("empty") << QString();
        QTest::newRow("slash-inside-hex-length") << QStringLiteral("0123456789abcdef/123456789abcdef");
        QTest::newRow("upper-case-hex") << QStringLiteral("0123456789ABCDEF0123456789ABCDEF");
        QTest::newRow("too-long") << QStringLiteral("a").repeated(2000);
        QTest::newRow("nul-byte") << QStringLiteral("0123456789abcdef0123456789abcde") + QChar(0);
        QTest::newRow("control-characters") << QStringLiteral("\r\n\t0123456789abcdef0123456789abc");
        QTest::newRow("uidl-like") << QStringLiteral("1234567890.maildrop.example.org");
    }

    void hostileKeysNeverEscapeTheBlobsFolder()
    {
        QFETCH(QString, key);
        QTemporaryDir directory;
        const QString sentinel = directory.filePath(QStringLiteral("sentinel"));
        QFile file(sentinel);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("must survive");
        file.close();
        BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
        QVERIFY(blobs.ensureDirectory().ok());

        QVERIFY(!BlobStore::isValidKey(key));
        QCOMPARE(blobs.filePath(key).code(), ErrorCode::InvalidArgument);
        QCOMPARE(blobs.read(key).code(), ErrorCode::InvalidArgument);
        QCOMPARE(blobs.size(key).code(), ErrorCode::InvalidArgument);
        QCOMPARE(blobs.remove(key).code(), ErrorCode::InvalidArgument);
        QCOMPARE(blobs.duplicate(key).code(), ErrorCode::InvalidArgument);
        QVERIFY(!blobs.contains(key));
        QVERIFY(QFileInfo::exists(sentinel));
    }

    void keysAreMadeHereNeverFromInput()
    {
        // Whatever the content (a UIDL, a path), the key is random hex.
        QTemporaryDir directory;
        BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
        const Result<BlobInfo> written = blobs.write("../../x");
        QVERIFY(written.ok());
        QVERIFY(BlobStore::isValidKey(written.value().key));
        QVERIFY(!written.value().key.contains(QLatin1Char('.')));
    }

    void removeIsIdempotent()
    {
        QTemporaryDir directory;
        BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
        const QString key = blobs.write("x").value().key;
        QVERIFY(blobs.remove(key).ok());
        QVERIFY(!blobs.contains(key));
        QVERIFY(blobs.remove(key).ok());
        QCOMPARE(blobs.read(key).code(), ErrorCode::BlobMissing);
    }

    void duplicateIsIndependentOfTheOriginal()
    {
        QTemporaryDir directory;
        BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
        const QString original = blobs.write("shared bytes").value().key;
        const Result<BlobInfo> copy = blobs.duplicate(original);
        QVERIFY(copy.ok());
        QVERIFY(copy.value().key != original);
        QVERIFY(blobs.remove(original).ok());
        QCOMPARE(blobs.read(copy.value().key).value(), QByteArray("shared bytes"));
        QCOMPARE(blobs.duplicate(original).code(), ErrorCode::BlobMissing);
    }

    void usageCountsWhatIsStored()
    {
        QTemporaryDir directory;
        BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
        QCOMPARE(blobs.usage().value().count, 0);
        qint64 bytes = 0;
        for (int i = 1; i <= 50; ++i) {
            const QByteArray data(i * 10, 'm');
            bytes += data.size();
            QVERIFY(blobs.write(data).ok());
        }
        const BlobUsage usage = blobs.usage().value();
        QCOMPARE(usage.count, 50);
        QCOMPARE(usage.bytes, bytes);
        QCOMPARE(blobs.keys().value().size(), 50);
        // Files that are not blobs are not counted as blobs.
        QFile stray(blobs.directory() + QLatin1String("/ab/not-a-key"));
        QDir().mkpath(blobs.directory() + QLatin1String("/ab"));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        QCOMPARE(blobs.keys().value().size(), 50);
    }

    void oldTemporaryFilesAreRemovedRecentOnesKept()
    {
        QTemporaryDir directory;
        BlobStore blobs(directory.filePath(QStringLiteral("blobs")));
        Result<BlobWriter> old = blobs.openWriter();
        QVERIFY(old.value().append("interrupted long ago").ok());
        Result<BlobWriter> fresh = blobs.openWriter();
        QVERIFY(fresh.value().append("still being written").ok());
        const QStringList temporary = QDir(blobs.directory() + QLatin1String("/tmp")).entryList(QDir::Files);
        QCOMPARE(temporary.size(), 2);
        // Pretend the first was left by a crash two hours ago.
        const QString first = blobs.directory() + QLatin1String("/tmp/") + temporary.first();
        makeOld(first);
        const Result<int> removed = blobs.removeTemporaryFiles(QDateTime::currentDateTimeUtc().addSecs(-3600));
        QCOMPARE(removed.value(), 1);
        QVERIFY(!QFileInfo::exists(first));
        QCOMPARE(QDir(blobs.directory() + QLatin1String("/tmp")).entryList(QDir::Files).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
