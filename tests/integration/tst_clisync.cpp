// `letterbox-cli sync`, `list`, `read`, `flag` and `move` end to end on one mailbox read
// over IMAP and over POP3 (the lab user frank is this test's): the real binary, a profile
// of its own, and the lab's Dovecot, checked over a second, independent session.
#include "clirun.h"
#include "labenvironment.h"
#include "lineclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

using CliTest::folderReport;
using CliTest::Run;

const QString s_user = QStringLiteral("frank");

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void imapSyncListsAndReads();
    void flagReachesTheServer();
    void moveReachesTheServer();
    void offlineFlagIsReplayedBySync();
    void bodiesAreDownloaded();
    void keepOfflineDownloadsEverySync();
    void pop3SyncDownloadsOnce();

private:
    Run cli(const QStringList &arguments) const { return CliTest::runCliIn(m_profile.path(), arguments); }
    void addAccount(const QString &name, const QString &protocol, const QString &portName);
    /// A message with @p subject appended to frank's @p folder by another session.
    bool append(const QString &folder, const QString &subject) const;
    /// What the server says of the message with @p subject in @p folder ("" if absent).
    QByteArray serverFlags(const QString &folder, const QString &subject) const;
    std::optional<quint32> cachedUid(const QString &account, const QString &folder, const QString &subject) const;
    /// append() to the INBOX, sync the IMAP account's INBOX, and the message's UID in its cache.
    std::optional<quint32> deliverAndSync(const QString &subject) const;

    LabEnvironment m_lab;
    QTemporaryDir m_profile;
};

