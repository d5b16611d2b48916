// ImapJournalReplay against scripted IMAP servers, for what the lab's Dovecot will not
// do: a server without MOVE, one without UIDPLUS, a refused STORE, a UIDVALIDITY change,
// and a connection dropped in the middle of a replay.
#include "fakeimapsettings.h"
#include "fakeserver.h"

#include "services/actions/localactions.h"
#include "services/imap/imapjournalreplay.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagequery.h"
#include "store/messagestore.h"
#include "store/offlinejournal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox;
using Services::JournalReplaySummary;

namespace {

QRegularExpression line(const QString &pattern)
{
    return QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'));
}

// Login (tag A1) with the capabilities a test wants.
FakeServer &login(FakeServer &server, const QByteArray &capabilities)
{
    return server.send("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN LITERAL+] fake ready\r\n")
        .expectMatch(line(QStringLiteral("A1 AUTHENTICATE PLAIN .*")))
        .send("A1 OK [CAPABILITY IMAP4rev1 LITERAL+ " + capabilities + "] logged in\r\n");
}

// Login, then SELECT of @p folder (tags A1, A2).
FakeServer &loginAndSelect(
    FakeServer &server, const QByteArray &capabilities, const QByteArray &folder, const QByteArray &uidValidity = "42")
{
    return login(server, capabilities)
        .expectMatch(line(QStringLiteral("A2 SELECT \"?%1\"?").arg(QString::fromLatin1(folder))))
        .send("* 3 EXISTS\r\n* OK [UIDVALIDITY " + uidValidity + "] UIDs valid\r\nA2 OK [READ-WRITE] selected\r\n");
}

/// UID SEARCH for one Message-ID, answered with @p found ("" when none).
FakeServer &expectSearch(FakeServer &server, const QByteArray &tag, const QString &messageId, const QByteArray &found)
{
    return server
        .expectMatch(line(QStringLiteral("%1 UID SEARCH HEADER \"?Message-ID\"? \"?%2\"?")
                              .arg(QString::fromLatin1(tag), QRegularExpression::escape(messageId))))
        .send("* SEARCH" + (found.isEmpty() ? QByteArray() : ' ' + found) + "\r\n" + tag + " OK searched\r\n");
}

FakeServer &logout(FakeServer &server, const QByteArray &tag)
{
    return server.expect(tag + " LOGOUT").send("* BYE bye\r\n" + tag + " OK done\r\n").close();
}

} // namespace

class TestJournalReplayFake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void withoutMoveCopiesStoresAndExpunges();
    void withoutUidPlusLeavesDeletedAndSearchesByMessageId();
    void refusedStoreIsFailedWithTheServersWords();
    void uidValidityChangeResolvesByMessageId();
    void dropLeavesTheRestPendingAndTheNextReplayCompletesItOnce();
    void replaysOnACallersClientAndLeavesItLoggedIn();
    void moveIntoAFolderTheServerLacksCreatesIt();
    void folderChangesAlreadyDoneCountAsDone();

private:
    JournalReplaySummary replay(quint16 port);
    /// Ends @p server's script with LOGOUT as @p logoutTag, replays against it, checks the script.
    JournalReplaySummary run(FakeServer &server, const QByteArray &logoutTag);
    Store::MessageRecord record(qint64 id);
    void expectClean(const FakeServer &server);

    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<Store::Database> m_database;
    qint64 m_inbox = 0;
    qint64 m_archive = 0;
    QList<qint64> m_ids; ///< INBOX UIDs 3 and 5
};

void TestJournalReplayFake::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Store::Database>(m_directory->path());
    QVERIFY(m_database->open().ok());
    Store::FolderStore folders(*m_database);
    m_inbox = folders.create({QStringLiteral("INBOX"), QStringLiteral("/"), Store::SpecialUse::Inbox, true, false, 42})
                  .value();
    m_archive
        = folders.create({QStringLiteral("Archive"), QStringLiteral("/"), Store::SpecialUse::Archive, true, false, 9})
              .value();
    QList<Store::NewMessage> messages;
    for (const quint32 uid : {3u, 5u}) {
        Store::NewMessage message;
        message.uid = uid;
        message.subject = QStringLiteral("Message %1").arg(uid);
        message.messageId = QStringLiteral("<m%1@example.org>").arg(uid);
        message.internalDate = QDateTime::fromSecsSinceEpoch(1700000000 + uid, Qt::UTC);
        messages.append(message);
    }
    m_ids = Store::MessageStore(*m_database).insert(m_inbox, messages).value();
}

void TestJournalReplayFake::cleanup()
{
    m_database.reset();
    m_directory.reset();
}

