// ImapRetrieval against a scripted IMAP4rev1 server without LIST-EXTENDED, CONDSTORE,
// QRESYNC or ESEARCH, with UIDs far apart: what Dovecot in the lab will not be. The
// folder list comes from LIST and LSUB, new mail from one open UID range (runs of 1,000
// UIDs would be a thousand empty commands), and a resync compares every flag.
#include "fakeserver.h"

#include "services/imap/imapretrieval.h"
#include "services/imap/imapsyncwindow.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagequery.h"
#include "store/messagestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox;

namespace {

QByteArray fetchLine(int sequence, quint32 uid, const QByteArray &flags, const QByteArray &subject)
{
    return "* " + QByteArray::number(sequence) + " FETCH (UID " + QByteArray::number(uid) + " FLAGS (" + flags
        + ") INTERNALDATE \"01-Dec-2026 10:00:00 +0000\" RFC822.SIZE 120 ENVELOPE (\"Tue, 1 Dec 2026 10:00:00 "
          "+0000\" \""
        + subject
        + "\" ((NIL NIL \"dave\" \"example.org\")) NIL NIL ((NIL NIL \"carol\" \"example.org\")) NIL NIL NIL \"<"
        + QByteArray::number(uid)
        + "@example.org>\") BODYSTRUCTURE (\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 6 1 NIL "
          "NIL NIL NIL) BODY[HEADER.FIELDS (REFERENCES)] {2}\r\n\r\n)\r\n";
}

// Login, LIST and LSUB as the engine sends them to a server with none of the extensions.
FakeServer &loginAndList(FakeServer &server)
{
    return server.send("* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN LITERAL+] old server ready\r\n")
        .expectMatch(QRegularExpression(QStringLiteral("^A1 AUTHENTICATE PLAIN ")))
        .send("A1 OK [CAPABILITY IMAP4rev1 LITERAL+] logged in\r\n")
        .expectMatch(QRegularExpression(QStringLiteral("^A2 LIST \"\" \"?\\*\"?$")))
        .expectMatch(QRegularExpression(QStringLiteral("^A3 LSUB \"\" \"?\\*\"?$")))
        .send("* LIST (\\HasNoChildren) \"/\" INBOX\r\n* LIST (\\HasNoChildren) \"/\" Old\r\nA2 OK listed\r\n"
              "* LSUB () \"/\" INBOX\r\nA3 OK listed\r\n");
}

} // namespace

class TestImapSyncFake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oldServerSparseUids();
    void syncWindowThenEveryMessage();

private:
    Services::SyncReport sync(Store::Database &database, quint16 port, int syncDays = 0);
};

Services::SyncReport TestImapSyncFake::sync(Store::Database &database, quint16 port, int syncDays)
{
    Services::ImapRetrieval engine(database);
    Services::ImapServerSettings settings;
    settings.accountName = QStringLiteral("old");
    settings.endpoint = {QStringLiteral("127.0.0.1"), port};
    settings.session.security = Imap::ImapSecurity::None;
    settings.session.plaintextAllowed = true; // a fake server on loopback, no TLS to test here
    settings.session.credentials = Imap::ImapCredentials {QStringLiteral("carol"), QStringLiteral("secret"), {}};
    settings.timeouts.readMs = 3000;
    settings.syncDays = syncDays;
    engine.setSettings(settings);
    QSignalSpy finished(&engine, &Services::ImapRetrieval::finished);
    if (!engine.sync({}) || !finished.wait(15000)) {
        return {};
    }
    return finished.first().first().value<Services::SyncReport>();
}

void TestImapSyncFake::oldServerSparseUids()
{
    QTemporaryDir directory;
    Store::Database database(directory.path());
    QVERIFY(database.open().ok());

    FakeServer first;
    loginAndList(first)
        .expect("A4 SELECT INBOX")
        .send("* 3 EXISTS\r\n* OK [UIDVALIDITY 9] UIDs valid\r\n* OK [UIDNEXT 1000001] next\r\nA4 OK [READ-WRITE] "
              "selected\r\n")
        .expect("A5 UID FETCH 1:* (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE "
                "BODY.PEEK[HEADER.FIELDS (REFERENCES)])")
        .send(fetchLine(1, 5, "\\Seen", "first") + fetchLine(2, 500000, "", "second")
            + fetchLine(3, 1000000, "", "third") + "A5 OK fetched\r\n")
        .expect("A6 LOGOUT")
        .send("* BYE bye\r\nA6 OK done\r\n")
        .close();
    QVERIFY(first.start());
    const Services::SyncReport report = sync(database, first.port());
    QVERIFY2(first.failure().isEmpty(), qPrintable(first.failure() + first.log()));
    QVERIFY2(report.ok(), report.error ? qPrintable(report.error->text) : "");
    QCOMPARE(report.folders.size(), 1); // "Old" is not subscribed (LSUB)
    QCOMPARE(report.folders.first().newMessages, 3);
    Store::FolderStore folders(database);
    const Store::Folder inbox = *folders.findByPath(QStringLiteral("INBOX")).value();
    QVERIFY(!folders.findByPath(QStringLiteral("Old")).value()->subscribed);
    QCOMPARE(inbox.sync.uidValidity, 9u);
    QCOMPARE(inbox.sync.uidNext, 1000001u);
    QCOMPARE(inbox.sync.highestModSeq, 0);
    QCOMPARE(Store::MessageStore(database).uids(inbox.id).value(), (QList<quint32> {5, 500000, 1000000}));

    // Resync: one message went, one changed flags; no mod-sequences, so every flag is
    // fetched and the missing UID is the expunged one. A new message came too.
    FakeServer second;
    loginAndList(second)
        .expect("A4 SELECT INBOX")
        .send("* 3 EXISTS\r\n* OK [UIDVALIDITY 9] UIDs valid\r\n* OK [UIDNEXT 1000005] next\r\nA4 OK [READ-WRITE] "
              "selected\r\n")
        .expect("A5 UID FETCH 1:1000000 (UID FLAGS)")
        .expect("A6 UID FETCH 1000001:* (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE "
                "BODY.PEEK[HEADER.FIELDS (REFERENCES)])")
        .send("* 1 FETCH (UID 5 FLAGS (\\Seen \\Flagged))\r\n* 2 FETCH (UID 1000000 FLAGS ())\r\nA5 OK fetched\r\n"
            + fetchLine(3, 1000004, "", "fourth") + "A6 OK fetched\r\n")
        .expect("A7 LOGOUT")
        .send("* BYE bye\r\nA7 OK done\r\n")
        .close();
    QVERIFY(second.start());
    const Services::SyncReport again = sync(database, second.port());
    QVERIFY2(second.failure().isEmpty(), qPrintable(second.failure() + second.log()));
    QVERIFY2(again.ok(), again.error ? qPrintable(again.error->text) : "");
    QCOMPARE(again.folders.first().newMessages, 1);
    QCOMPARE(again.folders.first().changed, 1);
    QCOMPARE(again.folders.first().vanished, 1);
    QCOMPARE(Store::MessageStore(database).uids(inbox.id).value(), (QList<quint32> {5, 1000000, 1000004}));
    const qint64 id = *Store::MessageStore(database).idForUid(inbox.id, 5).value();
    QVERIFY(Store::MessageQuery(database).record(id).value()->flags.testFlag(Store::MessageFlag::Flagged));
    QCOMPARE(folders.findByPath(QStringLiteral("INBOX")).value()->sync.uidNext, 1000005u);
}

