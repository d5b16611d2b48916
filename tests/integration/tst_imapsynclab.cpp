// ImapRetrieval against the lab's real Dovecot, as carol. Every test makes a folder of its
// own through a second session (LineClient), APPENDs mail to it, syncs only that folder
// into a fresh cache, changes things through the second session and syncs again. The
// QRESYNC, CONDSTORE-only and plain UID paths run against the same server.
#include "imaplabfolder.h"

#include "services/imap/imapretrieval.h"
#include "store/blobstore.h"
#include "store/bodycache.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagequery.h"
#include "store/messagestore.h"
#include "store/offlinejournal.h"
#include "store/transaction.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox;
using Services::ImapRetrieval;
using Services::ImapRetrievalOptions;
using Services::SyncReport;

namespace {

enum class Path { QResync, CondStore, Uid };

ImapRetrievalOptions optionsFor(Path path)
{
    ImapRetrievalOptions options;
    options.useQResync = path == Path::QResync;
    options.useCondStore = path != Path::Uid;
    // These tests check the sync against pending journal entries; the replay has its own.
    options.replayJournal = false;
    return options;
}

/// A cache in a directory of its own.
struct Cache
{
    QTemporaryDir directory;
    Store::Database database {directory.path()};
    bool open() { return directory.isValid() && database.open().ok(); }
};

QString why(const SyncReport &report)
{
    return report.error ? report.error->text : QString();
}

/// What two caches must agree on, per message.
QStringList cacheSummary(Store::Database &database, const QString &path)
{
    const auto folder = Store::FolderStore(database).findByPath(path);
    if (!folder.ok() || !folder.value()) {
        return {QStringLiteral("no folder")};
    }
    Store::MessageQuery query(database);
    const auto ids = query.orderedIds(folder.value()->id, Store::SortKey::Date);
    QStringList rows;
    for (const Store::MessageRecord &r : query.records(ids.value()).value()) {
        rows.append(QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(r.uid.value_or(0))
                        .arg(r.flags.toInt())
                        .arg(r.keywords.join(QLatin1Char(',')), r.subject, r.messageId));
    }
    rows.sort();
    return rows;
}

} // namespace

class TestImapSyncLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstSync();
    void flagFromAnotherSession_data();
    void flagFromAnotherSession();
    void expungeByAnotherSession_data();
    void expungeByAnotherSession();
    void qresyncAndFallbackAgree();
    void pendingLocalFlagWins_data();
    void pendingLocalFlagWins();
    void uidValidityChangeKeepsJournal();
    void resyncWithoutChangeSendsLittle_data();
    void resyncWithoutChangeSendsLittle();
    void bodiesAreDownloadedAndSearchable();
    void bodyOnDemand();
    void cancelledSyncResumes();
    void wholeAccountFollowsSubscriptions();
    void syncWindowKeepsTheLastDays_data();
    void syncWindowKeepsTheLastDays();

private:
    Services::ImapServerSettings settings() const;
    SyncReport sync(Store::Database &database, Path path, bool bodies = false, ImapRetrieval **engine = nullptr);
    QList<QByteArray> command(const QByteArray &command);
    quint32 append(const QString &subject, const QByteArray &extraHeaders = {}, const QByteArray &body = {});
    quint32 uidValidity();
    void fill(int count);

    ImapLabFolder m_lab;
    QString m_folder;
    std::unique_ptr<ImapRetrieval> m_lastEngine;
    int m_syncDays = 0; ///< the account's imap-sync-days for the next sync()
};

void TestImapSyncLab::initTestCase()
{
    QString error;
    QVERIFY2(m_lab.login(&error), qPrintable(error));
}

void TestImapSyncLab::init()
{
    m_syncDays = 0;
    QVERIFY(m_lab.create(QStringLiteral("Sync-")));
    m_folder = m_lab.folder();
}

void TestImapSyncLab::cleanup()
{
    m_lab.remove();
}

QList<QByteArray> TestImapSyncLab::command(const QByteArray &text)
{
    return m_lab.command(text);
}

quint32 TestImapSyncLab::append(const QString &subject, const QByteArray &extraHeaders, const QByteArray &body)
{
    return m_lab.append(subject, extraHeaders, body);
}

void TestImapSyncLab::fill(int count)
{
    for (int i = 0; i < count; ++i) {
        append(QStringLiteral("Message %1").arg(i));
    }
}