void TestCliSync::addAccount(const QString &name, const QString &protocol, const QString &portName)
{
    const Run added = cli({QStringLiteral("account"), QStringLiteral("add"), name, QStringLiteral("--email"),
        s_user + QLatin1Char('@') + m_lab.domain, QStringLiteral("--incoming"), protocol, QStringLiteral("--host"),
        m_lab.host, QStringLiteral("--port"), QString::number(m_lab.port(portName)), QStringLiteral("--user"), s_user,
        QStringLiteral("--smtp-port"), QString::number(m_lab.port(QStringLiteral("submissions"))),
        QStringLiteral("--ca-file"), m_lab.caFile, QStringLiteral("--password-command"),
        QStringLiteral("printf '%s\\n' '%1'").arg(m_lab.password(s_user))});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

bool TestCliSync::append(const QString &folder, const QString &subject) const
{
    LineClient client({QSslCertificate::fromPath(m_lab.caFile)});
    if (!client.connectTls(m_lab.host, m_lab.port(QStringLiteral("imaps")))) {
        return false;
    }
    client.readLine();
    client.imapCommand("a1", "LOGIN " + s_user.toUtf8() + " \"" + m_lab.password(s_user).toUtf8() + '"');
    const QByteArray message = "From: Somebody <somebody@" + m_lab.domain.toUtf8() + ">\r\nTo: " + s_user.toUtf8() + '@'
        + m_lab.domain.toUtf8() + "\r\nSubject: " + subject.toUtf8() + "\r\nMessage-ID: <"
        + QUuid::createUuid().toByteArray(QUuid::Id128) + "@test>\r\n\r\nThe body of " + subject.toUtf8() + ".\r\n";
    const QList<QByteArray> reply = client.imapCommand(
        "a2", "APPEND " + folder.toUtf8() + " {" + QByteArray::number(message.size()) + "+}\r\n" + message);
    client.imapCommand("a3", "LOGOUT");
    return !reply.isEmpty() && reply.last().startsWith("a2 OK");
}

QByteArray TestCliSync::serverFlags(const QString &folder, const QString &subject) const
{
    LineClient client({QSslCertificate::fromPath(m_lab.caFile)});
    if (!client.connectTls(m_lab.host, m_lab.port(QStringLiteral("imaps")))) {
        return {};
    }
    client.readLine();
    client.imapCommand("a1", "LOGIN " + s_user.toUtf8() + " \"" + m_lab.password(s_user).toUtf8() + '"');
    client.imapCommand("a2", "EXAMINE " + folder.toUtf8());
    QByteArray uid;
    for (const QByteArray &line : client.imapCommand("a3", "UID SEARCH SUBJECT \"" + subject.toUtf8() + '"')) {
        if (line.startsWith("* SEARCH ")) {
            uid = line.mid(9).trimmed();
        }
    }
    QByteArray flags;
    if (!uid.isEmpty()) {
        for (const QByteArray &line : client.imapCommand("a4", "UID FETCH " + uid + " (FLAGS)")) {
            if (const qsizetype at = line.indexOf("FLAGS ("); line.startsWith("* ") && at >= 0) {
                flags = "(" + line.mid(at + 7, line.indexOf(')', at) - at - 7) + ")";
            }
        }
    }
    client.imapCommand("a5", "LOGOUT");
    return flags;
}

std::optional<quint32> TestCliSync::cachedUid(
    const QString &account, const QString &folder, const QString &subject) const
{
    const Run listed = cli({QStringLiteral("list"), account, QStringLiteral("--folder"), folder,
        QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--json")});
    for (const QJsonValue &value :
        QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        if (message.value(QStringLiteral("subject")).toString() == subject) {
            return quint32(message.value(QStringLiteral("uid")).toInteger());
        }
    }
    return std::nullopt;
}

std::optional<quint32> TestCliSync::deliverAndSync(const QString &subject) const
{
    if (!append(QStringLiteral("INBOX"), subject)
        || cli({QStringLiteral("sync"), QStringLiteral("imap"), QStringLiteral("--folder"), QStringLiteral("INBOX")})
                .exitCode
            != 0) {
        return std::nullopt;
    }
    return cachedUid(QStringLiteral("imap"), QStringLiteral("INBOX"), subject);
}

void TestCliSync::initTestCase()
{
    QString error;
    auto lab = LabEnvironment::load(&error);
    QVERIFY2(lab, qPrintable(error));
    m_lab = *lab;
    QVERIFY(m_profile.isValid());
    addAccount(QStringLiteral("imap"), QStringLiteral("imap"), QStringLiteral("imaps"));
    addAccount(QStringLiteral("pop3"), QStringLiteral("pop3"), QStringLiteral("pop3s"));
}

void TestCliSync::imapSyncListsAndReads()
{
    const QString subject = QStringLiteral("sync %1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QVERIFY(append(QStringLiteral("INBOX"), subject));
    const Run synced = cli({QStringLiteral("sync"), QStringLiteral("imap"), QStringLiteral("--json")});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    const QJsonObject report = QJsonDocument::fromJson(synced.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("account")).toString(), QStringLiteral("imap"));
    QCOMPARE(report.value(QStringLiteral("protocol")).toString(), QStringLiteral("imap"));
    QVERIFY(report.value(QStringLiteral("bytes_in")).toInteger() > 0);
    QVERIFY(report.value(QStringLiteral("round_trips")).toInteger() > 0);
    const QJsonObject inbox = folderReport(report, QStringLiteral("INBOX"));
    QVERIFY2(inbox.value(QStringLiteral("new")).toInt() >= 1, qPrintable(synced.out));
    for (const QString &key : {QStringLiteral("changed"), QStringLiteral("vanished"), QStringLiteral("bytes_in"),
             QStringLiteral("bytes_out"), QStringLiteral("round_trips"), QStringLiteral("seconds")}) {
        QVERIFY2(inbox.contains(key), qPrintable(key));
    }
    QVERIFY(cachedUid(QStringLiteral("imap"), QStringLiteral("INBOX"), subject).has_value());

    // Nothing changed on the server: the next run finds nothing new in the Inbox.
    const Run again = cli({QStringLiteral("sync"), QStringLiteral("imap"), QStringLiteral("--folder"),
        QStringLiteral("INBOX"), QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    const QJsonObject second = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QCOMPARE(second.value(QStringLiteral("folders")).toArray().size(), 1);
    QCOMPARE(folderReport(second, QStringLiteral("INBOX")).value(QStringLiteral("new")).toInt(), 0);

    const Run text = cli({QStringLiteral("sync"), QStringLiteral("imap")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(QLatin1String("INBOX: 0 new")), qPrintable(text.out));
    QVERIFY(text.out.contains(QLatin1String("over IMAP")));
}

void TestCliSync::flagReachesTheServer()
{
    const QString subject = QStringLiteral("flag %1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const std::optional<quint32> uid = deliverAndSync(subject);
    QVERIFY(uid);
    const QStringList where {
        QStringLiteral("--folder"), QStringLiteral("INBOX"), QStringLiteral("--uid"), QString::number(*uid)};
    const Run flagged = cli(QStringList {QStringLiteral("flag"), QStringLiteral("imap")} + where
        + QStringList {QStringLiteral("+seen"), QStringLiteral("+flagged")});
    QVERIFY2(flagged.exitCode == 0, qPrintable(flagged.err));
    QByteArray flags = serverFlags(QStringLiteral("INBOX"), subject);
    QVERIFY2(flags.contains("\\Seen") && flags.contains("\\Flagged"), flags.constData());

    // "-seen" is one word, not four short options.
    const Run cleared = cli(
        QStringList {QStringLiteral("flag"), QStringLiteral("imap")} + where + QStringList {QStringLiteral("-seen")});
    QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.err));
    flags = serverFlags(QStringLiteral("INBOX"), subject);
    QVERIFY2(!flags.contains("\\Seen") && flags.contains("\\Flagged"), flags.constData());

    const Run bad = cli(QStringList {QStringLiteral("flag"), QStringLiteral("imap")} + where
        + QStringList {QStringLiteral("+important")});
    QCOMPARE(bad.exitCode, 2);
}

void TestCliSync::moveReachesTheServer()
{
    const QString subject = QStringLiteral("move %1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const std::optional<quint32> uid = deliverAndSync(subject);
    QVERIFY(uid);
    const Run moved
        = cli({QStringLiteral("move"), QStringLiteral("imap"), QStringLiteral("--folder"), QStringLiteral("INBOX"),
            QStringLiteral("--uid"), QString::number(*uid), QStringLiteral("--to"), QStringLiteral("Archive")});
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
    QVERIFY2(moved.out.contains(QLatin1String("Moved to Archive as UID")), qPrintable(moved.out));
    QVERIFY(!serverFlags(QStringLiteral("Archive"), subject).isNull());
    QVERIFY(serverFlags(QStringLiteral("INBOX"), subject).isNull());
    // The cache agrees at once, and a sync does not bring it back to the Inbox.
    QVERIFY(!cachedUid(QStringLiteral("imap"), QStringLiteral("INBOX"), subject));
    QVERIFY(cachedUid(QStringLiteral("imap"), QStringLiteral("Archive"), subject));
    QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("imap")}).exitCode, 0);
    QVERIFY(!cachedUid(QStringLiteral("imap"), QStringLiteral("INBOX"), subject));
    QVERIFY(cachedUid(QStringLiteral("imap"), QStringLiteral("Archive"), subject));
}

void TestCliSync::offlineFlagIsReplayedBySync()
{
    const QString subject = QStringLiteral("offline %1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const std::optional<quint32> uid = deliverAndSync(subject);
    QVERIFY(uid);

    // The server is out of reach (a port nobody listens on): the change is kept.
    const QString imaps = QString::number(m_lab.port(QStringLiteral("imaps")));
    QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("imap"), QStringLiteral("port"),
                     QString::number(m_lab.port(QStringLiteral("imaps")) + 7)})
                 .exitCode,
        0);
    const Run offline = cli({QStringLiteral("flag"), QStringLiteral("imap"), QStringLiteral("--folder"),
        QStringLiteral("INBOX"), QStringLiteral("--uid"), QString::number(*uid), QStringLiteral("+flagged")});
    QVERIFY2(offline.exitCode == 0, qPrintable(offline.err));
    QVERIFY2(offline.err.contains(QLatin1String("next sync")), qPrintable(offline.err));
    QVERIFY(!serverFlags(QStringLiteral("INBOX"), subject).contains("\\Flagged"));

    // Back online: the next sync tells the server first, and keeps the flag.
    QCOMPARE(
        cli({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("imap"), QStringLiteral("port"), imaps})
            .exitCode,
        0);
    const Run synced
        = cli({QStringLiteral("sync"), QStringLiteral("imap"), QStringLiteral("--folder"), QStringLiteral("INBOX")});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    QVERIFY(serverFlags(QStringLiteral("INBOX"), subject).contains("\\Flagged"));
    const Run listed = cli({QStringLiteral("list"), QStringLiteral("imap"), QStringLiteral("--limit"),
        QStringLiteral("0"), QStringLiteral("--json")});
    bool flaggedInCache = false;
    for (const QJsonValue &value :
        QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        if (message.value(QStringLiteral("subject")).toString() == subject) {
            flaggedInCache = message.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("\\Flagged"));
        }
    }
    QVERIFY(flaggedInCache);
}

