// "POP3 ↔ IMAP switch keeps mail" (issue 7): one account of the lab user grace (this
// test's alone: it empties her INBOX) synced over POP3, switched to IMAP with `account set`,
// synced, switched back to POP3 and synced, then to IMAP once more — the real
// letterbox-cli, a profile of its own, the lab's Dovecot. After each step every message
// reads from the cache, and the report's "bodies" (whole messages downloaded) and
// "adopted" (taken over from the cache) say that only what the cache did not hold was
// downloaded. The server side is set up and checked over an independent IMAP session.
#include "clirun.h"
#include "labenvironment.h"
#include "lineclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiHash>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

using CliTest::folderReport;
using CliTest::Run;

const QString s_user = QStringLiteral("grace");
const QString s_account = QStringLiteral("switch");
const QString s_inbox = QStringLiteral("INBOX");
const QString s_aside = QStringLiteral("INBOX (local)");

} // namespace

class TestProtocolSwitchLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pop3First();
    void switchToImapDownloadsOnlyWhatIsNotHeld();
    void switchBackToPop3RetrievesOnlyWhatIsNotHeld();
    void switchToImapAgainKeepsOneLocalFolder();

private:
    Run cli(const QStringList &arguments) const { return CliTest::runCliIn(m_profile.path(), arguments); }
    /// A raw message; @p messageId empty: none at all. @p padding makes a different size.
    QByteArray message(const QString &subject, const QByteArray &messageId, int padding = 0) const;
    /// Runs @p commands on a logged-in IMAPS session of grace's; false when one is refused.
    /// The lines of "* SEARCH" answers go to @p searched.
    bool imap(const QList<QByteArray> &commands, QList<QByteArray> *searched = nullptr) const;
    bool append(const QByteArray &raw) const;
    /// Deletes the message with @p subject from the server's INBOX, as another client would.
    bool expunge(const QString &subject) const;
    /// `account set` for the incoming protocol and its lab port (the ports are not defaults).
    void switchTo(const QString &protocol);
    /// `sync --json` (with --bodies for IMAP): the INBOX's report.
    QJsonObject sync(bool bodies);
    /// Subject → UID of every message `list` shows in @p folder.
    QMultiHash<QString, qint64> listed(const QString &folder) const;
    /// The flags `list` shows for @p subject in @p folder.
    QJsonArray cachedFlags(const QString &folder, const QString &subject) const;
    /// Whether the server's INBOX has a message with @p subject and the flag @p flag.
    bool serverHas(const QString &subject, const QByteArray &flag) const;
    /// Every subject sent so far reads from the cache, with its body, in INBOX or aside.
    void everyMessageReads();

    LabEnvironment m_lab;
    QTemporaryDir m_profile;
    QStringList m_subjects; ///< every message delivered, by subject (distinct)
    QString m_run; ///< a tag of this run, in every subject and Message-ID
};

QByteArray TestProtocolSwitchLab::message(const QString &subject, const QByteArray &messageId, int padding) const
{
    QByteArray raw = "From: Somebody <somebody@" + m_lab.domain.toUtf8() + ">\r\nTo: " + s_user.toUtf8() + '@'
        + m_lab.domain.toUtf8() + "\r\nSubject: " + subject.toUtf8() + "\r\nDate: Tue, 1 Dec 2026 10:00:00 +0000\r\n";
    if (!messageId.isEmpty()) {
        raw += "Message-ID: <" + messageId + ">\r\n";
    }
    raw += "\r\nThe body of " + subject.toUtf8() + ".\r\n" + QByteArray(padding, 'x') + (padding ? "\r\n" : "");
    return raw;
}

bool TestProtocolSwitchLab::imap(const QList<QByteArray> &commands, QList<QByteArray> *searched) const
{
    LineClient client(m_lab.caCertificates());
    if (!client.connectTls(m_lab.host, m_lab.port(QStringLiteral("imaps")))) {
        return false;
    }
    client.readLine();
    QList<QByteArray> all {"LOGIN " + s_user.toUtf8() + " \"" + m_lab.password(s_user).toUtf8() + '"'};
    all += commands;
    all.append("LOGOUT");
    bool ok = true;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QByteArray tag = "s" + QByteArray::number(i);
        const QList<QByteArray> reply = client.imapCommand(tag, all.at(i));
        ok = ok && !reply.isEmpty() && reply.last().startsWith(QByteArray(tag + " OK"));
        for (const QByteArray &line : reply) {
            if (searched && line.startsWith("* SEARCH ") && line.size() > 9) {
                searched->append(line.mid(9).trimmed());
            }
        }
    }
    return ok;
}