quint32 TestImapSyncLab::uidValidity()
{
    static const QRegularExpression code(QStringLiteral("UIDVALIDITY (\\d+)"));
    for (const QByteArray &line : command("STATUS " + m_folder.toUtf8() + " (UIDVALIDITY)")) {
        const QRegularExpressionMatch match = code.match(QString::fromLatin1(line));
        if (match.hasMatch()) {
            return match.captured(1).toUInt();
        }
    }
    return 0;
}

Services::ImapServerSettings TestImapSyncLab::settings() const
{
    Services::ImapServerSettings settings = m_lab.settings();
    settings.syncDays = m_syncDays;
    return settings;
}

SyncReport TestImapSyncLab::sync(Store::Database &database, Path path, bool bodies, ImapRetrieval **engine)
{
    m_lastEngine = std::make_unique<ImapRetrieval>(database);
    m_lastEngine->setSettings(settings());
    m_lastEngine->setOptions(optionsFor(path));
    if (engine) {
        *engine = m_lastEngine.get();
    }
    QSignalSpy finished(m_lastEngine.get(), &ImapRetrieval::finished);
    Services::SyncRequest request;
    request.folder = m_folder;
    request.bodies = bodies;
    if (!m_lastEngine->sync(request) || !finished.wait(60000)) {
        SyncReport failed;
        failed.error = Services::RetrievalError {false, false, true, QStringLiteral("no finished()"), {}};
        return failed;
    }
    return finished.first().first().value<SyncReport>();
}

void TestImapSyncLab::firstSync()
{
    append(QStringLiteral("=?UTF-8?Q?Gr=C3=BC=C3=9Fe?= from Dave"));
    append(QStringLiteral("With an attachment"),
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n",
        "--b1\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n--b1\r\nContent-Type: application/pdf; "
        "name=\"a.pdf\"\r\nContent-Disposition: attachment; filename=\"a.pdf\"\r\nContent-Transfer-Encoding: "
        "base64\r\n\r\nJVBERi0=\r\n--b1--\r\n");
    append(QStringLiteral("Re: the thread"),
        "In-Reply-To: <root@letterbox.test>\r\nReferences: <older@letterbox.test>\r\n <root@letterbox.test>\r\n");
    Cache cache;
    QVERIFY(cache.open());
    const SyncReport report = sync(cache.database, Path::QResync);
    QVERIFY2(report.ok(), qPrintable(why(report)));
    QCOMPARE(report.protocol, QStringLiteral("imap"));
    QCOMPARE(report.account, QStringLiteral("carol"));
    QCOMPARE(report.folders.size(), 1);
    QCOMPARE(report.folders.first().folder, m_folder);
    QCOMPARE(report.folders.first().newMessages, 3);
    QVERIFY(report.folders.first().bytesIn > 0 && report.folders.first().roundTrips > 0);
    QVERIFY(report.bytesIn >= report.folders.first().bytesIn);

    Store::FolderStore folders(cache.database);
    for (const auto &[role, path] : {std::pair {Store::SpecialUse::Inbox, "INBOX"}, {Store::SpecialUse::Sent, "Sent"},
             {Store::SpecialUse::Drafts, "Drafts"}, {Store::SpecialUse::Trash, "Trash"},
             {Store::SpecialUse::Junk, "Junk"}, {Store::SpecialUse::Archive, "Archive"}}) {
        const auto found = folders.findByRole(role);
        QVERIFY(found.ok() && found.value());
        QCOMPARE(found.value()->path, QString::fromLatin1(path));
    }
    const auto folder = folders.findByPath(m_folder).value();
    QVERIFY(folder);
    QVERIFY(folder->sync.uidValidity != 0);
    QCOMPARE(folder->sync.uidValidity, uidValidity());
    QCOMPARE(folder->sync.uidNext, 4u);
    QVERIFY(folder->sync.highestModSeq > 0);
    QCOMPARE(folder->totalCount, 3);

    Store::MessageQuery query(cache.database);
    QList<Store::MessageRecord> rows
        = query.records(query.orderedIds(folder->id, Store::SortKey::Date).value()).value();
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.uid < b.uid; });
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].subject, QStringLiteral("Grüße from Dave"));
    QCOMPARE(rows[0].fromName, QStringLiteral("Dave Example"));
    QCOMPARE(rows[0].fromAddress, QStringLiteral("dave@letterbox.test"));
    QCOMPARE(rows[0].toSummary, QStringLiteral("Carol <carol@letterbox.test>, erin@letterbox.test"));
    QVERIFY(rows[0].messageId.endsWith(QStringLiteral("@letterbox.test")) && !rows[0].messageId.startsWith(u'<'));
    QCOMPARE(rows[0].sentDate, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    QVERIFY(rows[0].internalDate.isValid());
    QVERIFY(rows[0].size > 100);
    QVERIFY(!rows[0].hasAttachments);
    QVERIFY(rows[1].hasAttachments);
    QCOMPARE(rows[2].inReplyTo, QStringLiteral("root@letterbox.test"));
    QCOMPARE(rows[2].references,
        (QStringList {QStringLiteral("older@letterbox.test"), QStringLiteral("root@letterbox.test")}));
    QCOMPARE(rows[2].bodyState, Store::BodyState::None);
    QVERIFY(rows[0].isUnread());
}