void TestCliSync::bodiesAreDownloaded()
{
    const QString subject = QStringLiteral("body %1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const std::optional<quint32> uid = deliverAndSync(subject);
    QVERIFY(uid);
    const QStringList read {QStringLiteral("read"), QStringLiteral("imap"), QStringLiteral("--folder"),
        QStringLiteral("INBOX"), QStringLiteral("--uid"), QString::number(*uid), QStringLiteral("--raw")};
    QVERIFY(cli(read).exitCode != 0); // only the headers so far, and read never goes online
    const Run synced = cli({QStringLiteral("sync"), QStringLiteral("imap"), QStringLiteral("--folder"),
        QStringLiteral("INBOX"), QStringLiteral("--bodies"), QStringLiteral("--json")});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    QVERIFY(folderReport(QJsonDocument::fromJson(synced.out.toUtf8()).object(), QStringLiteral("INBOX"))
                .value(QStringLiteral("bodies"))
                .toInt()
        >= 1);
    const Run raw = cli(read);
    QVERIFY2(raw.exitCode == 0, qPrintable(raw.err));
    QVERIFY(raw.out.contains(QStringLiteral("The body of ") + subject));
}

void TestCliSync::keepOfflineDownloadsEverySync()
{
    const QString subject = QStringLiteral("offline-copy %1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("imap"),
                     QStringLiteral("imap-keep-offline"), QStringLiteral("yes")})
                 .exitCode,
        0);
    const std::optional<quint32> uid = deliverAndSync(subject); // a plain sync, no --bodies
    QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("imap"),
                     QStringLiteral("imap-keep-offline"), QStringLiteral("no")})
                 .exitCode,
        0);
    QVERIFY(uid);
    const Run raw = cli({QStringLiteral("read"), QStringLiteral("imap"), QStringLiteral("--folder"),
        QStringLiteral("INBOX"), QStringLiteral("--uid"), QString::number(*uid), QStringLiteral("--raw")});
    QVERIFY2(raw.exitCode == 0, qPrintable(raw.err));
    QVERIFY(raw.out.contains(QStringLiteral("The body of ") + subject));
}

