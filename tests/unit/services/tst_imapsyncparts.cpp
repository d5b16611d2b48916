// The pure parts of the IMAP sync: FETCH (ENVELOPE, BODYSTRUCTURE, FLAGS, References) →
// the row the store gets, the UID arithmetic of the fallback paths, and the folder list's
// reconciliation with the cache. FETCH lines are real Dovecot 2.3 answers, parsed by the
// codec as the engine gets them.
#include "protocol/imap/imapencoder.h"
#include "protocol/imap/imapparser.h"
#include "services/imap/imapbodyfetch.h"
#include "services/imap/imapfolderlist.h"
#include "services/imap/imapmessagefields.h"
#include "services/imap/imapsyncwindow.h"
#include "services/imap/imapuidsets.h"
#include "store/database.h"
#include "store/folderstore.h"
#include "store/messagestore.h"
#include "store/offlinejournal.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox;
using Services::ImapFolderList;
using Services::ImapMessageFields;
using Services::ImapSyncWindow;
using Services::ImapUidSets;

namespace {

/// @p line as the framer hands it on: the whole response with its CRLF.
template<typename T> T parsed(const QByteArray &line)
{
    const QByteArray frame = line + "\r\n";
    const Imap::ImapParseResult result = Imap::ImapParser::parse(frame);
    if (!result.isOk() || !std::holds_alternative<T>(*result.response)) {
        qFatal("not parsed (%s at %lld): %s", result.error.reason.constData(), qint64(result.error.offset),
            frame.toPercentEncoding(" ()\\\"").constData());
    }
    return std::get<T>(*result.response);
}

// Dovecot's answer to the engine's new-message fetch, References section included.
const QByteArray s_fetch
    = "* 3 FETCH (UID 17 MODSEQ (42) FLAGS (\\Seen $Work \\Recent NonJunk) "
      "INTERNALDATE \"01-Dec-2026 10:00:05 +0100\" RFC822.SIZE 2310 ENVELOPE "
      "(\"Tue, 1 Dec 2026 10:00:00 +0100\" \"=?UTF-8?Q?Gr=C3=BC=C3=9Fe?= again\" "
      "((\"=?ISO-8859-1?Q?J=F6rg?=\" NIL \"joerg\" \"example.org\")) "
      "((\"=?ISO-8859-1?Q?J=F6rg?=\" NIL \"joerg\" \"example.org\")) "
      "((\"=?ISO-8859-1?Q?J=F6rg?=\" NIL \"joerg\" \"example.org\")) "
      "((\"Carol\" NIL \"carol\" \"letterbox.test\")(NIL NIL \"team\" NIL)"
      "(NIL NIL \"erin\" \"letterbox.test\")(NIL NIL NIL NIL)) "
      "((NIL NIL \"dave\" \"letterbox.test\")) NIL \"<root@example.org>\" "
      "\"<reply-2@example.org>\") BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" \"utf-8\") "
      "NIL NIL \"7bit\" 12 1 NIL NIL NIL NIL)(\"application\" \"pdf\" (\"name\" \"a.pdf\") NIL NIL "
      "\"base64\" 8 NIL (\"attachment\" (\"filename\" \"a.pdf\")) NIL NIL) \"mixed\" "
      "(\"boundary\" \"b1\") NIL NIL NIL) BODY[HEADER.FIELDS (REFERENCES)] {56}\r\n"
      "References: <older@example.org>\r\n <root@example.org>\r\n\r\n)";

} // namespace

class TestImapSyncParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchBecomesRow();
    void fetchWithoutEnvelopeIsNoRow();
    void flags();
    void attachments_data();
    void attachments();
    void missingUids();
    void intersectWithSets();
    void fetchRanges();
    void knownUids();
    void uncachedAndRuns();
    void syncWindowDays();
    void syncWindowSearchIsEnglishWhateverTheLocale();
    void lsubCommand();
    void listOptions();
    void folderListReconciles();
    void emptyListRemovesNothing();
    void offlineBodiesOfRecentDaysOnly();
};