void TestImapSyncLab::flagFromAnotherSession_data()
{
    QTest::addColumn<Path>("path");
    QTest::newRow("qresync") << Path::QResync;
    QTest::newRow("condstore") << Path::CondStore;
    QTest::newRow("uid-fallback") << Path::Uid;
}

void TestImapSyncLab::flagFromAnotherSession()
{
    QFETCH(Path, path);
    fill(5);
    Cache cache;
    QVERIFY(cache.open());
    QVERIFY(sync(cache.database, path).ok());
    QVERIFY(command("UID STORE 2 +FLAGS (\\Flagged $Work)").last().contains(" OK"));
    QVERIFY(command("UID STORE 4 +FLAGS (\\Seen)").last().contains(" OK"));
    const SyncReport report = sync(cache.database, path);
    QVERIFY2(report.ok(), qPrintable(why(report)));
    QCOMPARE(report.folders.first().changed, 2);
    QCOMPARE(report.folders.first().newMessages, 0);
    const qint64 folderId = Store::FolderStore(cache.database).findByPath(m_folder).value()->id;
    Store::MessageQuery query(cache.database);
    const auto two = query.record(*Store::MessageStore(cache.database).idForUid(folderId, 2).value()).value();
    QVERIFY(two->flags.testFlag(Store::MessageFlag::Flagged));
    QCOMPARE(two->keywords, QStringList {QStringLiteral("$Work")});
    const auto four = query.record(*Store::MessageStore(cache.database).idForUid(folderId, 4).value()).value();
    QVERIFY(!four->isUnread());
    QCOMPARE(query.count(folderId).value(), 5);
    QCOMPARE(Store::FolderStore(cache.database).folder(folderId).value()->unreadCount, 4);
}

void TestImapSyncLab::expungeByAnotherSession_data()
{
    flagFromAnotherSession_data();
}

void TestImapSyncLab::expungeByAnotherSession()
{
    QFETCH(Path, path);
    fill(6);
    Cache cache;
    QVERIFY(cache.open());
    QVERIFY(sync(cache.database, path).ok());
    QVERIFY(command("UID STORE 2,5 +FLAGS.SILENT (\\Deleted)").last().contains(" OK"));
    QVERIFY(command("EXPUNGE").last().contains(" OK"));
    append(QStringLiteral("Newer"));
    const SyncReport report = sync(cache.database, path);
    QVERIFY2(report.ok(), qPrintable(why(report)));
    QCOMPARE(report.folders.first().vanished, 2);
    QCOMPARE(report.folders.first().newMessages, 1);
    // Each path finds them its own way: VANISHED (EARLIER) in the SELECT reply, the UIDs
    // missing from UID FETCH 1:n (FLAGS), or the count check's UID SEARCH.
    const QString transcript = m_lastEngine->lastTranscript();
    QCOMPARE(transcript.contains(QLatin1String("VANISHED (EARLIER) 2,5")), path == Path::QResync);
    QCOMPARE(transcript.contains(QLatin1String("UID SEARCH")), path == Path::CondStore);
    const qint64 folderId = Store::FolderStore(cache.database).findByPath(m_folder).value()->id;
    QCOMPARE(Store::MessageStore(cache.database).uids(folderId).value(), (QList<quint32> {1, 3, 4, 6, 7}));
}