// imap-sync-days 30: only what UID SEARCH SINCE names gets a header row; the count check
// then knows the folder holds more and removes nothing. With the window turned off, the
// next sync's count check finds the older message and fetches its header by UID.
void TestImapSyncFake::syncWindowThenEveryMessage()
{
    QTemporaryDir directory;
    Store::Database database(directory.path());
    QVERIFY(database.open().ok());
    const QByteArray since = Services::ImapSyncWindow::imapDate(*Services::ImapSyncWindow::since(30, QDate::currentDate()));
    const QByteArray headers = " (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE "
                               "BODY.PEEK[HEADER.FIELDS (REFERENCES)])";
    const QByteArray selected = "* 3 EXISTS\r\n* OK [UIDVALIDITY 9] UIDs valid\r\n* OK [UIDNEXT 1000001] next\r\n"
                                "A4 OK [READ-WRITE] selected\r\n";

    FakeServer windowed;
    loginAndList(windowed)
        .expect("A4 SELECT INBOX")
        .send(selected)
        .expect("A5 UID SEARCH SINCE " + since)
        .send("* SEARCH 1000000 500000\r\nA5 OK searched\r\n")
        .expect("A6 UID FETCH 500000,1000000" + headers)
        .send(fetchLine(2, 500000, "", "second") + fetchLine(3, 1000000, "", "third") + "A6 OK fetched\r\n")
        .expect("A7 UID SEARCH ALL")
        .send("* SEARCH 5 500000 1000000\r\nA7 OK searched\r\n")
        .expect("A8 LOGOUT")
        .send("* BYE bye\r\nA8 OK done\r\n")
        .close();
    QVERIFY(windowed.start());
    const Services::SyncReport report = sync(database, windowed.port(), 30);
    QVERIFY2(windowed.failure().isEmpty(), qPrintable(windowed.failure() + windowed.log()));
    QVERIFY2(report.ok(), report.error ? qPrintable(report.error->text) : "");
    QCOMPARE(report.folders.first().newMessages, 2);
    QCOMPARE(report.folders.first().vanished, 0);
    Store::FolderStore folders(database);
    const Store::Folder inbox = *folders.findByPath(QStringLiteral("INBOX")).value();
    QCOMPARE(Store::MessageStore(database).uids(inbox.id).value(), (QList<quint32> {500000, 1000000}));

    FakeServer everything;
    loginAndList(everything)
        .expect("A4 SELECT INBOX")
        .send(selected)
        .expect("A5 UID FETCH 1:1000000 (UID FLAGS)")
        .send("* 1 FETCH (UID 5 FLAGS (\\Seen))\r\n* 2 FETCH (UID 500000 FLAGS ())\r\n"
              "* 3 FETCH (UID 1000000 FLAGS ())\r\nA5 OK fetched\r\n")
        .expect("A6 UID SEARCH ALL")
        .send("* SEARCH 5 500000 1000000\r\nA6 OK searched\r\n")
        .expect("A7 UID FETCH 5" + headers)
        .send(fetchLine(1, 5, "\\Seen", "first") + "A7 OK fetched\r\n")
        .expect("A8 LOGOUT")
        .send("* BYE bye\r\nA8 OK done\r\n")
        .close();
    QVERIFY(everything.start());
    const Services::SyncReport again = sync(database, everything.port());
    QVERIFY2(everything.failure().isEmpty(), qPrintable(everything.failure() + everything.log()));
    QVERIFY2(again.ok(), again.error ? qPrintable(again.error->text) : "");
    QCOMPARE(again.folders.first().newMessages, 1);
    QCOMPARE(Store::MessageStore(database).uids(inbox.id).value(), (QList<quint32> {5, 500000, 1000000}));
    const qint64 id = *Store::MessageStore(database).idForUid(inbox.id, 5).value();
    QVERIFY(Store::MessageQuery(database).record(id).value()->flags.testFlag(Store::MessageFlag::Seen));
}

QTEST_GUILESS_MAIN(TestImapSyncFake)
#include "tst_imapsyncfake.moc"
