// ImapWatcher and ImapConnectionPool against scripted servers, for what the lab's Dovecot
// will not do on request: drop an IDLE connection, drop every connection before its
// greeting, refuse a login. Backoff delays are shortened (100 ms doubling to 400 ms).
#include "fakeimapsettings.h"
#include "fakeserver.h"

#include "services/imap/imapconnectionpool.h"
#include "services/imap/imapwatcher.h"
#include "store/database.h"
#include "store/folderstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox;
using Services::ImapConnectionPool;
using Services::ImapWatcher;

namespace {

const QByteArray s_greeting = "* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN LITERAL+ IDLE] fake ready\r\n";

FakeServer &login(FakeServer &server)
{
    return server.send(s_greeting)
        .expectMatch(QRegularExpression(QStringLiteral("^A1 AUTHENTICATE PLAIN ")))
        .send("A1 OK [CAPABILITY IMAP4rev1 LITERAL+ IDLE] logged in\r\n");
}

// Login, the INBOX sync of an empty folder, IDLE.
FakeServer &loginSyncIdle(FakeServer &server)
{
    return login(server)
        .expectMatch(QRegularExpression(QStringLiteral("^A2 SELECT INBOX$")))
        .send("* 0 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 1] ok\r\nA2 OK [READ-WRITE] selected\r\n")
        .expectMatch(QRegularExpression(QStringLiteral("^A3 IDLE$")))
        .send("+ idling\r\n");
}

struct Cache
{
    QTemporaryDir directory;
    Store::Database database {directory.path()};
    bool open()
    {
        if (!directory.isValid() || !database.open().ok()) {
            return false;
        }
        Store::NewFolder inbox;
        inbox.path = QStringLiteral("INBOX");
        inbox.role = Store::SpecialUse::Inbox;
        return Store::FolderStore(database).create(inbox).ok();
    }
};

Services::ImapWatcherOptions fastOptions()
{
    Services::ImapWatcherOptions options;
    options.firstBackoffMs = 100;
    options.lastBackoffMs = 400;
    options.pollIntervalMs = 0;
    return options;
}

/// A cache with INBOX, a pool on @p port and a watcher with fastOptions().
struct Rig
{
    explicit Rig(quint16 port)
    {
        pool.setSettings(fakeImapSettings(port));
        watcher.setOptions(fastOptions());
    }
    Cache cache;
    ImapConnectionPool pool;
    ImapWatcher watcher {cache.database, pool};
    QSignalSpy reconnecting {&watcher, &ImapWatcher::reconnecting};
    QSignalSpy stopped {&watcher, &ImapWatcher::stopped};
};

QList<int> delays(const QSignalSpy &spy)
{
    QList<int> out;
    for (const QList<QVariant> &arguments : spy) {
        out.append(arguments.first().toInt());
    }
    return out;
}

} // namespace

class TestImapWatcherFake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void droppedIdleReconnects();
    void reIdleWithoutResync();
    void backoffDoublesWhileDown();
    void refusedLoginStops();
    void poolNeverExceedsItsSize();
};

void TestImapWatcherFake::droppedIdleReconnects()
{
    FakeServer server;
    loginSyncIdle(server).sleep(50).drop();
    QVERIFY(server.start());
    Rig rig(server.port());
    QVERIFY(rig.cache.open());
    QSignalSpy idling(&rig.watcher, &ImapWatcher::idling);
    rig.watcher.start();
    // Each connection gets to IDLE, is dropped, and the watcher comes back: three times.
    QTRY_VERIFY_WITH_TIMEOUT(idling.size() >= 3, 15000);
    QCOMPARE(server.failure(), QString());
    QVERIFY(server.connectionCount() >= 3);
    QVERIFY(rig.reconnecting.size() >= 2);
    // IDLE worked each time, so every reconnect waits the first delay again.
    for (int delay : delays(rig.reconnecting)) {
        QCOMPARE(delay, 100);
    }
    QVERIFY(rig.stopped.isEmpty());
    QVERIFY(rig.pool.peakConnectionCount() <= 1);
    rig.watcher.stop();
}