void TestImapSyncLab::qresyncAndFallbackAgree()
{
    fill(8);
    Cache viaQresync, viaUid, viaCondStore;
    QVERIFY(viaQresync.open() && viaUid.open() && viaCondStore.open());
    QVERIFY(sync(viaQresync.database, Path::QResync).ok());
    QVERIFY(sync(viaUid.database, Path::Uid).ok());
    QVERIFY(sync(viaCondStore.database, Path::CondStore).ok());
    QCOMPARE(cacheSummary(viaUid.database, m_folder), cacheSummary(viaQresync.database, m_folder));

    QVERIFY(command("UID STORE 1:3 +FLAGS (\\Answered)").last().contains(" OK"));
    QVERIFY(command("UID STORE 3 -FLAGS (\\Answered)").last().contains(" OK"));
    QVERIFY(command("UID STORE 7 +FLAGS ($Label1 \\Draft)").last().contains(" OK"));
    QVERIFY(command("UID STORE 4,8 +FLAGS.SILENT (\\Deleted)").last().contains(" OK"));
    QVERIFY(command("EXPUNGE").last().contains(" OK"));
    append(QStringLiteral("Another"));
    append(QStringLiteral("And another"));
    QVERIFY(sync(viaQresync.database, Path::QResync).ok());
    QVERIFY(sync(viaUid.database, Path::Uid).ok());
    QVERIFY(sync(viaCondStore.database, Path::CondStore).ok());
    const QStringList expected = cacheSummary(viaQresync.database, m_folder);
    QCOMPARE(expected.size(), 8);
    QCOMPARE(cacheSummary(viaUid.database, m_folder), expected);
    QCOMPARE(cacheSummary(viaCondStore.database, m_folder), expected);
}

void TestImapSyncLab::pendingLocalFlagWins_data()
{
    flagFromAnotherSession_data();
}

// RFC 4549 4.2: a local change not yet replayed is not undone by the server's old flags.
void TestImapSyncLab::pendingLocalFlagWins()
{
    QFETCH(Path, path);
    fill(3);
    Cache cache;
    QVERIFY(cache.open());
    QVERIFY(sync(cache.database, path).ok());
    const Store::Folder folder = *Store::FolderStore(cache.database).findByPath(m_folder).value();
    Store::MessageStore messages(cache.database);
    const qint64 id = *messages.idForUid(folder.id, 2).value();
    {
        Store::Transaction transaction(cache.database);
        QVERIFY(messages.changeFlags({id}, Store::MessageFlag::Flagged, {}).ok());
        Store::NewJournalEntry entry;
        entry.kind = Store::JournalKind::Flag;
        entry.folderId = folder.id;
        entry.folderPath = folder.path;
        entry.uids = {2};
        entry.args = {{QStringLiteral("flags"), QJsonArray {QStringLiteral("\\Flagged")}},
            {QStringLiteral("ids"), QJsonArray {id}}, {QStringLiteral("uidValidity"), qint64(folder.sync.uidValidity)}};
        QVERIFY(Store::OfflineJournal(cache.database).append(entry).ok());
        QVERIFY(transaction.commit().ok());
    }
    // The server changes the same message otherwise, so every path reports its flags.
    QVERIFY(command("UID STORE 2 +FLAGS (\\Answered)").last().contains(" OK"));
    QVERIFY(command("UID STORE 3 +FLAGS (\\Answered)").last().contains(" OK"));
    const SyncReport report = sync(cache.database, path);
    QVERIFY2(report.ok(), qPrintable(why(report)));
    Store::MessageQuery query(cache.database);
    QVERIFY(query.record(id).value()->flags.testFlag(Store::MessageFlag::Flagged));
    QVERIFY(
        query.record(*messages.idForUid(folder.id, 3).value()).value()->flags.testFlag(Store::MessageFlag::Answered));
    QCOMPARE(Store::OfflineJournal(cache.database).pendingCount().value(), 1);
}

