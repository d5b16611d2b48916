#include "protocol/pop3/pop3replyparser.h"
#include "protocol/pop3/pop3session.h"

#include "splitfeeder.h"

#include <QFile>
#include <QTest>

using namespace Letterbox::Pop3;
using Letterbox::Testing::SplitFeeder;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(LETTERBOX_TEST_DATA "/pop3/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", name);
    }
    return file.readAll();
}

struct Outcome
{
    QByteArray written;
    QStringList events;
    QMap<quint64, QByteArray> bodies;
    QList<Pop3UidlEntry> uidls;
    QList<Pop3ListEntry> sizes;
};

// Drives a session with the commands the capture script sent, feeding the captured server
// bytes in @p chunks; StartTls is answered at once (the capture stopped there).
Outcome drive(const Pop3SessionConfig &config, const QList<QByteArray> &chunks, bool queueCommands)
{
    Pop3Session session(config);
    Outcome outcome;
    if (queueCommands) {
        session.stat(1);
        session.uidl(2);
        session.list(3);
        session.retr(4, 1);
        session.retr(5, 3);
        session.top(6, 2, 0);
        session.quit();
    }
    auto drain = [&] {
        while (auto event = session.nextEvent()) {
            if (const auto *send = std::get_if<SendData>(&*event)) {
                outcome.written += send->data.redacted();
            } else if (std::holds_alternative<Ready>(*event)) {
                outcome.events.append(QStringLiteral("ready"));
            } else if (std::holds_alternative<StartTls>(*event)) {
                outcome.events.append(QStringLiteral("starttls"));
            } else if (const auto *failed = std::get_if<SessionFailed>(&*event)) {
                outcome.events.append(QStringLiteral("failed %1").arg(int(failed->kind)));
            } else if (const auto *stat = std::get_if<StatResult>(&*event)) {
                outcome.events.append(QStringLiteral("stat %1 %2").arg(stat->count).arg(stat->size));
            } else if (const auto *uidl = std::get_if<UidlResult>(&*event)) {
                outcome.uidls = uidl->entries;
                outcome.events.append(
                    QStringLiteral("uidl %1 invalid %2").arg(uidl->entries.size()).arg(uidl->invalid.size()));
            } else if (const auto *list = std::get_if<ListResult>(&*event)) {
                outcome.sizes = list->entries;
                outcome.events.append(QStringLiteral("list %1").arg(list->entries.size()));
            } else if (const auto *data = std::get_if<RetrData>(&*event)) {
                outcome.bodies[data->token] += data->data;
            } else if (const auto *done = std::get_if<RetrDone>(&*event)) {
                outcome.events.append(QStringLiteral("done %1 %2").arg(done->token).arg(done->size));
            } else if (const auto *deletions = std::get_if<DeletionsResult>(&*event)) {
                outcome.events.append(QStringLiteral("deletions %1").arg(int(deletions->outcome)));
            } else if (std::holds_alternative<Closed>(*event)) {
                outcome.events.append(QStringLiteral("closed"));
            } else if (std::holds_alternative<CommandFailed>(*event)) {
                outcome.events.append(QStringLiteral("cmdfail"));
            }
        }
    };
    drain();
    for (const QByteArray &chunk : chunks) {
        session.receive(chunk);
        drain();
    }
    return outcome;
}

Pop3SessionConfig labConfig(Pop3Security security, const QString &password)
{
    Pop3SessionConfig config;
    config.security = security;
    config.plaintextAllowed = true; // the capture ran on loopback without TLS
    config.credentials = Pop3Credentials {QStringLiteral("alice"), password, {}};
    return config;
}

} // namespace

/*
 * Replays POP3 conversations captured from the lab's Dovecot 2.3 (tests/data/pop3,
 * README.md there says how they were made): real bytes, every chunking of them.
 */
