// IMAP push and server search against the lab's real Dovecot, as carol. Every test makes
// a folder of its own through a second session (LineClient), so tests running in
// parallel on carol's other folders do not disturb it: the watcher keeps that folder in
// IDLE (ImapWatcherOptions::folder) where the application keeps the Inbox.
#include "imaplabfolder.h"

#include "services/imap/imapconnectionpool.h"
#include "services/imap/imapretrieval.h"
#include "services/imap/imapsearch.h"
#include "services/imap/imapwatcher.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagequery.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Letterbox;
using Services::ImapConnectionPool;
using Services::ImapSearch;
using Services::ImapWatcher;

namespace {

/// IDLE answers within seconds on loopback; this bounds each wait, it is not a sleep.
constexpr int s_waitMs = 20000;

struct Cache
{
    QTemporaryDir directory;
    Store::Database database {directory.path()};
    bool open() { return directory.isValid() && database.open().ok(); }
};

} // namespace

class TestImapPushLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void appendArrivesThroughIdle();
    void flagArrivesThroughIdle();
    void otherFoldersArePolled();
    void poolNeverExceedsItsSize();
    void serverSearchFindsUncached();

private:
    Services::ImapServerSettings settings() const;
    bool firstSync(Store::Database &database);
    QList<QByteArray> command(const QByteArray &command);
    quint32 append(const QString &subject);
    QList<Store::MessageRecord> rows(Store::Database &database);
    std::unique_ptr<ImapWatcher> watcher(Store::Database &database, ImapConnectionPool &pool);

    ImapLabFolder m_lab;
    QString m_folder;
};

void TestImapPushLab::initTestCase()
{
    QString error;
    QVERIFY2(m_lab.login(&error), qPrintable(error));
}

void TestImapPushLab::init()
{
    QVERIFY(m_lab.create(QStringLiteral("Push-")));
    m_folder = m_lab.folder();
}

void TestImapPushLab::cleanup()
{
    m_lab.remove();
}

QList<QByteArray> TestImapPushLab::command(const QByteArray &text)
{
    return m_lab.command(text);
}

quint32 TestImapPushLab::append(const QString &subject)
{
    return m_lab.append(subject);
}

Services::ImapServerSettings TestImapPushLab::settings() const
{
    return m_lab.settings();
}

std::unique_ptr<ImapWatcher> TestImapPushLab::watcher(Store::Database &database, ImapConnectionPool &pool)
{
    auto watcher = std::make_unique<ImapWatcher>(database, pool);
    Services::ImapWatcherOptions options;
    options.folder = m_folder;
    options.pollIntervalMs = 0;
    watcher->setOptions(options);
    return watcher;
}

// The engine's first sync of the test's folder: it puts the folder into the cache.
bool TestImapPushLab::firstSync(Store::Database &database)
{
    Services::ImapRetrieval engine(database);
    engine.setSettings(settings());
    QSignalSpy finished(&engine, &Services::ImapRetrieval::finished);
    Services::SyncRequest request;
    request.folder = m_folder;
    return engine.sync(request) && finished.wait(60000) && finished.first().first().value<Services::SyncReport>().ok();
}

QList<Store::MessageRecord> TestImapPushLab::rows(Store::Database &database)
{
    const auto folder = Store::FolderStore(database).findByPath(m_folder);
    if (!folder.ok() || !folder.value()) {
        return {};
    }
    Store::MessageQuery query(database);
    QList<Store::MessageRecord> out
        = query.records(query.orderedIds(folder.value()->id, Store::SortKey::Date).value()).value();
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.uid < b.uid; });
    return out;
}