JournalReplaySummary TestJournalReplayFake::replay(quint16 port)
{
    Services::ImapJournalReplay replay(*m_database);
    replay.setSettings(fakeImapSettings(port));
    QSignalSpy finished(&replay, &Services::ImapJournalReplay::finished);
    if (!replay.replay() || (finished.isEmpty() && !finished.wait(15000))) {
        return {-1, -1, -1, {}, {QStringLiteral("no finished()")}};
    }
    return finished.first().first().value<JournalReplaySummary>();
}

JournalReplaySummary TestJournalReplayFake::run(FakeServer &server, const QByteArray &logoutTag)
{
    logout(server, logoutTag);
    if (!server.start()) {
        return {-1, -1, -1, {}, {QStringLiteral("the fake server did not start")}};
    }
    const JournalReplaySummary summary = replay(server.port());
    expectClean(server);
    return summary;
}

Store::MessageRecord TestJournalReplayFake::record(qint64 id)
{
    const auto found = Store::MessageQuery(*m_database).record(id);
    return found.ok() && found.value() ? *found.value() : Store::MessageRecord {};
}

void TestJournalReplayFake::expectClean(const FakeServer &server)
{
    QVERIFY2(server.failure().isEmpty(), qPrintable(server.failure() + QLatin1Char('\n') + server.log()));
}

void TestJournalReplayFake::withoutMoveCopiesStoresAndExpunges()
{
    Services::LocalActions actions(*m_database, true);
    QVERIFY(actions.move(m_ids, m_archive).ok());
    QVERIFY(actions.flag({m_ids.first()}).ok()); // in Archive, its UID not known yet

    FakeServer server;
    loginAndSelect(server, "UIDPLUS", "INBOX")
        .expect("A3 UID COPY 3,5 Archive")
        .send("A3 OK [COPYUID 9 3,5 100:101] copied\r\n")
        .expect("A4 UID STORE 3,5 +FLAGS.SILENT (\\Deleted)")
        .send("A4 OK stored\r\n")
        .expect("A5 UID EXPUNGE 3,5")
        .send("* 1 EXPUNGE\r\n* 1 EXPUNGE\r\nA5 OK expunged\r\n")
        .expectMatch(line(QStringLiteral("A6 SELECT \"?Archive\"?")))
        .send("* OK [UIDVALIDITY 9] ok\r\nA6 OK [READ-WRITE] selected\r\n")
        .expect("A7 UID STORE 100 +FLAGS.SILENT (\\Flagged)") // the UID COPYUID gave it
        .send("A7 OK stored\r\n");
    const JournalReplaySummary summary = run(server, "A8");
    QCOMPARE(summary.replayed, 2);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(summary.waiting, 0);
    QCOMPARE(record(m_ids.at(0)).uid, std::optional<quint32>(100));
    QCOMPARE(record(m_ids.at(1)).uid, std::optional<quint32>(101));
    QCOMPARE(record(m_ids.at(0)).folderId, m_archive);
    QCOMPARE(Store::OfflineJournal(*m_database).pendingCount().value(), 0);
}

void TestJournalReplayFake::withoutUidPlusLeavesDeletedAndSearchesByMessageId()
{
    Services::LocalActions actions(*m_database, true);
    QVERIFY(actions.move({m_ids.first()}, m_archive).ok());
    QVERIFY(actions.flag({m_ids.first()}).ok());

    FakeServer server;
    loginAndSelect(server, "", "INBOX")
        .expect("A3 UID COPY 3 Archive")
        .send("A3 OK copied\r\n") // no COPYUID without UIDPLUS
        .expect("A4 UID STORE 3 +FLAGS.SILENT (\\Deleted)")
        .send("A4 OK stored\r\n")
        // No EXPUNGE of any kind: it would take other clients' \Deleted mail too.
        .expectMatch(line(QStringLiteral("A5 SELECT \"?Archive\"?")))
        .send("* OK [UIDVALIDITY 9] ok\r\nA5 OK [READ-WRITE] selected\r\n");
    expectSearch(server, "A6", QStringLiteral("<m3@example.org>"), "77")
        .expect("A7 UID STORE 77 +FLAGS.SILENT (\\Flagged)")
        .send("A7 OK stored\r\n");
    const JournalReplaySummary summary = run(server, "A8");
    QCOMPARE(summary.replayed, 2);
    QCOMPARE(summary.failed, 0);
    QVERIFY(!server.received().contains("EXPUNGE"));
    QVERIFY(!record(m_ids.first()).uid); // the next sync finds it
    QCOMPARE(Store::OfflineJournal(*m_database).pendingCount().value(), 0);
}