void TestCliSync::pop3SyncDownloadsOnce()
{
    const QString subject = QStringLiteral("pop3 %1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QVERIFY(append(QStringLiteral("INBOX"), subject));
    const Run synced = cli({QStringLiteral("sync"), QStringLiteral("pop3"), QStringLiteral("--json")});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
    const QJsonObject report = QJsonDocument::fromJson(synced.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("protocol")).toString(), QStringLiteral("pop3"));
    QVERIFY(folderReport(report, QStringLiteral("INBOX")).value(QStringLiteral("new")).toInt() >= 1);

    const Run listed = cli({QStringLiteral("list"), QStringLiteral("pop3"), QStringLiteral("--limit"),
        QStringLiteral("0"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    qint64 uid = 0;
    for (const QJsonValue &value :
        QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("messages")).toArray()) {
        if (value.toObject().value(QStringLiteral("subject")).toString() == subject) {
            QVERIFY(!value.toObject().value(QStringLiteral("uidl")).toString().isEmpty());
            uid = value.toObject().value(QStringLiteral("uid")).toInteger();
        }
    }
    QVERIFY2(uid > 0, qPrintable(listed.out));
    // POP3 downloads whole messages: read works at once, offline.
    const Run raw = cli({QStringLiteral("read"), QStringLiteral("pop3"), QStringLiteral("--folder"),
        QStringLiteral("INBOX"), QStringLiteral("--uid"), QString::number(uid), QStringLiteral("--raw")});
    QVERIFY2(raw.exitCode == 0, qPrintable(raw.err));
    QVERIFY(raw.out.contains(QStringLiteral("The body of ") + subject));
    // Left on the server (the default), and not downloaded again.
    QVERIFY(!serverFlags(QStringLiteral("INBOX"), subject).isNull());
    const Run again = cli({QStringLiteral("sync"), QStringLiteral("pop3"), QStringLiteral("--json")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(folderReport(QJsonDocument::fromJson(again.out.toUtf8()).object(), QStringLiteral("INBOX"))
                 .value(QStringLiteral("new"))
                 .toInt(),
        0);
}

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