void TestImapPushLab::appendArrivesThroughIdle()
{
    Cache cache;
    QVERIFY(cache.open());
    QVERIFY(firstSync(cache.database));
    ImapConnectionPool pool;
    pool.setSettings(settings());
    const std::unique_ptr<ImapWatcher> held = watcher(cache.database, pool);
    ImapWatcher &watcher = *held;
    QSignalSpy idling(&watcher, &ImapWatcher::idling);
    QSignalSpy newMail(&watcher, &ImapWatcher::newMail);
    QSignalSpy stopped(&watcher, &ImapWatcher::stopped);
    watcher.start();
    QVERIFY(idling.wait(s_waitMs));
    QVERIFY(rows(cache.database).isEmpty());

    const quint32 first = append(QStringLiteral("Pushed one"));
    QVERIFY(first != 0);
    QTRY_VERIFY_WITH_TIMEOUT(newMail.size() == 1, s_waitMs);
    QCOMPARE(newMail.first().at(0).toString(), m_folder);
    QCOMPARE(newMail.first().at(1).toInt(), 1);
    QList<Store::MessageRecord> cached = rows(cache.database);
    QCOMPARE(cached.size(), 1);
    QCOMPARE(cached.first().uid, std::optional<quint32>(first));
    QCOMPARE(cached.first().subject, QStringLiteral("Pushed one"));

    // The watcher went back into IDLE: a second message comes the same way.
    QTRY_VERIFY_WITH_TIMEOUT(idling.size() >= 2 && watcher.isIdling(), s_waitMs);
    const quint32 second = append(QStringLiteral("Pushed two"));
    QTRY_VERIFY_WITH_TIMEOUT(newMail.size() == 2, s_waitMs);
    cached = rows(cache.database);
    QCOMPARE(cached.size(), 2);
    QCOMPARE(cached.last().uid, std::optional<quint32>(second));
    QVERIFY(stopped.isEmpty());
    QCOMPARE(pool.peakConnectionCount(), 1);
    watcher.stop();
    QTRY_COMPARE_WITH_TIMEOUT(pool.connectionCount(), 0, s_waitMs);
}

void TestImapPushLab::flagArrivesThroughIdle()
{
    const quint32 uid = append(QStringLiteral("To be flagged"));
    QVERIFY(uid != 0);
    Cache cache;
    QVERIFY(cache.open());
    QVERIFY(firstSync(cache.database));
    QCOMPARE(rows(cache.database).size(), 1);
    QVERIFY(!rows(cache.database).first().flags.testFlag(Store::MessageFlag::Flagged));

    ImapConnectionPool pool;
    pool.setSettings(settings());
    const std::unique_ptr<ImapWatcher> held = watcher(cache.database, pool);
    ImapWatcher &watcher = *held;
    QSignalSpy idling(&watcher, &ImapWatcher::idling);
    QSignalSpy changed(&watcher, &ImapWatcher::changed);
    watcher.start();
    QVERIFY(idling.wait(s_waitMs));
    QVERIFY(changed.isEmpty());

    QVERIFY(command("UID STORE " + QByteArray::number(uid) + " +FLAGS.SILENT (\\Flagged)").last().contains(" OK"));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), s_waitMs);
    QCOMPARE(changed.first().first().toString(), m_folder);
    QVERIFY(rows(cache.database).first().flags.testFlag(Store::MessageFlag::Flagged));

    // And back: \Flagged removed by the other session arrives the same way.
    QTRY_VERIFY_WITH_TIMEOUT(watcher.isIdling(), s_waitMs);
    QVERIFY(command("UID STORE " + QByteArray::number(uid) + " -FLAGS.SILENT (\\Flagged)").last().contains(" OK"));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, s_waitMs);
    QVERIFY(!rows(cache.database).first().flags.testFlag(Store::MessageFlag::Flagged));
    watcher.stop();
}

void TestImapPushLab::otherFoldersArePolled()
{
    // A second folder of the test's own, subscribed, so the poll visits it.
    const QByteArray other = m_folder.toUtf8() + "-polled";
    QVERIFY(command("CREATE " + other).last().contains(" OK"));
    QVERIFY(command("SUBSCRIBE " + other).last().contains(" OK"));
    Cache cache;
    QVERIFY(cache.open());
    QVERIFY(firstSync(cache.database));
    const auto cached = Store::FolderStore(cache.database).findByPath(QString::fromUtf8(other));
    QVERIFY(cached.ok() && cached.value() && cached.value()->subscribed);

    ImapConnectionPool pool;
    pool.setSettings(settings());
    ImapWatcher watcher(cache.database, pool);
    Services::ImapWatcherOptions options;
    options.folder = m_folder;
    options.pollIntervalMs = 1000;
    watcher.setOptions(options);
    QSignalSpy newMail(&watcher, &ImapWatcher::newMail);
    watcher.start();
    const QByteArray message = "From: dave@letterbox.test\r\nSubject: Polled\r\n\r\nHi.\r\n";
    const bool appended = command("APPEND " + other + " {" + QByteArray::number(message.size()) + "+}\r\n" + message)
                              .last()
                              .contains(" OK");
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(newMail.cbegin(), newMail.cend(),
                                 [&other](const QList<QVariant> &arguments) {
                                     return arguments.first().toString() == QString::fromUtf8(other);
                                 }),
        60000);
    watcher.stop();
    command("UNSUBSCRIBE " + other);
    command("DELETE " + other);
    QVERIFY(appended);
    QVERIFY(pool.peakConnectionCount() <= 2);
}