bool TestProtocolSwitchLab::append(const QByteArray &raw) const
{
    return imap({"APPEND INBOX {" + QByteArray::number(raw.size()) + "+}\r\n" + raw});
}

bool TestProtocolSwitchLab::expunge(const QString &subject) const
{
    QList<QByteArray> uids;
    if (!imap({"EXAMINE INBOX", "UID SEARCH SUBJECT \"" + subject.toUtf8() + '"'}, &uids) || uids.isEmpty()) {
        return false;
    }
    return imap(
        {"SELECT INBOX", "UID STORE " + uids.join(',').replace(' ', ',') + " +FLAGS.SILENT (\\Deleted)", "EXPUNGE"});
}

void TestProtocolSwitchLab::switchTo(const QString &protocol)
{
    const QString portName = protocol == QLatin1String("imap") ? QStringLiteral("imaps") : QStringLiteral("pop3s");
    const Run incoming
        = cli({QStringLiteral("account"), QStringLiteral("set"), s_account, QStringLiteral("incoming"), protocol});
    QVERIFY2(incoming.exitCode == 0, qPrintable(incoming.err));
    const Run port = cli({QStringLiteral("account"), QStringLiteral("set"), s_account, QStringLiteral("port"),
        QString::number(m_lab.port(portName))});
    QVERIFY2(port.exitCode == 0, qPrintable(port.err));
}

QJsonObject TestProtocolSwitchLab::sync(bool bodies)
{
    QStringList arguments {QStringLiteral("sync"), s_account, QStringLiteral("--json")};
    if (bodies) {
        arguments += {QStringLiteral("--folder"), s_inbox, QStringLiteral("--bodies")};
    }
    const Run synced = cli(arguments);
    if (synced.exitCode != 0) {
        qWarning("sync failed: %s %s", qPrintable(synced.out), qPrintable(synced.err));
        return {};
    }
    return folderReport(QJsonDocument::fromJson(synced.out.toUtf8()).object(), s_inbox);
}