// RFC 4549 4.1: a new UIDVALIDITY rebuilds the folder; the journal stays and its local
// change is shown again on the message with the same Message-ID.
void TestImapSyncLab::uidValidityChangeKeepsJournal()
{
    const QString subject = QStringLiteral("Kept across UIDVALIDITY");
    append(subject, "X-Seq: 1\r\n");
    append(QStringLiteral("Other"));
    Cache cache;
    QVERIFY(cache.open());
    QVERIFY(sync(cache.database, Path::QResync).ok());
    const Store::Folder before = *Store::FolderStore(cache.database).findByPath(m_folder).value();
    Store::MessageStore messages(cache.database);
    Store::MessageQuery query(cache.database);
    const Store::MessageRecord flagged = *query.record(*messages.idForUid(before.id, 1).value()).value();
    {
        Store::Transaction transaction(cache.database);
        QVERIFY(messages.changeFlags({flagged.id}, Store::MessageFlag::Flagged, {}).ok());
        Store::NewJournalEntry entry;
        entry.kind = Store::JournalKind::Flag;
        entry.folderId = before.id;
        entry.folderPath = before.path;
        entry.uids = {1};
        entry.args = {{QStringLiteral("flags"), QJsonArray {QStringLiteral("\\Flagged")}},
            {QStringLiteral("ids"), QJsonArray {flagged.id}},
            {QStringLiteral("messageIds"), QJsonArray {flagged.messageId}},
            {QStringLiteral("uidValidity"), qint64(before.sync.uidValidity)}};
        QVERIFY(Store::OfflineJournal(cache.database).append(entry).ok());
        QVERIFY(transaction.commit().ok());
    }

    // Delete and re-create the folder with the same name: Dovecot hands out a new
    // UIDVALIDITY. The same message comes back (a copy from INBOX would do as well).
    const QList<QByteArray> fetched = command("UID FETCH 1 (BODY.PEEK[])");
    QVERIFY(fetched.size() >= 2);
    command("UNSELECT");
    QVERIFY(command("DELETE " + m_folder.toUtf8()).last().contains(" OK"));
    QVERIFY(command("CREATE " + m_folder.toUtf8()).last().contains(" OK"));
    QVERIFY(command("SELECT " + m_folder.toUtf8()).last().contains(" OK"));
    append(QStringLiteral("Arrived first now"));
    const QByteArray original = "From: Dave Example <dave@letterbox.test>\r\nSubject: " + subject.toUtf8()
        + "\r\nMessage-ID: <" + flagged.messageId.toUtf8() + ">\r\n\r\nHello again.\r\n";
    QVERIFY(command("APPEND " + m_folder.toUtf8() + " {" + QByteArray::number(original.size()) + "+}\r\n" + original)
                .last()
                .contains(" OK"));
    const quint32 newValidity = uidValidity();
    QVERIFY(newValidity != 0 && newValidity != before.sync.uidValidity);

    const SyncReport report = sync(cache.database, Path::QResync);
    QVERIFY2(report.ok(), qPrintable(why(report)));
    QCOMPARE(report.folders.first().newMessages, 2);
    const Store::Folder after = *Store::FolderStore(cache.database).findByPath(m_folder).value();
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.sync.uidValidity, newValidity);
    QCOMPARE(messages.uids(after.id).value(), (QList<quint32> {1, 2}));
    const Store::MessageRecord again = *query.record(*messages.idForUid(after.id, 2).value()).value();
    QCOMPARE(again.messageId, flagged.messageId);
    QVERIFY(again.flags.testFlag(Store::MessageFlag::Flagged));
    QVERIFY(
        !query.record(*messages.idForUid(after.id, 1).value()).value()->flags.testFlag(Store::MessageFlag::Flagged));
    const auto pending = Store::OfflineJournal(cache.database).pending().value();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().uids, QList<quint32> {1}); // re-resolved by the replay, not here
}

void TestImapSyncLab::resyncWithoutChangeSendsLittle_data()
{
    flagFromAnotherSession_data();
}

