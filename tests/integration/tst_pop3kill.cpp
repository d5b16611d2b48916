// A real kill: pop3syncchild downloads erin's maildrop from the lab and is SIGKILLed at
// several points (right after the listing, after a few messages, after one committed
// batch and more); then a normal run. Every message must be in the cache exactly once,
// each run must fetch only what is not stored yet, and under "leave on server" all stay
// on the server. The user erin belongs to this test.
#include "pop3labmailbox.h"

#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagestore.h"
#include "store/pop3ledger.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox;

namespace {

constexpr int s_messages = 240;

struct ChildRun
{
    bool killed = false;
    bool finishedOk = false;
    qint64 total = -1; ///< from the first progress line
    qint64 done = 0;
    QByteArray output;
};

} // namespace

class TestPop3Kill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedAtSeveralPoints();

private:
    /// Runs the child; kills it once it reports @p killAt messages downloaded (-1: never).
    ChildRun runChild(const QString &cache, qint64 killAt);
    qint64 cachedCount(const QString &cache);

    std::optional<LabEnvironment> m_lab;
    std::unique_ptr<Pop3LabMailbox> m_mailbox;
};

void TestPop3Kill::initTestCase()
{
    QString error;
    m_lab = LabEnvironment::load(&error);
    QVERIFY2(m_lab, qPrintable(error));
    m_mailbox = std::make_unique<Pop3LabMailbox>(*m_lab, QStringLiteral("erin"));
    QVERIFY2(m_mailbox->clear(&error), qPrintable(error));
    QVERIFY2(m_mailbox->fill(s_messages, &error), qPrintable(error));
}

ChildRun TestPop3Kill::runChild(const QString &cache, qint64 killAt)
{
    ChildRun run;
    QProcess child;
    QStringList arguments {cache, QStringLiteral("erin")};
    if (killAt >= 0) {
        arguments.append(QString::number(killAt));
    }
    child.start(QStringLiteral(LETTERBOX_POP3_SYNC_CHILD), arguments);
    if (!child.waitForStarted(10000)) {
        return run;
    }
    QDeadlineTimer deadline(120000);
    QByteArray pending;
    while (!deadline.hasExpired() && child.state() != QProcess::NotRunning && !run.killed) {
        child.waitForReadyRead(200);
        pending += child.readAllStandardError();
        qsizetype end;
        while (!run.killed && (end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            run.output += line + '\n';
            const QList<QByteArray> words = line.split(' ');
            if (words.value(0) == "progress") {
                run.done = words.value(1).toLongLong();
                if (run.total < 0) {
                    run.total = words.value(2).toLongLong();
                }
                if (killAt >= 0 && run.done >= killAt) {
                    child.kill(); // SIGKILL: no destructor, no flush, no QUIT
                    run.killed = true;
                }
            } else if (line == "finished ok") {
                run.finishedOk = true;
            }
        }
    }
    if (child.state() != QProcess::NotRunning) {
        child.kill();
    }
    child.waitForFinished(10000);
    run.output += child.readAllStandardError();
    run.finishedOk = run.finishedOk || run.output.contains("finished ok\n");
    return run;
}

qint64 TestPop3Kill::cachedCount(const QString &cache)
{
    Store::Database database(cache);
    if (!database.open().ok()) {
        return -1;
    }
    const auto inbox = Store::FolderStore(database).findByRole(Store::SpecialUse::Inbox);
    return inbox.ok() && inbox.value() ? inbox.value()->totalCount : 0;
}

void TestPop3Kill::killedAtSeveralPoints()
{
    QTemporaryDir directory;
    const QString cache = directory.path();
    qint64 stored = 0;
    // 0: after the listing was recorded, before any RETR; 5: inside the first batch;
    // 70 and 80: after a committed batch of 64.
    for (const qint64 killAt : {0, 5, 70, 80}) {
        const ChildRun run = runChild(cache, killAt);
        QVERIFY2(run.killed, run.output.constData());
        const qint64 now = cachedCount(cache);
        QVERIFY2(now >= stored, run.output.constData());
        // Each run asks only for what the cache does not hold yet.
        QCOMPARE(run.total, s_messages - stored);
        qInfo("killed at %lld of %lld: %lld cached", run.done, run.total, now);
        stored = now;
    }
    QVERIFY2(stored >= 64, "two runs past a committed batch stored nothing");

    const ChildRun last = runChild(cache, -1);
    QVERIFY2(last.finishedOk, last.output.constData());
    QCOMPARE(last.total, s_messages - stored);

    QString error;
    const std::optional<QList<QByteArray>> uidls = m_mailbox->uidls(&error);
    QVERIFY2(uidls, qPrintable(error));
    QCOMPARE(uidls->size(), s_messages); // leave on server: all still there
    Store::Database database(cache);
    QVERIFY(database.open().ok());
    const auto inbox = Store::FolderStore(database).findByRole(Store::SpecialUse::Inbox).value();
    QVERIFY(inbox);
    // Exactly once: one row per UIDL, and no more rows than UIDLs.
    QCOMPARE(inbox->totalCount, s_messages);
    for (const QByteArray &uidl : *uidls) {
        const auto id = Store::MessageStore(database).idForUidl(inbox->id, uidl);
        QVERIFY2(id.ok() && id.value(), uidl.constData());
        QVERIFY(Store::Pop3Ledger(database).entry(uidl).value()->stored);
    }
}

QTEST_GUILESS_MAIN(TestPop3Kill)
#include "tst_pop3kill.moc"
