// Pop3Retrieval against scripted POP3 servers, for what no real server does on request:
// the connection dropped in the middle of a RETR and before QUIT's +OK, a server without
// UIDL (the header-digest identity), and hostile UIDLs. Nothing may be lost, nothing
// doubled on the next run, and no "deleted on server" mark without a committed QUIT.
// After a switch from IMAP (the cache holds the IMAP Inbox, some bodies whole, some
// headers only), TOP n 0 and LIST identify what it holds: a whole body is taken over
// without RETR, a header-only row is filled by its RETR instead of getting a twin, and
// every doubtful case (another size, no Message-ID, a third copy) is downloaded.
#include "fakeserver.h"

#include "services/pop3/pop3retrieval.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagequery.h"
#include "store/messagestore.h"
#include "store/pop3ledger.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox;
using Services::Pop3Retrieval;
using Services::SyncReport;

namespace {

/// A message with @p subject and, unless empty, Message-ID <@p messageId>.
QByteArray switchMessage(const QByteArray &subject, const QByteArray &messageId, const QByteArray &extra = {})
{
    return "From: fake@letterbox.test\r\nSubject: " + subject + "\r\n"
        + (messageId.isEmpty() ? QByteArray() : "Message-ID: <" + messageId + ">\r\n") + "\r\nBody of " + subject
        + "\r\n" + extra;
}

QByteArray message(int index, const QByteArray &subject = {})
{
    return "From: fake@letterbox.test\r\nSubject: "
        + (subject.isEmpty() ? "message " + QByteArray::number(index) : subject) + "\r\n\r\nBody of message "
        + QByteArray::number(index) + "\r\n.a line with a dot\r\n";
}

// A message as RETR sends it: +OK, dot-stuffed lines, the terminating dot.
QByteArray retrReply(const QByteArray &bytes)
{
    QByteArray stuffed;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty()) {
            continue;
        }
        stuffed += (line.startsWith('.') ? "." : "") + line + '\n';
    }
    return "+OK message follows\r\n" + stuffed + ".\r\n";
}

// The headers of a message as TOP n 0 sends them.
QByteArray topReply(const QByteArray &bytes)
{
    return "+OK\r\n" + bytes.left(bytes.indexOf("\r\n\r\n") + 4) + ".\r\n";
}

// Greeting, CAPA without PIPELINING (one command at a time), USER/PASS.
FakeServer &login(FakeServer &server, const QByteArray &capa = "USER\r\nUIDL\r\nTOP\r\n")
{
    return server.send("+OK fake POP3 ready\r\n")
        .expect("CAPA")
        .send("+OK capabilities\r\n" + capa + ".\r\n")
        .expect("USER test")
        .send("+OK\r\n")
        .expect("PASS secret")
        .send("+OK logged in\r\n");
}

// UIDL and LIST for messages 1..n with the given UIDLs.
FakeServer &listing(FakeServer &server, const QList<QByteArray> &uidls, const QList<QByteArray> &messages)
{
    QByteArray uidl = "+OK\r\n";
    QByteArray list = "+OK\r\n";
    for (int i = 0; i < messages.size(); ++i) {
        uidl += QByteArray::number(i + 1) + ' ' + uidls.at(i) + "\r\n";
        list += QByteArray::number(i + 1) + ' ' + QByteArray::number(messages.at(i).size()) + "\r\n";
    }
    return server.expect("UIDL").send(uidl + ".\r\n").expect("LIST").send(list + ".\r\n");
}

FakeServer &retr(FakeServer &server, int number, const QByteArray &bytes)
{
    return server.expect("RETR " + QByteArray::number(number)).send(retrReply(bytes));
}

FakeServer &dele(FakeServer &server, int number)
{
    return server.expect("DELE " + QByteArray::number(number)).send("+OK marked\r\n");
}

// Why a run failed, for a failing check's message (evaluated also when it passes).
QString failureOf(const SyncReport &report)
{
    return report.error ? report.error->text + QLatin1Char('\n') : QString();
}

} // namespace

class TestPop3RetrievalFake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dropMidRetrResumes();
    void dropBeforeQuitReplyDeletesNothingYet();
    void serverWithoutUidl();
    void hostileUidlsAreNeverPaths();
    void largeMessageIsStreamedWhole();
    void cancelKeepsWhatArrivedAndDeletesNothing();
    void stlsNotOfferedIsASecurityError();
    void afterImapTakesOverWhatIsHeld();
    void nothingFromImapCostsNoTop();