class TestPop3DovecotReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cramMd5Session()
    {
        const QByteArray bytes = fixture("dovecot-cram-md5-session.txt");
        const Pop3SessionConfig config = labConfig(Pop3Security::None, QStringLiteral("Wonderland-42"));
        const Outcome whole = drive(config, {bytes}, true);
        QCOMPARE(whole.events,
            QStringList({QStringLiteral("ready"), QStringLiteral("stat 60 4417941"),
                QStringLiteral("uidl 60 invalid 0"), QStringLiteral("list 60"), QStringLiteral("done 4 987"),
                QStringLiteral("done 5 704"), QStringLiteral("done 6 %1").arg(whole.bodies.value(6).size()),
                QStringLiteral("deletions %1").arg(int(DeletionsResult::Outcome::Committed)),
                QStringLiteral("closed")}));
        // Pipelined: every command of the queue went out right after the login.
        QVERIFY(whole.written.endsWith("STAT\r\nUIDL\r\nLIST\r\nRETR 1\r\nRETR 3\r\nTOP 2 0\r\nQUIT\r\n"));
        QVERIFY(whole.written.contains("AUTH CRAM-MD5\r\n***\r\n"));
        QCOMPARE(whole.uidls.first(), (Pop3UidlEntry {1, "000000016b0f80a2"}));
        QCOMPARE(whole.sizes.at(8), (Pop3ListEntry {9, 1616415}));
        // RETR's size is LIST's (the server counts CRLF octets, as delivered).
        QCOMPARE(whole.bodies.value(4).size(), whole.sizes.at(0).size);
        QCOMPARE(whole.bodies.value(5).size(), whole.sizes.at(2).size);
        QVERIFY(whole.bodies.value(6).endsWith("\r\n\r\n")); // TOP 2 0: headers and the empty line
        QVERIFY(!whole.bodies.value(6).contains("\r\n.\r\n"));

        QString failure;
        SplitFeeder::forEachSplit(
            bytes,
            [&](const QList<QByteArray> &chunks, const QString &description) {
                const Outcome split = drive(config, chunks, true);
                if (split.events != whole.events || split.bodies != whole.bodies || split.written != whole.written) {
                    failure = description + QStringLiteral(": ") + split.events.join(QStringLiteral(", "));
                    return false;
                }
                return true;
            },
            8);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void authenticationFailed()
    {
        const Outcome outcome = drive(
            labConfig(Pop3Security::None, QStringLiteral("wrong")), {fixture("dovecot-auth-failed.txt")}, false);
        QCOMPARE(outcome.events, QStringList({QStringLiteral("failed %1").arg(int(Pop3ErrorKind::Authentication))}));
    }

    void stlsGoAhead()
    {
        Pop3SessionConfig config = labConfig(Pop3Security::StartTls, QStringLiteral("Wonderland-42"));
        config.plaintextAllowed = false;
        const Outcome outcome = drive(config, {fixture("dovecot-stls.txt")}, false);
        QCOMPARE(outcome.events, QStringList({QStringLiteral("starttls")}));
        QCOMPARE(outcome.written, QByteArray("CAPA\r\nSTLS\r\n")); // nothing secret before TLS
    }

    void userPassThroughTheParser()
    {
        // USER alice, PASS, LIST 2, UIDL 2, RETR 999, NOOP, RSET, QUIT, one at a time.
        const QByteArray bytes = fixture("dovecot-user-pass.txt");
        QString failure;
        SplitFeeder::forEachSplit(bytes, [&](const QList<QByteArray> &chunks, const QString &description) {
            Pop3ReplyParser parser;
            for (int i = 0; i < 9; ++i) {
                parser.expect(i == 5 ? Pop3ReplyParser::Expect::Streamed : Pop3ReplyParser::Expect::SingleLine);
            }
            QByteArrayList statuses;
            for (const QByteArray &chunk : chunks) {
                parser.feed(chunk);
                while (auto event = parser.next()) {
                    const Pop3Reply &reply = std::get<Pop3Reply>(*event);
                    statuses.append((reply.isOk() ? "+OK " : "-ERR ") + reply.text);
                }
            }
            const QByteArrayList expected {"+OK Dovecot (Debian) ready.", "+OK ", "+OK Logged in.", "+OK 2 1129",
                "+OK 2 000000026b0f80a2", "-ERR There's no message 999.", "+OK ", "+OK ", "+OK Logging out."};
            if (statuses != expected || parser.hasError() || parser.bufferedBytes() != 0) {
                failure = description + QStringLiteral(": ") + QString::fromLatin1(statuses.join(" | "));
                return false;
            }
            return true;
        });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestPop3DovecotReplay)
#include "tst_pop3dovecotreplay.moc"