void TestImapWatcherFake::reIdleWithoutResync()
{
    // The re-IDLE timer ends IDLE; with nothing told, IDLE starts again at once, no SELECT.
    FakeServer server;
    loginSyncIdle(server)
        .expect("DONE")
        .send("A3 OK idle done\r\n")
        .expectMatch(QRegularExpression(QStringLiteral("^A4 IDLE$")))
        .send("+ idling\r\n")
        .expect("DONE")
        .send("A4 OK idle done\r\n")
        .expectMatch(QRegularExpression(QStringLiteral("^A5 IDLE$")))
        .send("+ idling\r\n");
    QVERIFY(server.start());
    Rig rig(server.port());
    QVERIFY(rig.cache.open());
    Services::ImapWatcherOptions options = fastOptions();
    options.reIdleMs = 200;
    rig.watcher.setOptions(options);
    QSignalSpy idling(&rig.watcher, &ImapWatcher::idling);
    rig.watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(server.isFinished(), 10000);
    QCOMPARE(server.failure(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(idling.size(), 3, 5000);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.received().count("SELECT"), 1);
    rig.watcher.stop();
}

void TestImapWatcherFake::backoffDoublesWhileDown()
{
    FakeServer server;
    server.drop(); // every connection dropped before the greeting
    QVERIFY(server.start());
    Rig rig(server.port());
    QVERIFY(rig.cache.open());
    rig.watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(rig.reconnecting.size() >= 5, 15000);
    QCOMPARE(delays(rig.reconnecting).mid(0, 5), (QList<int> {100, 200, 400, 400, 400}));
    QVERIFY(rig.stopped.isEmpty());
    QVERIFY(rig.watcher.isRunning());
    rig.watcher.stop();
    QVERIFY(!rig.watcher.isRunning());
}

void TestImapWatcherFake::refusedLoginStops()
{
    FakeServer server;
    server.send(s_greeting)
        .expectMatch(QRegularExpression(QStringLiteral("^A1 AUTHENTICATE PLAIN ")))
        .send("A1 NO [AUTHENTICATIONFAILED] wrong password\r\n");
    QVERIFY(server.start());
    Rig rig(server.port());
    QVERIFY(rig.cache.open());
    rig.watcher.start();
    QVERIFY(rig.stopped.wait(10000));
    QVERIFY2(rig.stopped.first().first().toString().contains(QStringLiteral("wrong password")),
        qPrintable(rig.stopped.first().first().toString()));
    QVERIFY(!rig.watcher.isRunning());
    // Longer than the first backoff: a retry would have connected again by now.
    QTest::qWait(300);
    QCOMPARE(server.connectionCount(), 1);
    QVERIFY(rig.reconnecting.isEmpty());
}

void TestImapWatcherFake::poolNeverExceedsItsSize()
{
    FakeServer server;
    login(server);
    QVERIFY(server.start());
    ImapConnectionPool pool;
    pool.setSettings(fakeImapSettings(server.port()));
    pool.setSize(2);
    QSignalSpy granted(&pool, &ImapConnectionPool::granted);
    QList<quint64> tickets;
    for (int i = 0; i < 4; ++i) {
        tickets.append(pool.acquire());
    }
    QTRY_COMPARE_WITH_TIMEOUT(granted.size(), 2, 10000);
    QCOMPARE(pool.connectionCount(), 2);
    QCOMPARE(pool.waitingCount(), 2);
    QCOMPARE(server.connectionCount(), 2);
    auto *first = granted.at(0).at(1).value<Services::ImapClient *>();
    QCOMPARE(granted.at(0).at(0).toULongLong(), tickets[0]);
    QCOMPARE(granted.at(1).at(0).toULongLong(), tickets[1]);
    // A released connection goes to the next ticket as it is: no new login.
    pool.release(first);
    QTRY_COMPARE_WITH_TIMEOUT(granted.size(), 3, 5000);
    QCOMPARE(granted.at(2).at(0).toULongLong(), tickets[2]);
    QCOMPARE(granted.at(2).at(1).value<Services::ImapClient *>(), first);
    // A connection that ends makes room for a new one.
    auto *second = granted.at(1).at(1).value<Services::ImapClient *>();
    second->abort();
    QTRY_COMPARE_WITH_TIMEOUT(granted.size(), 4, 10000);
    QCOMPARE(granted.at(3).at(0).toULongLong(), tickets[3]);
    QCOMPARE(server.connectionCount(), 3);
    QVERIFY(pool.connectionCount() <= 2);
    QCOMPARE(pool.peakConnectionCount(), 2);
    QCOMPARE(server.failure(), QString());
}

QTEST_GUILESS_MAIN(TestImapWatcherFake)
#include "tst_imapwatcherfake.moc"