private:
    /// The Inbox an IMAP header sync made (UIDVALIDITY 7), for the switch tests.
    qint64 imapInbox();
    /// A row of @p inbox as a header sync (and, with @p body, a body fetch) left it.
    qint64 imapRow(qint64 inbox, quint32 uid, const QByteArray &raw, bool body);
    SyncReport run(FakeServer &server, Accounts::Pop3Retention retention);
    qint64 inboxCount();
    QList<Store::Pop3LedgerEntry> ledger();

    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<Store::Database> m_database;
};

void TestPop3RetrievalFake::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Store::Database>(m_directory->path());
    QVERIFY(m_database->open().ok());
}

void TestPop3RetrievalFake::cleanup()
{
    m_database.reset();
    m_directory.reset();
}

SyncReport TestPop3RetrievalFake::run(FakeServer &server, Accounts::Pop3Retention retention)
{
    Services::Pop3ServerSettings settings;
    settings.accountName = QStringLiteral("fake");
    settings.endpoint = {QStringLiteral("127.0.0.1"), server.port()};
    settings.session.security = Pop3::Pop3Security::None;
    settings.session.plaintextAllowed = true;
    settings.session.credentials = {QStringLiteral("test"), QStringLiteral("secret"), {}};
    settings.timeouts.connectMs = 5000;
    settings.timeouts.readMs = 3000;
    settings.retention = retention;
    Pop3Retrieval engine(*m_database);
    engine.setSettings(settings);
    QSignalSpy finished(&engine, &Pop3Retrieval::finished);
    if (!engine.sync({}) || (finished.isEmpty() && !finished.wait(20000))) {
        return {};
    }
    return finished.first().first().value<SyncReport>();
}

qint64 TestPop3RetrievalFake::inboxCount()
{
    const auto inbox = Store::FolderStore(*m_database).findByRole(Store::SpecialUse::Inbox);
    return inbox.ok() && inbox.value() ? inbox.value()->totalCount : -1;
}

QList<Store::Pop3LedgerEntry> TestPop3RetrievalFake::ledger()
{
    return Store::Pop3Ledger(*m_database).entries().value();
}

void TestPop3RetrievalFake::dropMidRetrResumes()
{
    const QList<QByteArray> messages {message(1), message(2), message(3)};
    const QList<QByteArray> uidls {"u1", "u2", "u3"};
    FakeServer first;
    retr(listing(login(first), uidls, messages), 1, messages.at(0))
        .expect("RETR 2")
        .send("+OK message follows\r\n" + messages.at(1).left(30))
        .drop();
    QVERIFY(first.start());
    const SyncReport interrupted = run(first, Accounts::Pop3Retention::DeleteAfterDownload);
    QCOMPARE(interrupted.protocol, QStringLiteral("pop3"));
    QVERIFY(interrupted.error);
    QVERIFY(interrupted.error->temporary);
    QVERIFY2(!first.received().contains("DELE"), first.received().constData());
    // The whole first message is kept; the half second one left nothing behind.
    QCOMPARE(inboxCount(), 1);
    QCOMPARE(m_database->blobs().keys().value().size(), 1);
    for (const Store::Pop3LedgerEntry &entry : ledger()) {
        QCOMPARE(entry.stored, entry.uidl == "u1");
        QVERIFY(!entry.deletedOnServer);
    }

    // The next run fetches only the rest, then deletes all three (each durably stored).
    FakeServer second;
    FakeServer &script = retr(retr(listing(login(second), uidls, messages), 2, messages.at(1)), 3, messages.at(2));
    dele(dele(dele(script, 1), 2), 3).expect("QUIT").send("+OK bye\r\n").close();
    QVERIFY(second.start());
    const SyncReport resumed = run(second, Accounts::Pop3Retention::DeleteAfterDownload);
    QVERIFY2(resumed.ok(), qPrintable(failureOf(resumed) + second.log()));
    QCOMPARE(second.failure(), QString());
    QVERIFY(!second.received().contains("RETR 1"));
    QCOMPARE(resumed.folders.size(), 1);
    QCOMPARE(resumed.folders.first().folder, QStringLiteral("INBOX"));
    QCOMPARE(resumed.folders.first().newMessages, 2);
    QVERIFY(resumed.bytesIn > 0 && resumed.roundTrips > 0);
    QCOMPARE(inboxCount(), 3);
    QCOMPARE(m_database->blobs().keys().value().size(), 3);
    for (const Store::Pop3LedgerEntry &entry : ledger()) {
        QVERIFY(entry.stored && entry.deletedOnServer);
    }
}