void TestImapSyncLab::resyncWithoutChangeSendsLittle()
{
    QFETCH(Path, path);
    fill(30);
    QVERIFY(command("UID STORE 5 +FLAGS (\\Seen)").last().contains(" OK"));
    Cache cache;
    QVERIFY(cache.open());
    ImapRetrieval *engine = nullptr;
    QVERIFY(sync(cache.database, path, false, &engine).ok());
    const SyncReport report = sync(cache.database, path, false, &engine);
    QVERIFY2(report.ok(), qPrintable(why(report)));
    const Services::FolderSyncReport &folder = report.folders.first();
    QCOMPARE(folder.newMessages + folder.changed + folder.vanished, 0);
    const QString transcript = engine->lastTranscript();
    const QString select = QStringLiteral(" SELECT ") + m_folder;
    const qsizetype at = transcript.indexOf(select);
    QVERIFY2(at >= 0, qPrintable(transcript));
    const QString afterSelect = transcript.mid(at);
    switch (path) {
    case Path::QResync:
        QVERIFY2(
            afterSelect.contains(QRegularExpression(QStringLiteral(" SELECT \\S+ \\(QRESYNC \\(\\d+ \\d+ 1:30\\)\\)"))),
            qPrintable(afterSelect));
        QVERIFY2(!afterSelect.contains(QLatin1String("UID FETCH")), qPrintable(afterSelect));
        QVERIFY2(!afterSelect.contains(QLatin1String("SEARCH")), qPrintable(afterSelect));
        // SELECT and its reply only: well under the 4 KB budget of 100,000 messages.
        QVERIFY2(
            folder.bytesIn + folder.bytesOut < 1500, qPrintable(QString::number(folder.bytesIn + folder.bytesOut)));
        QCOMPARE(folder.roundTrips, 1);
        break;
    case Path::CondStore:
        QVERIFY(afterSelect.contains(QLatin1String("(CONDSTORE)")));
        QVERIFY2(!afterSelect.contains(QLatin1String("UID FETCH")), qPrintable(afterSelect));
        QVERIFY(folder.bytesIn + folder.bytesOut < 1500);
        QCOMPARE(folder.roundTrips, 1);
        // One change: CHANGEDSINCE asks for it alone.
        QVERIFY(command("UID STORE 7 +FLAGS (\\Seen)").last().contains(" OK"));
        QVERIFY(sync(cache.database, path, false, &engine).ok());
        QVERIFY2(engine->lastTranscript().contains(QRegularExpression(
                     QStringLiteral("UID FETCH 1:30 \\(UID FLAGS MODSEQ\\) \\(CHANGEDSINCE \\d+\\)"))),
            qPrintable(engine->lastTranscript()));
        break;
    case Path::Uid:
        // No mod-sequences: the flags of every cached message, and nothing else.
        QVERIFY2(!afterSelect.contains(QLatin1String("CONDSTORE")) && !afterSelect.contains(QLatin1String("QRESYNC")),
            qPrintable(afterSelect));
        QVERIFY2(afterSelect.contains(QLatin1String("UID FETCH 1:30 (UID FLAGS)")), qPrintable(afterSelect));
        break;
    }
}

void TestImapSyncLab::bodiesAreDownloadedAndSearchable()
{
    append(QStringLiteral("Plain"), {}, "The word xylophonist appears only here.\r\n");
    append(QStringLiteral("Quoted-printable"),
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: "
        "quoted-printable\r\n",
        "Caf=C3=A9 and zeppelinhangar.\r\n");
    append(QStringLiteral("Third"));
    Cache cache;
    QVERIFY(cache.open());
    const SyncReport report = sync(cache.database, Path::QResync, true);
    QVERIFY2(report.ok(), qPrintable(why(report)));
    QCOMPARE(report.folders.first().newMessages, 3);
    QCOMPARE(report.folders.first().bodiesFetched, 3);
    Store::MessageQuery query(cache.database);
    const auto hits = query.search(QStringLiteral("xylophonist"), 10);
    QVERIFY(hits.ok());
    QCOMPARE(hits.value().size(), 1);
    const Store::MessageRecord record = *query.record(hits.value().first().id).value();
    QCOMPARE(record.subject, QStringLiteral("Plain"));
    QCOMPARE(record.bodyState, Store::BodyState::Full);
    QVERIFY(cache.database.blobs().read(record.blobKey).value().contains("xylophonist"));
    QVERIFY(record.snippet.contains(QLatin1String("xylophonist")));
    QCOMPARE(query.search(QStringLiteral("zeppelinhangar"), 10).value().size(), 1);
    QVERIFY(record.isUnread()); // BODY.PEEK: \Seen untouched on the server
    // A second run has nothing left to download.
    const SyncReport again = sync(cache.database, Path::QResync, true);
    QVERIFY(again.ok());
    QCOMPARE(again.folders.first().bodiesFetched, 0);
    bool seen = false;
    for (const QByteArray &line : command("UID FETCH 1 (FLAGS)")) {
        seen = seen || line.contains("\\Seen");
    }
    QVERIFY(!seen);
}