QMultiHash<QString, qint64> TestProtocolSwitchLab::listed(const QString &folder) const
{
    QMultiHash<QString, qint64> subjects;
    const Run listed = cli({QStringLiteral("list"), s_account, QStringLiteral("--folder"), folder,
        QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json")});
    for (const QJsonValue &value :
        QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        subjects.insert(
            message.value(QStringLiteral("subject")).toString(), message.value(QStringLiteral("uid")).toInteger());
    }
    return subjects;
}

QJsonArray TestProtocolSwitchLab::cachedFlags(const QString &folder, const QString &subject) const
{
    const Run listed = cli({QStringLiteral("list"), s_account, QStringLiteral("--folder"), folder,
        QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json")});
    for (const QJsonValue &value :
        QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("messages")).toArray()) {
        if (value.toObject().value(QStringLiteral("subject")).toString() == subject) {
            return value.toObject().value(QStringLiteral("flags")).toArray();
        }
    }
    return {};
}

bool TestProtocolSwitchLab::serverHas(const QString &subject, const QByteArray &flag) const
{
    QList<QByteArray> found;
    return imap({"EXAMINE INBOX", flag + " SUBJECT \"" + subject.toUtf8() + '"'}, &found) && !found.isEmpty();
}

void TestProtocolSwitchLab::everyMessageReads()
{
    const QMultiHash<QString, qint64> inbox = listed(s_inbox);
    const QMultiHash<QString, qint64> aside = listed(s_aside);
    for (const QString &subject : std::as_const(m_subjects)) {
        const bool inInbox = inbox.contains(subject);
        QVERIFY2(inInbox || aside.contains(subject), qPrintable(subject));
        const Run raw = cli({QStringLiteral("read"), s_account, QStringLiteral("--folder"), inInbox ? s_inbox : s_aside,
            QStringLiteral("--uid"), QString::number((inInbox ? inbox : aside).value(subject)),
            QStringLiteral("--raw")});
        QVERIFY2(raw.exitCode == 0, qPrintable(subject + QLatin1Char(' ') + raw.err));
        QVERIFY2(raw.out.contains(QStringLiteral("The body of ") + subject), qPrintable(subject));
    }
}

void TestProtocolSwitchLab::initTestCase()
{
    QString error;
    auto lab = LabEnvironment::load(&error);
    QVERIFY2(lab, qPrintable(error));
    m_lab = *lab;
    QVERIFY(m_profile.isValid());
    m_run = QUuid::createUuid().toString(QUuid::Id128).left(12);
    // grace's INBOX holds only what this test puts there.
    QVERIFY(imap({"SELECT INBOX", "STORE 1:* +FLAGS.SILENT (\\Deleted)", "EXPUNGE"})
        || imap({"SELECT INBOX", "NOOP"})); // an empty INBOX refuses "1:*"

    const Run added = cli({QStringLiteral("account"), QStringLiteral("add"), s_account, QStringLiteral("--email"),
        s_user + QLatin1Char('@') + m_lab.domain, QStringLiteral("--incoming"), QStringLiteral("pop3"),
        QStringLiteral("--host"), m_lab.host, QStringLiteral("--port"),
        QString::number(m_lab.port(QStringLiteral("pop3s"))), QStringLiteral("--user"), s_user,
        QStringLiteral("--smtp-port"), QString::number(m_lab.port(QStringLiteral("submissions"))),
        QStringLiteral("--ca-file"), m_lab.caFile, QStringLiteral("--password-command"),
        QStringLiteral("printf '%s\\n' '%1'").arg(m_lab.password(s_user))});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestProtocolSwitchLab::pop3First()
{
    const QByteArray idA = "a-" + m_run.toUtf8() + "@test";
    const QByteArray idD = "d-" + m_run.toUtf8() + "@test";
    const QString duplicate = QStringLiteral("twice %1").arg(m_run);
    const QList<QByteArray> messages {
        message(QStringLiteral("alpha %1").arg(m_run), idA),
        message(QStringLiteral("beta %1").arg(m_run), "b-" + m_run.toUtf8() + "@test"),
        message(QStringLiteral("gamma %1").arg(m_run), "c-" + m_run.toUtf8() + "@test"),
        // No Message-ID: never matched, so downloaded again after each switch.
        message(QStringLiteral("anonymous %1").arg(m_run), {}),
        // The same Message-ID as alpha, another size: another message.
        message(QStringLiteral("alpha-list-copy %1").arg(m_run), idA, 40),
        // One message delivered twice, byte for byte.
        message(duplicate, idD),
        message(duplicate, idD),
    };
    for (const QByteArray &raw : messages) {
        QVERIFY(append(raw));
    }
    // Downloaded now, then deleted on the server by another client: the cache holds the only copy.
    const QString gone = QStringLiteral("zeta %1").arg(m_run);
    QVERIFY(append(message(gone, "z-" + m_run.toUtf8() + "@test")));
    m_subjects = {QStringLiteral("alpha %1").arg(m_run), QStringLiteral("beta %1").arg(m_run),
        QStringLiteral("gamma %1").arg(m_run), QStringLiteral("anonymous %1").arg(m_run),
        QStringLiteral("alpha-list-copy %1").arg(m_run), duplicate, gone};

    const QJsonObject inbox = sync(false);
    QCOMPARE(inbox.value(QStringLiteral("new")).toInt(), 8);
    QCOMPARE(inbox.value(QStringLiteral("bodies")).toInt(), 8);
    QCOMPARE(inbox.value(QStringLiteral("adopted")).toInt(), 0);
    const QMultiHash<QString, qint64> pop3Inbox = listed(s_inbox);
    QCOMPARE(pop3Inbox.size(), 8);
    everyMessageReads();
    // Flagged here, under POP3: the server never hears of it. (\\Seen would prove nothing:
    // Dovecot sets it on the server for every message POP3 retrieves.)
    const QString beta = QStringLiteral("beta %1").arg(m_run);
    const Run flagged = cli({QStringLiteral("flag"), s_account, QStringLiteral("--folder"), s_inbox,
        QStringLiteral("--uid"), QString::number(pop3Inbox.value(beta)), QStringLiteral("+flagged")});
    QVERIFY2(flagged.exitCode == 0, qPrintable(flagged.err));
    QVERIFY(expunge(gone));
}

void TestProtocolSwitchLab::switchToImapDownloadsOnlyWhatIsNotHeld()
{
    switchTo(QStringLiteral("imap"));
    const QString fresh = QStringLiteral("delta %1").arg(m_run);
    QVERIFY(append(message(fresh, "e-" + m_run.toUtf8() + "@test")));
    m_subjects.append(fresh);

    const QJsonObject inbox = sync(true);
    QVERIFY(!inbox.isEmpty());
    // Eight messages on the server: the six with a Message-ID (the two twins each taking one
    // cached copy, the list copy its own) come from the cache; the one without a Message-ID
    // and the one that arrived since are downloaded.
    QCOMPARE(inbox.value(QStringLiteral("bodies")).toInt(), 2);
    QCOMPARE(inbox.value(QStringLiteral("adopted")).toInt(), 6);
    QCOMPARE(inbox.value(QStringLiteral("new")).toInt(), 8);

    const QMultiHash<QString, qint64> imapInbox = listed(s_inbox);
    QCOMPARE(imapInbox.size(), 8);
    QCOMPARE(imapInbox.count(QStringLiteral("twice %1").arg(m_run)), 2);
    // What the server did not take over stays, as a local folder: the message deleted on
    // the server, and the POP3 copy of the one without a Message-ID.
    const QMultiHash<QString, qint64> aside = listed(s_aside);
    QCOMPARE(aside.size(), 2);
    QVERIFY(aside.contains(QStringLiteral("zeta %1").arg(m_run)));
    QVERIFY(aside.contains(QStringLiteral("anonymous %1").arg(m_run)));
    everyMessageReads();
    // What the person marked under POP3 is kept, and the next sync tells the server.
    const QString beta = QStringLiteral("beta %1").arg(m_run);
    QVERIFY(cachedFlags(s_inbox, beta).contains(QStringLiteral("\\Flagged")));
    QVERIFY(!serverHas(beta, "SEARCH FLAGGED"));

    // A second IMAP sync finds nothing to download.
    const QJsonObject again = sync(true);
    QCOMPARE(again.value(QStringLiteral("new")).toInt(), 0);
    QCOMPARE(again.value(QStringLiteral("bodies")).toInt(), 0);
    QVERIFY(serverHas(beta, "SEARCH FLAGGED"));
    QVERIFY(cachedFlags(s_inbox, beta).contains(QStringLiteral("\\Flagged")));
}

void TestProtocolSwitchLab::switchBackToPop3RetrievesOnlyWhatIsNotHeld()
{
    switchTo(QStringLiteral("pop3"));
    const QString fresh = QStringLiteral("epsilon %1").arg(m_run);
    QVERIFY(append(message(fresh, "f-" + m_run.toUtf8() + "@test")));
    m_subjects.append(fresh);

    const QJsonObject inbox = sync(false);
    QVERIFY(!inbox.isEmpty());
    // The seven of the first POP3 run are in the ledger; delta came under IMAP with its
    // body (found by TOP's Message-ID and LIST's size); only epsilon is retrieved.
    QCOMPARE(inbox.value(QStringLiteral("bodies")).toInt(), 1);
    QCOMPARE(inbox.value(QStringLiteral("adopted")).toInt(), 1);
    QCOMPARE(inbox.value(QStringLiteral("new")).toInt(), 1);

    // No message twice in the Inbox (the twins are two messages on the server).
    const QMultiHash<QString, qint64> pop3Inbox = listed(s_inbox);
    QCOMPARE(pop3Inbox.size(), 9);
    for (const QString &subject : std::as_const(m_subjects)) {
        const int expected = subject.startsWith(QLatin1String("twice ")) ? 2
            : subject.startsWith(QLatin1String("zeta "))                 ? 0
                                                                         : 1;
        QCOMPARE(pop3Inbox.count(subject), expected);
    }
    everyMessageReads();

    const QJsonObject again = sync(false);
    QCOMPARE(again.value(QStringLiteral("bodies")).toInt(), 0);
    QCOMPARE(again.value(QStringLiteral("adopted")).toInt(), 0);
}

void TestProtocolSwitchLab::switchToImapAgainKeepsOneLocalFolder()
{
    switchTo(QStringLiteral("imap"));
    const QJsonObject inbox = sync(true);
    QVERIFY(!inbox.isEmpty());
    // Every message with a Message-ID is taken over again; the one without is downloaded.
    QCOMPARE(inbox.value(QStringLiteral("new")).toInt(), 9);
    QCOMPARE(inbox.value(QStringLiteral("adopted")).toInt(), 8);
    QCOMPARE(inbox.value(QStringLiteral("bodies")).toInt(), 1);
    // The POP3 Inbox joined the folder set aside the first time: one local folder, holding
    // the two earlier copies of the message without a Message-ID and the deleted one.
    const Run folders = cli({QStringLiteral("folders"), s_account, QStringLiteral("--json")});
    QVERIFY2(folders.exitCode == 0, qPrintable(folders.err));
    QVERIFY2(!folders.out.contains(QStringLiteral("INBOX (local 2)")), qPrintable(folders.out));
    const QMultiHash<QString, qint64> aside = listed(s_aside);
    QCOMPARE(aside.size(), 3);
    QCOMPARE(aside.count(QStringLiteral("anonymous %1").arg(m_run)), 2);
    QVERIFY(aside.contains(QStringLiteral("zeta %1").arg(m_run)));
    everyMessageReads();
}

QTEST_GUILESS_MAIN(TestProtocolSwitchLab)
#include "tst_protocolswitchlab.moc"