void TestJournalReplayFake::refusedStoreIsFailedWithTheServersWords()
{
    Services::LocalActions actions(*m_database, true);
    QVERIFY(actions.markRead({m_ids.at(0)}).ok());
    QVERIFY(actions.flag({m_ids.at(1)}).ok());

    FakeServer server;
    loginAndSelect(server, "MOVE UIDPLUS", "INBOX")
        .expect("A3 UID STORE 3 +FLAGS.SILENT (\\Seen)")
        // Both went out before any reply: consecutive flag changes are pipelined.
        .expect("A4 UID STORE 5 +FLAGS.SILENT (\\Flagged)")
        .send("A3 NO [CANNOT] Flags cannot be changed here today\r\nA4 OK stored\r\n");
    const JournalReplaySummary summary = run(server, "A5");
    QCOMPARE(summary.replayed, 1);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.waiting, 0);
    const QList<Store::JournalEntry> failed = Store::OfflineJournal(*m_database).failed().value();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().kind, Store::JournalKind::Flag);
    QCOMPARE(failed.first().uids, QList<quint32> {3});
    QVERIFY2(failed.first().lastError.contains(QLatin1String("Flags cannot be changed here today")),
        qPrintable(failed.first().lastError));
    QVERIFY(summary.problems.value(0).contains(QLatin1String("Flags cannot be changed here today")));
    QCOMPARE(Store::OfflineJournal(*m_database).pendingCount().value(), 0);
}

void TestJournalReplayFake::uidValidityChangeResolvesByMessageId()
{
    Services::LocalActions actions(*m_database, true);
    QVERIFY(actions.markRead({m_ids.at(0)}).ok());
    QVERIFY(actions.markRead({m_ids.at(1)}).ok());

    FakeServer server;
    loginAndSelect(server, "MOVE UIDPLUS", "INBOX", "43"); // was 42: every UID means nothing now
    expectSearch(server, "A3", QStringLiteral("<m3@example.org>"), "30");
    expectSearch(server, "A4", QStringLiteral("<m5@example.org>"), {})
        .expect("A5 UID STORE 30 +FLAGS.SILENT (\\Seen)")
        .send("A5 OK stored\r\n");
    const JournalReplaySummary summary = run(server, "A6");
    QCOMPARE(summary.replayed, 1);
    QCOMPARE(summary.failed, 1);
    const QList<Store::JournalEntry> failed = Store::OfflineJournal(*m_database).failed().value();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().lastError.contains(QLatin1String("UIDVALIDITY")), qPrintable(failed.first().lastError));
    QVERIFY(!server.received().contains("UID STORE 3 "));
}

void TestJournalReplayFake::dropLeavesTheRestPendingAndTheNextReplayCompletesItOnce()
{
    Services::LocalActions actions(*m_database, true);
    QVERIFY(actions.flag({m_ids.at(0)}).ok());
    QVERIFY(actions.move({m_ids.at(1)}, m_archive).ok());

    FakeServer dropping;
    loginAndSelect(dropping, "MOVE UIDPLUS", "INBOX")
        .expect("A3 UID STORE 3 +FLAGS.SILENT (\\Flagged)")
        .send("A3 OK stored\r\n")
        .expect("A4 UID MOVE 5 Archive")
        .drop(); // gone before the reply: did the server move it? Unknown.
    QVERIFY(dropping.start());
    const JournalReplaySummary first = replay(dropping.port());
    expectClean(dropping);
    QCOMPARE(first.replayed, 1);
    QCOMPARE(first.failed, 0);
    QCOMPARE(first.waiting, 1);
    QVERIFY(first.connectionError);
    const QList<Store::JournalEntry> left = Store::OfflineJournal(*m_database).pending().value();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().kind, Store::JournalKind::Move);
    QCOMPARE(left.first().state, Store::JournalState::Replaying);

    FakeServer again;
    loginAndSelect(again, "MOVE UIDPLUS", "INBOX")
        .expect("A3 UID MOVE 5 Archive")
        .send("* OK [COPYUID 9 5 200] Moved UIDs.\r\n* 2 EXPUNGE\r\nA3 OK moved\r\n");
    const JournalReplaySummary second = run(again, "A4");
    QCOMPARE(second.replayed, 1);
    QCOMPARE(second.failed, 0);
    QCOMPARE(second.waiting, 0);
    QVERIFY(!again.received().contains("STORE")); // the flag went once, the first time
    QCOMPARE(record(m_ids.at(1)).uid, std::optional<quint32>(200));
    QCOMPARE(Store::OfflineJournal(*m_database).pendingCount().value(), 0);
}