void TestImapSyncLab::bodyOnDemand()
{
    append(QStringLiteral("Open me"), {}, "Only the reader asks for quasarbellows.\r\n");
    append(QStringLiteral("Me too"));
    Cache cache;
    QVERIFY(cache.open());
    ImapRetrieval *engine = nullptr;
    QVERIFY(sync(cache.database, Path::QResync, false, &engine).ok());
    const qint64 folderId = Store::FolderStore(cache.database).findByPath(m_folder).value()->id;
    const qint64 id = *Store::MessageStore(cache.database).idForUid(folderId, 1).value();
    Store::MessageQuery query(cache.database);
    QCOMPARE(query.record(id).value()->bodyState, Store::BodyState::None);
    QSignalSpy fetched(engine, &ImapRetrieval::bodyFetched);
    engine->fetchBody(id);
    QVERIFY(fetched.wait(30000));
    QCOMPARE(fetched.first().at(0).toLongLong(), id);
    QVERIFY2(fetched.first().at(1).toBool(), qPrintable(fetched.first().at(2).toString()));
    QCOMPARE(query.record(id).value()->bodyState, Store::BodyState::Full);
    QCOMPARE(query.search(QStringLiteral("quasarbellows"), 10).value().size(), 1);
    QVERIFY(!engine->isRunning());
    // An unknown row is refused, with a signal all the same.
    fetched.clear();
    engine->fetchBody(987654);
    QVERIFY(fetched.wait(30000));
    QVERIFY(!fetched.first().at(1).toBool());

    // During a sync the request is served on its connection, between two folders.
    const qint64 other = *Store::MessageStore(cache.database).idForUid(folderId, 2).value();
    QCOMPARE(query.record(other).value()->bodyState, Store::BodyState::None);
    QSignalSpy finished(engine, &ImapRetrieval::finished);
    Services::SyncRequest request;
    request.folder = m_folder;
    fetched.clear();
    QVERIFY(engine->sync(request));
    engine->fetchBody(other);
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().value<SyncReport>().ok());
    QVERIFY(fetched.size() == 1 || fetched.wait(1000));
    QCOMPARE(fetched.first().at(0).toLongLong(), other);
    QVERIFY(fetched.first().at(1).toBool());
    QCOMPARE(query.record(other).value()->bodyState, Store::BodyState::Full);
    // The sync's own connection opened the folder for it (EXAMINE) beside the SELECT.
    const QString transcript = engine->lastTranscript();
    QVERIFY2(transcript.contains(QLatin1String(" EXAMINE ")) && transcript.contains(QLatin1String(" SELECT ")),
        qPrintable(transcript));
}

// cancel() in the middle of the new-message batches: one finished() with a temporary
// error, the rows committed so far stay, the sync state is not advanced, and the next run
// fetches the rest without duplicates.
void TestImapSyncLab::cancelledSyncResumes()
{
    fill(120);
    Cache cache;
    QVERIFY(cache.open());
    ImapRetrieval engine(cache.database);
    engine.setSettings(settings());
    ImapRetrievalOptions options;
    options.headerBatch = 20;
    engine.setOptions(options);
    connect(&engine, &ImapRetrieval::progress, &engine, [&engine] { engine.cancel(); });
    QSignalSpy finished(&engine, &ImapRetrieval::finished);
    Services::SyncRequest request;
    request.folder = m_folder;
    QVERIFY(engine.sync(request));
    QVERIFY(!engine.sync(request)); // one run at a time
    QVERIFY(engine.isRunning());
    QVERIFY(finished.wait(30000));
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    const SyncReport cancelled = finished.first().first().value<SyncReport>();
    QVERIFY(!cancelled.ok());
    QVERIFY(cancelled.error->temporary);
    QVERIFY(!engine.isRunning());
    const Store::Folder folder = *Store::FolderStore(cache.database).findByPath(m_folder).value();
    const qint64 kept = Store::MessageQuery(cache.database).count(folder.id).value();
    QVERIFY2(kept >= 20 && kept < 120, qPrintable(QString::number(kept)));
    QCOMPARE(folder.sync.uidNext, 0u);

    const SyncReport resumed = sync(cache.database, Path::QResync);
    QVERIFY2(resumed.ok(), qPrintable(why(resumed)));
    QCOMPARE(resumed.folders.first().newMessages, int(120 - kept));
    QCOMPARE(Store::MessageStore(cache.database).uids(folder.id).value().size(), 120);
}