void TestPop3RetrievalFake::dropBeforeQuitReplyDeletesNothingYet()
{
    const QList<QByteArray> messages {message(1), message(2)};
    const QList<QByteArray> uidls {"a", "b"};
    FakeServer first;
    FakeServer &script = retr(retr(listing(login(first), uidls, messages), 1, messages.at(0)), 2, messages.at(1));
    dele(dele(script, 1), 2).expect("QUIT").drop();
    QVERIFY(first.start());
    const SyncReport dropped = run(first, Accounts::Pop3Retention::DeleteAfterDownload);
    QCOMPARE(first.failure(), QString());
    QVERIFY(dropped.error);
    QCOMPARE(inboxCount(), 2);
    // Stored, but the deletion is not known to have happened: no mark.
    for (const Store::Pop3LedgerEntry &entry : ledger()) {
        QVERIFY(entry.stored);
        QVERIFY(!entry.deletedOnServer);
    }

    // The server kept both (no UPDATE state): deleted now, downloaded not again.
    FakeServer second;
    dele(dele(listing(login(second), uidls, messages), 1), 2).expect("QUIT").send("+OK bye\r\n").close();
    QVERIFY(second.start());
    const SyncReport again = run(second, Accounts::Pop3Retention::DeleteAfterDownload);
    QVERIFY2(again.ok(), qPrintable(failureOf(again) + second.log()));
    QCOMPARE(second.failure(), QString());
    QVERIFY(!second.received().contains("RETR"));
    QCOMPARE(inboxCount(), 2);
    for (const Store::Pop3LedgerEntry &entry : ledger()) {
        QVERIFY(entry.deletedOnServer);
    }
}

void TestPop3RetrievalFake::serverWithoutUidl()
{
    // Messages 2 and 3 have the same headers: told apart by their place in the listing.
    const QList<QByteArray> messages {message(1), message(2, "same"), message(3, "same")};
    QByteArray list = "+OK\r\n";
    for (int i = 0; i < messages.size(); ++i) {
        list += QByteArray::number(i + 1) + ' ' + QByteArray::number(messages.at(i).size()) + "\r\n";
    }
    const auto identify = [&](FakeServer &server) -> FakeServer & {
        login(server, "USER\r\nTOP\r\n")
            .expect("UIDL")
            .send("-ERR unknown command\r\n")
            .expect("LIST")
            .send(list + ".\r\n");
        for (int i = 0; i < messages.size(); ++i) {
            server.expect("TOP " + QByteArray::number(i + 1) + " 0").send(topReply(messages.at(i)));
        }
        return server;
    };
    FakeServer first;
    retr(retr(retr(identify(first), 1, messages.at(0)), 2, messages.at(1)), 3, messages.at(2))
        .expect("QUIT")
        .send("+OK bye\r\n")
        .close();
    QVERIFY(first.start());
    const SyncReport report = run(first, Accounts::Pop3Retention::Keep);
    QVERIFY2(report.ok(), qPrintable(failureOf(report) + first.log()));
    QCOMPARE(first.failure(), QString());
    QVERIFY(!report.warnings.isEmpty());
    QCOMPARE(inboxCount(), 3);
    const QList<Store::Pop3LedgerEntry> entries = ledger();
    QCOMPARE(entries.size(), 3);
    QSet<QByteArray> identities;
    for (const Store::Pop3LedgerEntry &entry : entries) {
        QVERIFY2(entry.uidl.startsWith("~top:"), entry.uidl.constData());
        QVERIFY(entry.uidl.size() <= 70);
        QVERIFY(entry.stored);
        identities.insert(entry.uidl);
    }
    QCOMPARE(identities.size(), 3);

    // The same headers give the same identities: nothing is downloaded again.
    FakeServer second;
    identify(second).expect("QUIT").send("+OK bye\r\n").close();
    QVERIFY(second.start());
    const SyncReport again = run(second, Accounts::Pop3Retention::Keep);
    QVERIFY2(again.ok(), qPrintable(failureOf(again) + second.log()));
    QCOMPARE(second.failure(), QString());
    QVERIFY(!second.received().contains("RETR"));
    QCOMPARE(inboxCount(), 3);
    QCOMPARE(again.folders.first().newMessages, 0);
}