void TestImapSyncParts::fetchBecomesRow()
{
    const auto row = ImapMessageFields::fromFetch(parsed<Imap::ImapFetchResponse>(s_fetch));
    QVERIFY(row);
    QCOMPARE(*row->uid, 17u);
    QCOMPARE(row->modSeq, 42);
    QCOMPARE(row->flags, Store::MessageFlags(Store::MessageFlag::Seen));
    QCOMPARE(row->keywords, (QStringList {QStringLiteral("$Work"), QStringLiteral("NonJunk")}));
    QCOMPARE(row->internalDate, QDateTime(QDate(2026, 12, 1), QTime(9, 0, 5), Qt::UTC));
    QCOMPARE(row->sentDate, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    QCOMPARE(row->size, 2310);
    QCOMPARE(row->subject, QStringLiteral("Grüße again"));
    QCOMPARE(row->fromName, QStringLiteral("Jörg"));
    QCOMPARE(row->fromAddress, QStringLiteral("joerg@example.org"));
    // The group "team:" is flattened to its members.
    QCOMPARE(row->toSummary, QStringLiteral("Carol <carol@letterbox.test>, erin@letterbox.test"));
    QCOMPARE(row->ccSummary, QStringLiteral("dave@letterbox.test"));
    QCOMPARE(row->messageId, QStringLiteral("reply-2@example.org"));
    QCOMPARE(row->inReplyTo, QStringLiteral("root@example.org"));
    QCOMPARE(row->references, (QStringList {QStringLiteral("older@example.org"), QStringLiteral("root@example.org")}));
    QVERIFY(row->hasAttachments);
    QCOMPARE(row->bodyState, Store::BodyState::None);
    QVERIFY(row->blobKey.isEmpty());
}

void TestImapSyncParts::fetchWithoutEnvelopeIsNoRow()
{
    QVERIFY(
        !ImapMessageFields::fromFetch(parsed<Imap::ImapFetchResponse>("* 1 FETCH (UID 4 FLAGS (\\Seen) MODSEQ (9))")));
    QVERIFY(!ImapMessageFields::fromFetch(
        parsed<Imap::ImapFetchResponse>("* 1 FETCH (ENVELOPE (NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL))")));
    // An envelope of NILs is still a message.
    const auto empty = ImapMessageFields::fromFetch(
        parsed<Imap::ImapFetchResponse>("* 1 FETCH (UID 5 ENVELOPE (NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL))"));
    QVERIFY(empty);
    QVERIFY(empty->subject.isEmpty() && empty->fromAddress.isEmpty() && empty->references.isEmpty());
}

void TestImapSyncParts::flags()
{
    const auto [bits, keywords] = ImapMessageFields::flags({"\\SEEN", "\\answered", "\\Flagged", "\\Deleted", "\\Draft",
        "\\Recent", "$Forwarded", "\\Unknown", "$Forwarded"});
    using Store::MessageFlag;
    QCOMPARE(bits,
        MessageFlag::Seen | MessageFlag::Answered | MessageFlag::Flagged | MessageFlag::Deleted | MessageFlag::Draft);
    QCOMPARE(keywords, QStringList {QStringLiteral("$Forwarded")});
}

void TestImapSyncParts::attachments_data()
{
    QTest::addColumn<QByteArray>("structure");
    QTest::addColumn<bool>("expected");
    QTest::newRow("plain") << QByteArray("(\"text\" \"plain\" NIL NIL NIL \"7bit\" 3 1)") << false;
    QTest::newRow("alternative") << QByteArray("((\"text\" \"plain\" NIL NIL NIL \"7bit\" 3 1)(\"text\" \"html\" NIL "
                                               "NIL NIL \"7bit\" 3 1) \"alternative\")")
                                 << false;
    QTest::newRow("inline-image-in-related")
        << QByteArray("((\"text\" \"html\" NIL NIL NIL \"7bit\" 3 1)(\"image\" \"png\" (\"name\" \"logo.png\") "
                      "\"<logo>\" NIL \"base64\" 4) \"related\")")
        << false;
    QTest::newRow("named-image-in-mixed")
        << QByteArray("((\"text\" \"plain\" NIL NIL NIL \"7bit\" 3 1)(\"image\" "
                      "\"png\" (\"name\" \"photo.png\") NIL NIL \"base64\" 4) \"mixed\")")
        << true;
    QTest::newRow("signed") << QByteArray(
        "((\"text\" \"plain\" NIL NIL NIL \"7bit\" 3 1)(\"application\" "
        "\"pgp-signature\" (\"name\" \"signature.asc\") NIL NIL \"7bit\" 4) \"signed\")")
                            << false;
    QTest::newRow("attached-message") << QByteArray(
        "((\"text\" \"plain\" NIL NIL NIL \"7bit\" 3 1)(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 40 "
        "(NIL \"inner\" NIL NIL NIL NIL NIL NIL NIL NIL) (\"text\" \"plain\" NIL NIL NIL \"7bit\" 3 1) 3) "
        "\"mixed\")") << true;
    QTest::newRow("disposition-attachment-text")
        << QByteArray("((\"text\" \"plain\" NIL NIL NIL \"7bit\" 3 1)(\"text\" \"csv\" NIL NIL NIL \"7bit\" 3 1 NIL "
                      "(\"attachment\" (\"filename\" \"x.csv\")) NIL NIL) \"mixed\")")
        << true;
}

void TestImapSyncParts::attachments()
{
    QFETCH(QByteArray, structure);
    QFETCH(bool, expected);
    const auto fetch = parsed<Imap::ImapFetchResponse>("* 1 FETCH (BODYSTRUCTURE " + structure + ")");
    QVERIFY(fetch.bodyStructure);
    QCOMPARE(ImapMessageFields::hasAttachments(*fetch.bodyStructure), expected);
}

void TestImapSyncParts::missingUids()
{
    const QList<quint32> cached {1, 2, 3, 5, 8, 13, 21};
    QCOMPARE(ImapUidSets::missing(cached, {21, 8, 1, 3, 2}, 100), (QList<quint32> {5, 13}));
    QCOMPARE(ImapUidSets::missing(cached, {}, 100), cached);
    QCOMPARE(ImapUidSets::missing(cached, {}, 6), (QList<quint32> {1, 2, 3, 5}));
    QCOMPARE(ImapUidSets::missing(cached, {1, 2, 3, 5, 8, 13, 21, 34}, 100), QList<quint32> {});
    QCOMPARE(ImapUidSets::missing({}, {1, 2}, 100), QList<quint32> {});
    // 100,000 messages, every other one gone: linear, not quadratic.
    QList<quint32> many, server;
    for (quint32 uid = 1; uid <= 100000; ++uid) {
        many.append(uid);
        if (uid % 2) {
            server.append(uid);
        }
    }
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(ImapUidSets::missing(many, server, 0xffffffffu).size(), 50000);
    QVERIFY(clock.elapsed() < 2000);
}

void TestImapSyncParts::intersectWithSets()
{
    const QList<quint32> cached {1, 2, 3, 5, 8, 13, 21};
    const auto set = [](const char *text) { return *Imap::ImapSequenceSet::parse(text); };
    QCOMPARE(ImapUidSets::intersect(cached, set("2:5,13")), (QList<quint32> {2, 3, 5, 13}));
    QCOMPARE(ImapUidSets::intersect(cached, set("20:*")), QList<quint32> {21});
    QCOMPARE(ImapUidSets::intersect(cached, set("9:4")), (QList<quint32> {5, 8}));
    QCOMPARE(ImapUidSets::intersect(cached, set("1:4294967295")), cached);
    QCOMPARE(ImapUidSets::intersect(cached, set("100:200")), QList<quint32> {});
    QCOMPARE(ImapUidSets::intersect({}, set("1:*")), QList<quint32> {});
    QVERIFY(ImapUidSets::contains(cached, 13));
    QVERIFY(!ImapUidSets::contains(cached, 14));
}

void TestImapSyncParts::fetchRanges()
{
    const auto text = [](const QList<Imap::ImapSequenceSet> &sets) {
        QByteArrayList out;
        for (const auto &set : sets) {
            out.append(set.toByteArray());
        }
        return out.join(' ');
    };
    QCOMPARE(text(ImapUidSets::fetchRanges(1, 2501, 1000)), QByteArray("1:1000 1001:2000 2001:*"));
    QCOMPARE(text(ImapUidSets::fetchRanges(1, 2001, 1000)), QByteArray("1:1000 1001:*"));
    QCOMPARE(text(ImapUidSets::fetchRanges(31, 35, 1000)), QByteArray("31:*"));
    QCOMPARE(text(ImapUidSets::fetchRanges(31, 31, 1000)), QByteArray());
    QCOMPARE(text(ImapUidSets::fetchRanges(31, 0, 1000)), QByteArray("31:*")); // no UIDNEXT given
    QCOMPARE(text(ImapUidSets::fetchRanges(0, 3, 1)), QByteArray("1 2:*"));
}

void TestImapSyncParts::knownUids()
{
    QCOMPARE(ImapUidSets::knownUids({1, 2, 3, 7}, 100).toByteArray(), QByteArray("1:3,7"));
    QList<quint32> sparse;
    for (quint32 uid = 1; uid < 2000; uid += 2) {
        sparse.append(uid);
    }
    QCOMPARE(ImapUidSets::knownUids(sparse, 100).toByteArray(), QByteArray("1:1999"));
    QVERIFY(ImapUidSets::knownUids({}, 100).isEmpty());
}

void TestImapSyncParts::uncachedAndRuns()
{
    // The window's search (or the count check's) against the cache: duplicates, zeros and
    // pending local moves or deletes are not fetched.
    const QList<quint32> wanted = ImapUidSets::uncached({9, 3, 4, 0, 12, 4, 7, 1}, {1, 2, 4, 8}, {7});
    QCOMPARE(wanted, (QList<quint32> {3, 9, 12}));
    QVERIFY(ImapUidSets::uncached({1, 2}, {1, 2}, {}).isEmpty());
    QByteArrayList sets;
    for (const Imap::ImapSequenceSet &set : ImapUidSets::runs({1, 2, 3, 10, 11, 20, 30}, 3)) {
        sets.append(set.toByteArray());
    }
    QCOMPARE(sets.join(' '), QByteArray("1:3 10:11,20 30"));
    QVERIFY(ImapUidSets::runs({}, 1000).isEmpty());
}

void TestImapSyncParts::syncWindowDays()
{
    const QDate today(2026, 3, 1);
    QVERIFY(!ImapSyncWindow::since(0, today));
    QCOMPARE(*ImapSyncWindow::since(1, today), today); // today's mail only
    QCOMPARE(*ImapSyncWindow::since(30, today), QDate(2026, 1, 31));
    QCOMPARE(ImapSyncWindow::imapDate(QDate(2026, 1, 31)), QByteArray("31-Jan-2026"));
}

void TestImapSyncParts::syncWindowSearchIsEnglishWhateverTheLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    Imap::ImapEncoder encoder;
    const QByteArray command
        = encoder.uidSearch(ImapSyncWindow::searchProgram(QDate(2026, 3, 7)), {QByteArrayLiteral("ALL")}).bytes();
    QLocale::setDefault(before);
    QCOMPARE(command, QByteArray("A1 UID SEARCH RETURN (ALL) SINCE 7-Mar-2026\r\n"));
}

