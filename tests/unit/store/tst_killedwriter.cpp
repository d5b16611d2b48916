// A writer killed (SIGKILL, a real child process) at random moments must leave a cache
// that passes the integrity check, whose every committed row has its blob, and in which
// no batch is half there.

#include "store/blobstore.h"
#include "store/database.h"
#include "store/integritycheck.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace Letterbox::Store;

namespace {

constexpr int s_batchSize = 25;

// The highest batch the child said it committed, from its output so far.
qint64 lastCommitted(const QByteArray &output)
{
    static const QRegularExpression s_committed(QStringLiteral("committed (\\d+)"));
    qint64 last = -1;
    QRegularExpressionMatchIterator it = s_committed.globalMatch(QString::fromLatin1(output));
    while (it.hasNext()) {
        last = it.next().captured(1).toLongLong();
    }
    return last;
}

} // namespace

class TestKilledWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomMomentsLeavesAConsistentCache()
    {
        QTemporaryDir directory;
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator random(seed);
        qint64 committedSoFar = -1;
        int killsDuringWork = 0;

        for (int round = 0; round < 8; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QStringLiteral(STORE_WRITER_PATH), {directory.path(), QString::number(s_batchSize)});
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
            QByteArray output;
            if (round == 0) {
                // The first kill may land while the schema is being created.
                QTest::qWait(random.bounded(40));
            } else {
                // Let it commit at least one batch of this run, then kill it somewhere
                // in the middle of the next ones.
                const qint64 before = committedSoFar;
                QDeadlineTimer deadline(60000);
                while (
                    lastCommitted(output) <= before && !deadline.hasExpired() && child.state() == QProcess::Running) {
                    child.waitForReadyRead(100);
                    output += child.readAllStandardOutput();
                }
                QVERIFY2(lastCommitted(output) > before, child.readAllStandardError().constData());
                QTest::qWait(random.bounded(200));
            }
            QCOMPARE(child.state(), QProcess::Running);
            QVERIFY(::kill(pid_t(child.processId()), SIGKILL) == 0);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            output += child.readAllStandardOutput();
            const QByteArray errors = child.readAllStandardError();
            QVERIFY2(!errors.contains("store-writer:"), errors.constData()); // it failed on its own
            const qint64 reported = lastCommitted(output);
            committedSoFar = std::max(committedSoFar, reported);
            if (output.contains("ready")) {
                ++killsDuringWork;
            }

            // The survivor's view.
            Database database(directory.path());
            const Status opened = database.open();
            QVERIFY2(opened.ok(), qPrintable(opened.message()));
            IntegrityCheck integrity(database);
            integrity.setGracePeriod(std::chrono::seconds(0));
            integrity.setDepth(IntegrityCheck::Depth::Thorough); // the index must survive kills too
            const Result<IntegrityReport> report = integrity.run();
            QVERIFY2(report.ok(), qPrintable(report.message()));
            QVERIFY2(report.value().databaseHealthy, qPrintable(report.value().problems.join(QLatin1Char('\n'))));
            QVERIFY(report.value().messagesMissingBody.isEmpty()); // every committed row has its blob
            QVERIFY(!report.value().searchIndexRebuilt);
            qInfo("round %d: killed after batch %lld; removed %d orphan blobs and %d temporary files", round,
                static_cast<long long>(reported), report.value().orphanBlobsRemoved,
                report.value().temporaryFilesRemoved);

            if (database.schemaVersion() == 0) {
                continue;
            }
            Result<Statement> rows = database.exec(QStringLiteral("SELECT uid, subject, blob_key FROM messages"));
            QVERIFY(rows.ok());
            QHash<QString, int> perBatch;
            qint64 total = 0;
            while (rows.value().next()) {
                const qint64 uid = rows.value().int64(0);
                const QString subject = rows.value().text(1);
                const QString key = rows.value().text(2);
                ++perBatch[subject];
                ++total;
                QCOMPARE(subject, QStringLiteral("batch %1").arg((uid - 1) / s_batchSize));
                const Result<QByteArray> blob = database.blobs().read(key);
                QVERIFY2(blob.ok(), qPrintable(blob.message()));
                // The whole blob, not a prefix: all four appended lines are there.
                QCOMPARE(blob.value().count(QByteArray(QByteArray("uid ") + QByteArray::number(uid) + " line\r\n")), 4);
            }
            rows.value().finish();
            // No half batch: every batch present has all its rows...
            for (auto it = perBatch.cbegin(); it != perBatch.cend(); ++it) {
                QVERIFY2(it.value() == s_batchSize, qPrintable(it.key()));
            }
            // ...every batch the child reported committed survived the kill, and the batches
            // are consecutive (a later one never exists without the earlier ones).
            QVERIFY(total / s_batchSize >= committedSoFar + 1);
            for (qint64 batch = 0; batch < total / s_batchSize; ++batch) {
                QVERIFY(perBatch.contains(QStringLiteral("batch %1").arg(batch)));
            }
            committedSoFar = total / s_batchSize - 1;
            // Only referenced blobs and no temporary files are left.
            QCOMPARE(database.blobs().keys().value().size(), total);
            QVERIFY(QDir(database.blobs().directory() + QLatin1String("/tmp")).entryList(QDir::Files).isEmpty());
        }
        QVERIFY(committedSoFar >= 4);
        QVERIFY(killsDuringWork >= 7);
    }
};

QTEST_GUILESS_MAIN(TestKilledWriter)
#include "tst_killedwriter.moc"