void TestPop3RetrievalFake::hostileUidlsAreNeverPaths()
{
    const QList<QByteArray> messages {message(1), message(2), message(3)};
    const QList<QByteArray> uidls {"../../x", QByteArray(2000, 'y'), QByteArray("a\x01/b")};
    // What is next to the cache directory already (the temp dir is shared) is not ours.
    const QString root = m_directory->path();
    const bool upTwoBefore = QFileInfo::exists(QDir(root).filePath(QStringLiteral("../../x")));
    const bool upOneBefore = QFileInfo::exists(QDir(root).filePath(QStringLiteral("../x")));
    FakeServer server;
    FakeServer &script = listing(login(server), uidls, messages);
    // The two invalid UIDLs are identified by their headers instead.
    script.expect("TOP 2 0").send(topReply(messages.at(1))).expect("TOP 3 0").send(topReply(messages.at(2)));
    retr(retr(retr(script, 1, messages.at(0)), 2, messages.at(1)), 3, messages.at(2))
        .expect("QUIT")
        .send("+OK bye\r\n")
        .close();
    QVERIFY(server.start());
    const SyncReport report = run(server, Accounts::Pop3Retention::Keep);
    QVERIFY2(report.ok(), qPrintable(failureOf(report) + server.log()));
    QCOMPARE(server.failure(), QString());
    QCOMPARE(inboxCount(), 3);
    QVERIFY(Store::Pop3Ledger(*m_database).entry("../../x").value().has_value());
    for (const Store::Pop3LedgerEntry &entry : ledger()) {
        QVERIFY(entry.uidl == "../../x" || entry.uidl.startsWith("~top:"));
    }
    // Below the cache: the database and blobs named by random keys, nothing else; and
    // nothing next to the cache directory.
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    int blobs = 0;
    while (it.hasNext()) {
        const QString relative = QDir(root).relativeFilePath(it.next());
        if (relative.startsWith(QLatin1String("blobs/"))) {
            QVERIFY2(Store::BlobStore::isValidKey(it.fileName()), qPrintable(relative));
            QCOMPARE(relative, QStringLiteral("blobs/%1/%2").arg(it.fileName().left(2), it.fileName()));
            ++blobs;
        } else {
            QVERIFY2(relative.startsWith(Store::Database::cacheFileName()), qPrintable(relative));
        }
    }
    QCOMPARE(blobs, 3);
    QCOMPARE(QFileInfo::exists(QDir(root).filePath(QStringLiteral("../../x"))), upTwoBefore);
    QCOMPARE(QFileInfo::exists(QDir(root).filePath(QStringLiteral("../x"))), upOneBefore);
}

void TestPop3RetrievalFake::largeMessageIsStreamedWhole()
{
    // Larger than what is parsed (Pop3DownloadBatch::parsedPrefix): the blob still has it all.
    QByteArray big = "From: fake@letterbox.test\r\nSubject: big\r\n\r\n";
    while (big.size() < 5 * 1024 * 1024) {
        big += QByteArray(76, 'x') + "\r\n";
    }
    FakeServer server;
    retr(listing(login(server), {"big"}, {big}), 1, big).expect("QUIT").send("+OK bye\r\n").close();
    QVERIFY(server.start());
    const SyncReport report = run(server, Accounts::Pop3Retention::Keep);
    QVERIFY2(report.ok(), qPrintable(failureOf(report) + server.log()));
    const auto inbox = Store::FolderStore(*m_database).findByRole(Store::SpecialUse::Inbox).value();
    const auto id = Store::MessageStore(*m_database).idForUidl(inbox->id, "big").value();
    QVERIFY(id);
    const auto record = Store::MessageQuery(*m_database).record(*id).value();
    QVERIFY(record);
    QCOMPARE(record->subject, QStringLiteral("big"));
    QCOMPARE(record->size, big.size());
    QCOMPARE(m_database->blobs().read(record->blobKey).value(), big);
}