void TestImapSyncParts::lsubCommand()
{
    Imap::ImapEncoder encoder;
    QCOMPARE(encoder.lsub(QString(), QStringLiteral("*")).bytes(), QByteArray("A1 LSUB \"\" \"*\"\r\n"));
}

void TestImapSyncParts::listOptions()
{
    const auto options = ImapFolderList::listOptions({"IMAP4REV1", "LIST-EXTENDED", "SPECIAL-USE"});
    QVERIFY(options.subscribed && options.specialUse);
    QVERIFY(!ImapFolderList::needsLsub({"LIST-EXTENDED"}));
    const auto plain = ImapFolderList::listOptions({"IMAP4REV1", "SPECIAL-USE"});
    QVERIFY(!plain.subscribed && !plain.specialUse);
    QVERIFY(ImapFolderList::needsLsub({"IMAP4REV1"}));
}

void TestImapSyncParts::folderListReconciles()
{
    QTemporaryDir directory;
    Store::Database database(directory.path());
    QVERIFY(database.open().ok());
    Store::FolderStore folders(database);
    QVERIFY(folders.create({QStringLiteral("Gone"), QStringLiteral("/"), {}, true, false, 0}).ok());
    QVERIFY(folders.create({QStringLiteral("Local"), QStringLiteral("/"), {}, true, true, 0}).ok());
    QVERIFY(folders.create({QStringLiteral("Sent"), QStringLiteral("/"), {}, true, false, 0}).ok());
    Store::NewJournalEntry create;
    create.kind = Store::JournalKind::CreateFolder;
    create.folderPath = QStringLiteral("Offline");
    QVERIFY(folders.create({QStringLiteral("Offline"), QStringLiteral("/"), {}, true, false, 0}).ok());
    QVERIFY(Store::OfflineJournal(database).append(create).ok());

    ImapFolderList list;
    for (const QByteArray &line : {QByteArray("* LIST (\\HasNoChildren) \"/\" Sent"),
             QByteArray("* LIST (\\HasChildren \\Subscribed) \"/\" inbox"),
             QByteArray("* LIST (\\Subscribed \\Sent) \"/\" Sent"),
             QByteArray("* LIST (\\Noselect \\HasChildren) \"/\" Lists"),
             QByteArray("* LIST (\\Subscribed \\Trash) \"/\" \"Papierkorb\""),
             QByteArray("* LIST (\\HasNoChildren) \"/\" \"Entw&APw-rfe\""),
             QByteArray("* LIST (\\NonExistent \\Subscribed) \"/\" Phantom")}) {
        list.add(parsed<Imap::ImapListResponse>(line));
    }
    const auto changes = list.apply(database);
    QVERIFY2(changes.ok(), qPrintable(changes.message()));
    QCOMPARE(changes.value().created,
        (QStringList {QStringLiteral("INBOX"), QStringLiteral("Lists"), QStringLiteral("Papierkorb"),
            QStringLiteral("Entwürfe")}));
    QCOMPARE(changes.value().removed, QStringList {QStringLiteral("Gone")});
    QCOMPARE(changes.value().selectable,
        (QStringList {QStringLiteral("INBOX"), QStringLiteral("Sent"), QStringLiteral("Papierkorb"),
            QStringLiteral("Entwürfe")}));
    QCOMPARE(changes.value().subscribed,
        (QStringList {QStringLiteral("INBOX"), QStringLiteral("Sent"), QStringLiteral("Papierkorb")}));
    QCOMPARE(folders.findByRole(Store::SpecialUse::Inbox).value()->path, QStringLiteral("INBOX"));
    QCOMPARE(folders.findByRole(Store::SpecialUse::Sent).value()->path, QStringLiteral("Sent"));
    QCOMPARE(folders.findByRole(Store::SpecialUse::Trash).value()->path, QStringLiteral("Papierkorb"));
    QVERIFY(!folders.findByPath(QStringLiteral("Entwürfe")).value()->subscribed);
    QVERIFY(folders.findByPath(QStringLiteral("Local")).value()); // local-only: never the server's
    QVERIFY(folders.findByPath(QStringLiteral("Offline")).value()); // its CREATE waits in the journal
    QVERIFY(!folders.findByPath(QStringLiteral("Phantom")).value());

    // Without LIST-EXTENDED the subscriptions come from LSUB.
    ImapFolderList withLsub;
    withLsub.add(parsed<Imap::ImapListResponse>("* LIST () \"/\" INBOX"));
    withLsub.add(parsed<Imap::ImapListResponse>("* LIST () \"/\" Sent"));
    withLsub.add(parsed<Imap::ImapListResponse>("* LIST () \"/\" Papierkorb"));
    withLsub.add(parsed<Imap::ImapListResponse>("* LSUB () \"/\" Papierkorb"));
    const auto again = withLsub.apply(database);
    QVERIFY(again.ok());
    QCOMPARE(again.value().subscribed, (QStringList {QStringLiteral("INBOX"), QStringLiteral("Papierkorb")}));
    QVERIFY(!folders.findByPath(QStringLiteral("Sent")).value()->subscribed);
    QCOMPARE(folders.findByPath(QStringLiteral("Sent")).value()->role, Store::SpecialUse::None);
}