// Without a folder named, the run visits INBOX and the subscribed folders; a folder the
// server no longer lists leaves the cache with its messages.
void TestImapSyncLab::wholeAccountFollowsSubscriptions()
{
    fill(2);
    Cache cache;
    QVERIFY(cache.open());
    QVERIFY(sync(cache.database, Path::QResync).ok()); // m_folder only
    Store::FolderStore folders(cache.database);
    QVERIFY(!folders.findByPath(m_folder).value()->subscribed); // CREATE does not subscribe

    ImapRetrieval engine(cache.database);
    engine.setSettings(settings());
    QSignalSpy finished(&engine, &ImapRetrieval::finished);
    QVERIFY(engine.sync({}));
    QVERIFY(finished.wait(60000));
    SyncReport report = finished.takeFirst().first().value<SyncReport>();
    QVERIFY2(report.ok(), qPrintable(why(report)));
    QStringList visited;
    for (const Services::FolderSyncReport &folder : std::as_const(report.folders)) {
        visited.append(folder.folder);
    }
    QCOMPARE(visited.value(0), QStringLiteral("INBOX"));
    for (const char *path : {"Sent", "Drafts", "Trash", "Junk", "Archive"}) {
        QVERIFY2(visited.contains(QString::fromLatin1(path)), qPrintable(visited.join(u' ')));
    }
    QVERIFY(!visited.contains(m_folder));

    QVERIFY(command("SUBSCRIBE " + m_folder.toUtf8()).last().contains(" OK"));
    QVERIFY(engine.sync({}));
    QVERIFY(finished.wait(60000));
    report = finished.takeFirst().first().value<SyncReport>();
    QVERIFY(report.ok());
    QVERIFY(folders.findByPath(m_folder).value()->subscribed);
    QVERIFY(std::any_of(report.folders.cbegin(), report.folders.cend(),
        [this](const Services::FolderSyncReport &folder) { return folder.folder == m_folder; }));

    command("UNSELECT");
    QVERIFY(command("DELETE " + m_folder.toUtf8()).last().contains(" OK"));
    QVERIFY(engine.sync({}));
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.takeFirst().first().value<SyncReport>().ok());
    command("UNSUBSCRIBE " + m_folder.toUtf8()); // Dovecot keeps a deleted folder's subscription
    QVERIFY(!folders.findByPath(m_folder).value());
    QVERIFY(folders.findByRole(Store::SpecialUse::Inbox).value());
}

void TestImapSyncLab::syncWindowKeepsTheLastDays_data()
{
    QTest::addColumn<Path>("path");
    QTest::newRow("qresync") << Path::QResync;
    QTest::newRow("uid") << Path::Uid;
}

// imap-sync-days 30 on a folder with two messages that arrived in 2020 (APPEND's
// INTERNALDATE) and two of today: Dovecot's SEARCH SINCE picks today's, new mail follows,
// and turning the window off brings the old two in without touching the rest.
void TestImapSyncLab::syncWindowKeepsTheLastDays()
{
    QFETCH(Path, path);
    const quint32 old1 = m_lab.append(QStringLiteral("Old one"), {}, {}, "01-Jan-2020 10:00:00 +0000");
    const quint32 recent1 = append(QStringLiteral("Recent one"));
    const quint32 old2 = m_lab.append(QStringLiteral("Old two"), {}, {}, "15-Mar-2020 08:30:00 +0100");
    const quint32 recent2 = append(QStringLiteral("Recent two"));
    QVERIFY(old1 && recent1 && old2 && recent2);
    Cache cache;
    QVERIFY(cache.open());
    const auto uids = [&] {
        const auto folder = Store::FolderStore(cache.database).findByPath(m_folder).value();
        return folder ? Store::MessageStore(cache.database).uids(folder->id).value() : QList<quint32>();
    };

    m_syncDays = 30;
    const SyncReport windowed = sync(cache.database, path);
    QVERIFY2(windowed.ok(), qPrintable(why(windowed)));
    QCOMPARE(windowed.folders.first().newMessages, 2);
    QCOMPARE(uids(), (QList<quint32> {recent1, recent2}));

    const quint32 recent3 = append(QStringLiteral("Recent three"));
    const SyncReport again = sync(cache.database, path);
    QVERIFY2(again.ok(), qPrintable(why(again)));
    QCOMPARE(again.folders.first().newMessages, 1);
    QCOMPARE(again.folders.first().vanished, 0);
    QCOMPARE(uids(), (QList<quint32> {recent1, recent2, recent3}));

    m_syncDays = 0;
    const SyncReport everything = sync(cache.database, path);
    QVERIFY2(everything.ok(), qPrintable(why(everything)));
    QCOMPARE(everything.folders.first().newMessages, 2);
    QCOMPARE(uids(), (QList<quint32> {old1, recent1, old2, recent2, recent3}));
    const SyncReport settled = sync(cache.database, path);
    QVERIFY2(settled.ok(), qPrintable(why(settled)));
    QCOMPARE(settled.folders.first().newMessages, 0);
}

QTEST_GUILESS_MAIN(TestImapSyncLab)
#include "tst_imapsynclab.moc"