void TestPop3RetrievalFake::cancelKeepsWhatArrivedAndDeletesNothing()
{
    const QList<QByteArray> messages {message(1), message(2)};
    FakeServer server;
    // The second message never ends: the person cancels while waiting for it.
    retr(listing(login(server), {"c1", "c2"}, messages), 1, messages.at(0))
        .expect("RETR 2")
        .send("+OK\r\n" + messages.at(1).left(20));
    QVERIFY(server.start());
    Services::Pop3ServerSettings settings;
    settings.endpoint = {QStringLiteral("127.0.0.1"), server.port()};
    settings.session.security = Pop3::Pop3Security::None;
    settings.session.plaintextAllowed = true;
    settings.session.credentials = {QStringLiteral("test"), QStringLiteral("secret"), {}};
    settings.retention = Accounts::Pop3Retention::DeleteAfterDownload;
    Pop3Retrieval engine(*m_database);
    engine.setSettings(settings);
    QSignalSpy finished(&engine, &Pop3Retrieval::finished);
    QSignalSpy progress(&engine, &Pop3Retrieval::progress);
    QVERIFY(engine.sync({}));
    QVERIFY(!engine.sync({})); // one run at a time
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 2, 10000); // 0 of 2, then 1 of 2
    QTRY_VERIFY_WITH_TIMEOUT(server.isFinished(), 10000);
    engine.cancel();
    QVERIFY(!finished.isEmpty() || finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    const SyncReport report = finished.first().first().value<SyncReport>();
    QVERIFY(report.error && report.error->temporary);
    QVERIFY(!engine.isRunning());
    QCOMPARE(inboxCount(), 1);
    QVERIFY(!server.received().contains("DELE"));
    QVERIFY(!server.received().contains("QUIT"));
    QVERIFY(Store::Pop3Ledger(*m_database).entry("c1").value()->stored);
    QVERIFY(!Store::Pop3Ledger(*m_database).entry("c2").value()->stored);
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1); // exactly one
}

void TestPop3RetrievalFake::stlsNotOfferedIsASecurityError()
{
    FakeServer server;
    server.send("+OK fake POP3 ready\r\n").expect("CAPA").send("+OK\r\nUSER\r\nUIDL\r\n.\r\n").expectDisconnect();
    QVERIFY(server.start());
    Services::Pop3ServerSettings settings;
    settings.endpoint = {QStringLiteral("127.0.0.1"), server.port()};
    settings.session.security = Pop3::Pop3Security::StartTls;
    settings.session.credentials = {QStringLiteral("test"), QStringLiteral("secret"), {}};
    Pop3Retrieval engine(*m_database);
    engine.setSettings(settings);
    QSignalSpy finished(&engine, &Pop3Retrieval::finished);
    QVERIFY(engine.sync({}));
    QVERIFY(!finished.isEmpty() || finished.wait(10000));
    const SyncReport report = finished.first().first().value<SyncReport>();
    QVERIFY(report.error);
    QVERIFY(report.error->security);
    QVERIFY(!report.error->temporary);
    QVERIFY2(
        !server.received().contains("USER") && !server.received().contains("secret"), server.received().constData());
    QCOMPARE(inboxCount(), 0);
}

qint64 TestPop3RetrievalFake::imapInbox()
{
    Store::NewFolder inbox;
    inbox.path = QStringLiteral("INBOX");
    inbox.delimiter = QStringLiteral("/");
    inbox.role = Store::SpecialUse::Inbox;
    Store::FolderStore folders(*m_database);
    const Store::Result<qint64> id = folders.create(inbox);
    return id.ok() && folders.setSyncState(id.value(), {7, 100, 0}).ok() ? id.value() : 0;
}

qint64 TestPop3RetrievalFake::imapRow(qint64 inbox, quint32 uid, const QByteArray &raw, bool body)
{
    Store::NewMessage row;
    row.uid = uid;
    row.size = raw.size();
    const qsizetype at = raw.indexOf("Message-ID: <");
    if (at >= 0) {
        row.messageId = QString::fromLatin1(raw.mid(at + 13, raw.indexOf('>', at) - at - 13));
    }
    row.subject = QString::fromLatin1(raw.mid(raw.indexOf("Subject: ") + 9).split('\r').first());
    if (body) {
        const Store::Result<Store::BlobInfo> blob = m_database->blobs().write(raw);
        row.bodyState = Store::BodyState::Full;
        row.blobKey = blob.value().key;
        row.blobSize = blob.value().size;
    }
    const Store::Result<QList<qint64>> ids = Store::MessageStore(*m_database).insert(inbox, {row});
    return ids.ok() ? ids.value().first() : 0;
}