void TestImapPushLab::poolNeverExceedsItsSize()
{
    append(QStringLiteral("Pool wombat"));
    Cache cache;
    QVERIFY(cache.open());
    QVERIFY(firstSync(cache.database));
    ImapConnectionPool pool;
    pool.setSettings(settings());
    pool.setSize(2);
    int most = 0;
    connect(&pool, &ImapConnectionPool::connectionCountChanged, this, [&most](int count) { most = qMax(most, count); });
    const std::unique_ptr<ImapWatcher> held = watcher(cache.database, pool);
    ImapWatcher &watcher = *held;
    QSignalSpy idling(&watcher, &ImapWatcher::idling);
    watcher.start();
    QVERIFY(idling.wait(s_waitMs));

    // Five searches at once share the one connection the watcher leaves free.
    std::vector<std::unique_ptr<ImapSearch>> searches;
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    for (int i = 0; i < 5; ++i) {
        searches.push_back(std::make_unique<ImapSearch>(cache.database, pool));
        spies.push_back(std::make_unique<QSignalSpy>(searches.back().get(), &ImapSearch::finished));
        QVERIFY(searches.back()->start(m_folder, Services::ImapSearchField::Subject, QStringLiteral("wombat")));
    }
    for (const auto &spy : spies) {
        QTRY_VERIFY_WITH_TIMEOUT(!spy->isEmpty(), s_waitMs);
    }
    for (const auto &search : searches) {
        QVERIFY2(search->result().serverSearched, qPrintable(search->result().serverError));
        QCOMPARE(search->result().messageIds.size(), 1);
    }
    QCOMPARE(most, 2);
    QCOMPARE(pool.peakConnectionCount(), 2);
    QVERIFY(pool.connectionCount() <= 2);
    QVERIFY(watcher.isRunning());
    watcher.stop();
}

void TestImapPushLab::serverSearchFindsUncached()
{
    const QString word = QStringLiteral("quokka") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    append(QStringLiteral("Cached %1").arg(word));
    Cache cache;
    QVERIFY(cache.open());
    QVERIFY(firstSync(cache.database));
    QCOMPARE(rows(cache.database).size(), 1);
    const qint64 cachedId = rows(cache.database).first().id;
    // After the sync: on the server only.
    const quint32 uncached = append(QStringLiteral("Not cached %1").arg(word));
    append(QStringLiteral("Unrelated"));

    ImapConnectionPool pool;
    pool.setSettings(settings());
    ImapSearch search(cache.database, pool);
    QSignalSpy finished(&search, &ImapSearch::finished);
    QVERIFY(search.start(m_folder, Services::ImapSearchField::Subject, word));
    QVERIFY(finished.wait(s_waitMs));
    const Services::ImapSearchResult result = search.result();
    QVERIFY2(result.serverSearched, qPrintable(result.serverError));
    QCOMPARE(result.messageIds, (QList<qint64> {cachedId}));
    QCOMPARE(result.uncachedUids, (QList<quint32> {uncached}));

    // TEXT looks at the body too ("Hello Carol." is in all three).
    QVERIFY(search.start(m_folder, Services::ImapSearchField::Text, QStringLiteral("Carol")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, s_waitMs);
    QCOMPARE(search.result().uncachedUids.size(), 2);
    QVERIFY(search.result().messageIds.contains(cachedId));
    QCOMPARE(pool.peakConnectionCount(), 1); // the second search reused the first's connection

    // With a header fetch limit, the uncached hit becomes a row the window can show.
    ImapSearch fetching(cache.database, pool);
    fetching.setHeaderFetchLimit(10);
    QSignalSpy fetched(&fetching, &ImapSearch::finished);
    QVERIFY(fetching.start(m_folder, Services::ImapSearchField::Subject, word));
    QVERIFY(fetched.wait(s_waitMs));
    QVERIFY2(fetching.result().serverSearched, qPrintable(fetching.result().serverError));
    QVERIFY(fetching.result().uncachedUids.isEmpty());
    QCOMPARE(fetching.result().messageIds.size(), 2);
    QList<qint64> hits = fetching.result().messageIds;
    QVERIFY(hits.removeOne(cachedId));
    const auto row = Store::MessageQuery(cache.database).record(hits.first()).value();
    QVERIFY(row);
    QCOMPARE(row->subject, QStringLiteral("Not cached %1").arg(word));
    QCOMPARE(row->uid, std::optional<quint32>(uncached));
    QCOMPARE(rows(cache.database).size(), 2);
    QCOMPARE(pool.peakConnectionCount(), 1);
}

QTEST_GUILESS_MAIN(TestImapPushLab)
#include "tst_imappushlab.moc"