void TestImapSyncParts::emptyListRemovesNothing()
{
    QTemporaryDir directory;
    Store::Database database(directory.path());
    QVERIFY(database.open().ok());
    QVERIFY(
        Store::FolderStore(database).create({QStringLiteral("Keep"), QStringLiteral("/"), {}, true, false, 0}).ok());
    QVERIFY(ImapFolderList().apply(database).ok());
    QVERIFY(Store::FolderStore(database).findByPath(QStringLiteral("Keep")).value());
}

QTEST_GUILESS_MAIN(TestImapSyncParts)
// "Keep whole messages of the last N days": the background download asks only for rows
// that arrived since then (and for rows without a date, which cannot be placed).
void TestImapSyncParts::offlineBodiesOfRecentDaysOnly()
{
    QTemporaryDir directory;
    Store::Database database(directory.path());
    QVERIFY(database.open().ok());
    const Store::Result<qint64> created
        = Store::FolderStore(database).create({QStringLiteral("INBOX"), QStringLiteral("/"), {}, true, false, 9});
    QVERIFY(created.ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Store::NewMessage> messages;
    for (const auto &[uid, age] : {std::pair {1u, 90}, std::pair {2u, 40}, std::pair {3u, 10}, std::pair {4u, 0}}) {
        Store::NewMessage message;
        message.uid = uid;
        message.subject = QStringLiteral("%1 days old").arg(age);
        message.internalDate = now.addDays(-age);
        message.size = 100;
        messages.append(message);
    }
    QVERIFY(Store::MessageStore(database).insert(created.value(), messages).ok());
    const auto folder = Store::FolderStore(database).folder(created.value());
    QVERIFY(folder.ok() && folder.value());
    const auto uidsOf = [](const QList<Services::ImapBodyTarget> &targets) {
        QList<quint32> uids;
        for (const Services::ImapBodyTarget &target : targets) {
            uids.append(target.uid);
        }
        return uids;
    };
    const auto all = Services::ImapBodyFetch::missingBodies(database, *folder.value());
    QVERIFY(all.ok());
    QCOMPARE(uidsOf(all.value()), (QList<quint32> {1, 2, 3, 4}));
    const auto recent = Services::ImapBodyFetch::missingBodies(database, *folder.value(), now.addDays(-30));
    QVERIFY(recent.ok());
    QCOMPARE(uidsOf(recent.value()), (QList<quint32> {3, 4}));
}

#include "tst_imapsyncparts.moc"