void TestPop3RetrievalFake::afterImapTakesOverWhatIsHeld()
{
    // On the server, in this order:
    const QList<QByteArray> server {
        switchMessage("whole", "m1@x"), // 1: cached with its body: taken over
        switchMessage("headers only", "m2@x"), // 2: cached without body: RETR fills that row
        switchMessage("list copy", "m3@x", "-- the list's footer\r\n"), // 3: cached at another size
        switchMessage("anonymous", {}), // 4: no Message-ID
        switchMessage("twice", "m5@x"), // 5 and 6: one message delivered twice, cached once
        switchMessage("twice", "m5@x"),
    };
    const qint64 inboxId = imapInbox();
    const qint64 whole = imapRow(inboxId, 11, server.at(0), true);
    const qint64 headersOnly = imapRow(inboxId, 12, server.at(1), false);
    const qint64 original = imapRow(inboxId, 13, switchMessage("list copy", "m3@x"), true);
    imapRow(inboxId, 14, server.at(3), true);
    const qint64 twice = imapRow(inboxId, 15, server.at(4), true);
    const QString wholeBlob = Store::MessageQuery(*m_database).record(whole).value()->blobKey;

    FakeServer fake;
    listing(login(fake), {"u1", "u2", "u3", "u4", "u5", "u6"}, server);
    for (int i = 0; i < server.size(); ++i) {
        fake.expect("TOP " + QByteArray::number(i + 1) + " 0").send(topReply(server.at(i)));
    }
    for (const int number : {2, 3, 4, 6}) {
        retr(fake, number, server.at(number - 1));
    }
    for (int number = 1; number <= server.size(); ++number) {
        dele(fake, number);
    }
    fake.expect("QUIT").send("+OK bye\r\n").close();
    QVERIFY(fake.start());

    const SyncReport report = run(fake, Accounts::Pop3Retention::DeleteAfterDownload);
    QVERIFY2(report.ok(), qPrintable(failureOf(report) + fake.log()));
    QCOMPARE(fake.failure(), QString());
    QVERIFY(!fake.received().contains("RETR 1\r\n"));
    QVERIFY(!fake.received().contains("RETR 5\r\n"));
    QCOMPARE(report.folders.size(), 1);
    QCOMPARE(report.folders.first().adopted, 2);
    QCOMPARE(report.folders.first().bodiesFetched, 4);
    QCOMPARE(report.folders.first().newMessages, 3); // 3, 4 and 6; 2 filled its row

    // The IMAP Inbox is the POP3 Inbox now: five rows of before, three new, no twin.
    const std::optional<Store::Folder> inbox = Store::FolderStore(*m_database).folder(inboxId).value();
    QVERIFY(inbox->localOnly);
    QCOMPARE(inbox->totalCount, 8);
    Store::MessageQuery query(*m_database);
    QCOMPARE(query.record(whole).value()->uidl, QByteArray("u1"));
    QCOMPARE(query.record(whole).value()->blobKey, wholeBlob);
    QCOMPARE(query.record(headersOnly).value()->uidl, QByteArray("u2"));
    QCOMPARE(query.record(headersOnly).value()->bodyState, Store::BodyState::Full);
    QCOMPARE(m_database->blobs().read(query.record(headersOnly).value()->blobKey).value(), server.at(1));
    QVERIFY(query.record(original).value()->uidl.isEmpty()); // another message
    QCOMPARE(query.record(twice).value()->uidl, QByteArray("u5"));
    // Everything deleted was stored first, and marked only after QUIT's +OK.
    const QList<Store::Pop3LedgerEntry> ledger = Store::Pop3Ledger(*m_database).entries().value();
    QCOMPARE(ledger.size(), 6);
    for (const Store::Pop3LedgerEntry &entry : ledger) {
        QVERIFY2(entry.stored && entry.deletedOnServer, entry.uidl.constData());
    }
}

void TestPop3RetrievalFake::nothingFromImapCostsNoTop()
{
    // Every cached row has a UIDL (POP3 all along) or no Message-ID: no TOP is sent.
    imapRow(imapInbox(), 1, switchMessage("anonymous", {}), true);
    const QByteArray fresh = switchMessage("fresh", "f@x");
    FakeServer fake;
    retr(listing(login(fake), {"f1"}, {fresh}), 1, fresh).expect("QUIT").send("+OK bye\r\n").close();
    QVERIFY(fake.start());
    const SyncReport report = run(fake, Accounts::Pop3Retention::Keep);
    QVERIFY2(report.ok(), qPrintable(fake.log()));
    QCOMPARE(fake.failure(), QString());
    QCOMPARE(report.folders.first().adopted, 0);
    QCOMPARE(report.folders.first().newMessages, 1);
}

QTEST_GUILESS_MAIN(TestPop3RetrievalFake)
#include "tst_pop3retrievalfake.moc"