void TestJournalReplayFake::replaysOnACallersClientAndLeavesItLoggedIn()
{
    Services::LocalActions actions(*m_database, true);
    QVERIFY(actions.markUnread({m_ids.at(0)}).ok() && actions.markRead({m_ids.at(0)}).ok()); // a no-op, then one
    FakeServer server;
    loginAndSelect(server, "MOVE UIDPLUS", "INBOX")
        .expect("A3 UID STORE 3 +FLAGS.SILENT (\\Seen)")
        .send("A3 OK stored\r\n")
        .expect("A4 NOOP") // the owner's own command, after the replay: no LOGOUT came before it
        .send("A4 OK nothing\r\n");
    QVERIFY(server.start());
    const Services::ImapServerSettings settings = fakeImapSettings(server.port());
    Services::ImapClient client;
    QSignalSpy ready(&client, &Services::ImapClient::ready);
    client.start(settings.endpoint, settings.tls, settings.session, settings.timeouts);
    QVERIFY(ready.wait(5000));

    Services::ImapJournalReplay replay(*m_database);
    replay.setClient(&client);
    QSignalSpy finished(&replay, &Services::ImapJournalReplay::finished);
    QVERIFY(replay.replay());
    QVERIFY(finished.wait(5000));
    const auto summary = finished.first().first().value<JournalReplaySummary>();
    QCOMPARE(summary.replayed, 1);
    QCOMPARE(summary.waiting, 0);

    QSignalSpy done(&client, &Services::ImapClient::commandFinished);
    client.submit([](Imap::ImapEncoder &encoder) { return encoder.noop(); }, 1);
    QVERIFY(done.wait(5000));
    QCOMPARE(done.first().at(0).toULongLong(), quint64(1));
    QVERIFY(done.first().at(1).toBool());
    expectClean(server);
    client.abort();
}

void TestJournalReplayFake::moveIntoAFolderTheServerLacksCreatesIt()
{
    QVERIFY(Services::LocalActions(*m_database, true).move({m_ids.at(0)}, m_archive).ok());
    FakeServer server;
    loginAndSelect(server, "MOVE UIDPLUS", "INBOX")
        .expect("A3 UID MOVE 3 Archive")
        .send("A3 NO [TRYCREATE] Mailbox doesn't exist: Archive\r\n")
        .expectMatch(line(QStringLiteral("A4 CREATE \"?Archive\"?")))
        .send("A4 OK created\r\n")
        .expect("A5 UID MOVE 3 Archive")
        .send("* OK [COPYUID 1 3 1] Moved UIDs.\r\n* 1 EXPUNGE\r\nA5 OK moved\r\n");
    const JournalReplaySummary summary = run(server, "A6");
    QCOMPARE(summary.replayed, 1);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(record(m_ids.at(0)).uid, std::optional<quint32>(1));
}

void TestJournalReplayFake::folderChangesAlreadyDoneCountAsDone()
{
    Services::LocalActions actions(*m_database, true);
    const qint64 made = actions.createFolder(QStringLiteral("Made")).value().folderId;
    QVERIFY(actions.renameFolder(made, QStringLiteral("Moved")).ok());
    QVERIFY(actions.deleteFolder(made).ok());
    QVERIFY(actions.renameFolder(m_archive, QStringLiteral("Old")).ok());
    // The rename of "Made" went out before a drop, so it may have happened already.
    const QList<Store::JournalEntry> entries = Store::OfflineJournal(*m_database).pending().value();
    QCOMPARE(entries.size(), 4);
    QVERIFY(Store::OfflineJournal(*m_database).markReplaying(entries.at(1).id).ok());

    FakeServer server;
    login(server, "MOVE UIDPLUS")
        .expectMatch(line(QStringLiteral("A2 CREATE \"?Made\"?")))
        .send("A2 NO [ALREADYEXISTS] Mailbox already exists\r\n")
        .expectMatch(line(QStringLiteral("A3 RENAME \"?Made\"? \"?Moved\"?")))
        .send("A3 NO [NONEXISTENT] Mailbox doesn't exist: Made\r\n")
        .expectMatch(line(QStringLiteral("A4 DELETE \"?Moved\"?")))
        .send("A4 NO [NONEXISTENT] Mailbox doesn't exist: Moved\r\n")
        .expectMatch(line(QStringLiteral("A5 RENAME \"?Archive\"? \"?Old\"?")))
        .send("A5 NO [NONEXISTENT] Mailbox doesn't exist: Archive\r\n");
    const JournalReplaySummary summary = run(server, "A6");
    QCOMPARE(summary.replayed, 3);
    QCOMPARE(summary.failed, 1); // a first rename of a folder that is not there: the person should know
    const QList<Store::JournalEntry> failed = Store::OfflineJournal(*m_database).failed().value();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().kind, Store::JournalKind::RenameFolder);
    QCOMPARE(failed.first().folderPath, QStringLiteral("Archive"));
}

QTEST_GUILESS_MAIN(TestJournalReplayFake)
#include "tst_journalreplayfake.moc"
