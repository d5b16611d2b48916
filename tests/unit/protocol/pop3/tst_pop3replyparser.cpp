#include "protocol/pop3/pop3replyparser.h"

#include "splitfeeder.h"

#include <QTest>

using namespace Letterbox::Pop3;
using Letterbox::Testing::SplitFeeder;

namespace {

using Expect = Pop3ReplyParser::Expect;

QByteArray escaped(const QByteArray &bytes)
{
    QByteArray out = bytes;
    out.replace("\r", "\\r").replace("\n", "\\n");
    return out;
}

/*
 * The parser's output as one line of text: "ok <text>" / "err <text> [code]" / "cont
 * <text>", "lines=a|b" after a listing's status, "body=<octets>" for the streamed chunks
 * (concatenated, since how they are cut depends on the input's chunks), "end <size>",
 * "error@<offset>", and "buffered=<n>" when octets are left over.
 */
QByteArray run(const QList<QByteArray> &chunks, const QList<Expect> &expectations, const Pop3Limits &limits)
{
    Pop3ReplyParser parser(limits);
    for (Expect e : expectations) {
        parser.expect(e);
    }
    QByteArrayList log;
    QByteArray body;
    bool inBody = false;
    auto drain = [&] {
        while (auto event = parser.next()) {
            if (const auto *reply = std::get_if<Pop3Reply>(&*event)) {
                QByteArray entry = reply->isOk() ? "ok" : reply->isErr() ? "err" : "cont";
                if (!reply->text.isEmpty()) {
                    entry += ' ' + reply->text;
                }
                if (!reply->code.isEmpty()) {
                    entry += " code=" + reply->code;
                }
                if (!reply->lines.isEmpty()) {
                    entry += " lines=" + reply->lines.join('|');
                }
                log.append(entry);
            } else if (const auto *chunk = std::get_if<Pop3BodyChunk>(&*event)) {
                if (chunk->data.isEmpty()) {
                    log.append("EMPTY CHUNK");
                }
                body += chunk->data;
                inBody = true;
            } else if (const auto *end = std::get_if<Pop3BodyEnd>(&*event)) {
                log.append("body=" + escaped(body));
                log.append("end " + QByteArray::number(end->size));
                if (end->size != body.size()) {
                    log.append("SIZE MISMATCH");
                }
                body.clear();
                inBody = false;
            }
        }
    };
    for (const QByteArray &chunk : chunks) {
        parser.feed(chunk);
        drain();
    }
    if (parser.hasError()) {
        log.append("error@" + QByteArray::number(parser.errorOffset()));
    } else if (parser.inBody()) {
        log.append("unfinished");
    } else if (parser.bufferedBytes() > 0) {
        log.append("buffered");
    }
    (void)inBody;
    return log.join("; ");
}

} // namespace

Q_DECLARE_METATYPE(Letterbox::Pop3::Pop3ReplyParser::Expect)

class TestPop3ReplyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splits_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<Expect>>("expectations");
        QTest::addColumn<qsizetype>("maxLine");
        QTest::addColumn<qint64>("maxBody");
        QTest::addColumn<QByteArray>("expected");

        const qsizetype line = 4096;
        const qint64 body = qint64(1) << 20;
        const Expect S = Expect::SingleLine;
        const Expect M = Expect::MultiLine;
        const Expect R = Expect::Streamed;
        const Expect A = Expect::SaslStep;

        QTest::newRow("greeting") << QByteArray("+OK Dovecot ready.\r\n") << QList {S} << line << body
                                  << QByteArray("ok Dovecot ready.");
        QTest::newRow("err with in-use code") << QByteArray("-ERR [IN-USE] Mailbox locked\r\n") << QList {S} << line
                                              << body << QByteArray("err [IN-USE] Mailbox locked code=IN-USE");
        QTest::newRow("capa listing") << QByteArray("+OK\r\nCAPA\r\nPIPELINING\r\nSASL PLAIN\r\n.\r\n") << QList {M}
                                      << line << body << QByteArray("ok lines=CAPA|PIPELINING|SASL PLAIN");
        QTest::newRow("listing refused has no body")
            << QByteArray("-ERR no CAPA\r\n+OK\r\n") << QList {M, S} << line << body << QByteArray("err no CAPA; ok");
        QTest::newRow("empty listing") << QByteArray("+OK 0 messages\r\n.\r\n") << QList {M} << line << body
                                       << QByteArray("ok 0 messages");
        QTest::newRow("pipelined list, list n, uidl")
            << QByteArray("+OK\r\n1 120\r\n2 200\r\n.\r\n+OK 2 200\r\n+OK\r\n1 a\r\n2 b\r\n.\r\n") << QList {M, S, M}
            << line << body << QByteArray("ok lines=1 120|2 200; ok 2 200; ok lines=1 a|2 b");
        QTest::newRow("retr") << QByteArray("+OK 12 octets\r\nSubject: x\r\n\r\nhi\r\n.\r\n") << QList {R} << line
                              << body << QByteArray("ok 12 octets; body=Subject: x\\r\\n\\r\\nhi\\r\\n; end 18");
        QTest::newRow("empty message") << QByteArray("+OK\r\n.\r\n") << QList {R} << line << body
                                       << QByteArray("ok; body=; end 0");
        QTest::newRow("retr refused") << QByteArray("-ERR no such message\r\n") << QList {R} << line << body
                                      << QByteArray("err no such message");
        QTest::newRow("stuffed dot line is a single dot of content")
            << QByteArray("+OK\r\na\r\n..\r\nb\r\n.\r\n") << QList {R} << line << body
            << QByteArray("ok; body=a\\r\\n.\\r\\nb\\r\\n; end 9");
        QTest::newRow("double dot keeps one") << QByteArray("+OK\r\n...x\r\n.\r\n") << QList {R} << line << body
                                              << QByteArray("ok; body=..x\\r\\n; end 5");
        QTest::newRow("unstuffed leading dot kept as sent")
            << QByteArray("+OK\r\n.x\r\n.\r\n") << QList {R} << line << body << QByteArray("ok; body=.x\\r\\n; end 4");
        QTest::newRow("dot CR without LF is content") << QByteArray("+OK\r\n.\rx\r\n.\r\n") << QList {R} << line << body
                                                      << QByteArray("ok; body=.\\rx\\r\\n; end 5");
        QTest::newRow("listing line that is a stuffed dot")
            << QByteArray("+OK\r\n..\r\n.\r\n") << QList {M} << line << body << QByteArray("ok lines=.");
        QTest::newRow("next reply right after the terminator")
            << QByteArray("+OK\r\nx\r\n.\r\n+OK done\r\n") << QList {R, S} << line << body
            << QByteArray("ok; body=x\\r\\n; end 3; ok done");
        QTest::newRow("three pipelined retrs")
            << QByteArray("+OK\r\na\r\n.\r\n+OK\r\nb\r\n.\r\n-ERR gone\r\n+OK\r\nc\r\n.\r\n") << QList {R, R, R, R}
            << line << body
            << QByteArray("ok; body=a\\r\\n; end 3; ok; body=b\\r\\n; end 3; err gone; ok; body=c\\r\\n; end 3");
        QTest::newRow("bare LF server") << QByteArray("+OK\nline\n.\n+OK\n") << QList {R, S} << line << body
                                        << QByteArray("ok; body=line\\n; end 5; ok");
        QTest::newRow("broken server: message not ending in CRLF")
            << QByteArray("+OK\r\nlast line.\r\n+OK\r\n") << QList {R, S} << line << body
            << QByteArray("ok; unfinished");
        QTest::newRow("sasl continuation") << QByteArray("+ PDE2Pg==\r\n+\r\n+OK Logged in.\r\n") << QList {A, A, A}
                                           << line << body << QByteArray("cont PDE2Pg==; cont; ok Logged in.");
        QTest::newRow("continuation where none is allowed")
            << QByteArray("+OK\r\n+ abc\r\n") << QList {S, S} << line << body << QByteArray("ok; error@5");
        QTest::newRow("garbage status line")
            << QByteArray("+OK\r\nHELLO\r\n") << QList {S, S} << line << body << QByteArray("ok; error@5");
        QTest::newRow("nothing expected: bytes wait")
            << QByteArray("+OK\r\n+OK extra\r\n") << QList {S} << line << body << QByteArray("ok; buffered");
        QTest::newRow("status line too long") << QByteArray("+OK\r\n+OK 0123456789abcdef\r\n") << QList {S, S}
                                              << qsizetype(16) << body << QByteArray("ok; error@5");
        QTest::newRow("no line end at all, over the limit")
            << QByteArray("+OK 0123456789abcdefghijkl") << QList {S} << qsizetype(16) << body << QByteArray("error@0");
        QTest::newRow("body lines are not bound by the line limit")
            << QByteArray("+OK\r\n0123456789abcdefghijklmnopqrstuvwxyz\r\n.\r\n") << QList {R} << qsizetype(16) << body
            << QByteArray("ok; body=0123456789abcdefghijklmnopqrstuvwxyz\\r\\n; end 38");
        QTest::newRow("message over the size limit")
            << QByteArray("+OK\r\n+OK\r\n0123456789\r\n0123456789\r\n.\r\n") << QList {S, R} << line << qint64(15)
            << QByteArray("ok; ok; error@5");
        QTest::newRow("message at the size limit") << QByteArray("+OK\r\n0123456789\r\n.\r\n") << QList {R} << line
                                                   << qint64(12) << QByteArray("ok; body=0123456789\\r\\n; end 12");
    }

    void splits()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<Expect>, expectations);
        QFETCH(qsizetype, maxLine);
        QFETCH(qint64, maxBody);
        QFETCH(QByteArray, expected);
        Pop3Limits limits;
        limits.maxLineLength = maxLine;
        limits.maxMessageSize = maxBody;
        limits.maxListingSize = qsizetype(maxBody);
        limits.chunkSize = 4; // small, so chunking is exercised too
        QString failure;
        SplitFeeder::forEachSplit(input, [&](const QList<QByteArray> &chunks, const QString &description) {
            const QByteArray got = run(chunks, expectations, limits);
            if (got != expected) {
                failure = description + QStringLiteral(": got \"") + QString::fromLatin1(got) + QLatin1Char('"');
                return false;
            }
            return true;
        });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(run({input}, expectations, limits), expected);
    }

    void largeBodyComesInChunks()
    {
        Pop3Limits limits;
        limits.chunkSize = 1024;
        Pop3ReplyParser parser(limits);
        parser.expect(Expect::Streamed);
        parser.feed("+OK\r\n");
        QVERIFY(std::holds_alternative<Pop3Reply>(*parser.next()));
        const QByteArray line(99, 'x');
        int chunks = 0;
        qint64 total = 0;
        for (int i = 0; i < 1000; ++i) { // 101 000 octets, fed one line at a time
            parser.feed(QByteArray(line + "\r\n"));
            while (auto event = parser.next()) {
                const auto *chunk = std::get_if<Pop3BodyChunk>(&*event);
                QVERIFY(chunk);
                QVERIFY(chunk->data.size() >= limits.chunkSize);
                ++chunks;
                total += chunk->data.size();
            }
            QVERIFY(parser.bufferedBytes() < 2 * limits.chunkSize); // never the whole message
        }
        parser.feed(".\r\n");
        while (auto event = parser.next()) {
            if (const auto *chunk = std::get_if<Pop3BodyChunk>(&*event)) {
                total += chunk->data.size();
            } else {
                QCOMPARE(std::get<Pop3BodyEnd>(*event).size, qint64(101000));
            }
        }
        QCOMPARE(total, qint64(101000));
        QVERIFY(chunks >= 90);
        QCOMPARE(parser.bufferedBytes(), 0);
    }

    void resetForgetsEverything()
    {
        Pop3ReplyParser parser;
        parser.expect(Expect::SingleLine);
        parser.feed("+OK\r\n+OK injected");
        QVERIFY(parser.next());
        QVERIFY(parser.bufferedBytes() > 0);
        parser.reset();
        QCOMPARE(parser.bufferedBytes(), 0);
        QCOMPARE(parser.pendingExpectations(), 0);
        parser.feed("+OK\r\n");
        QVERIFY(!parser.next()); // nothing expected after a reset
    }
};

QTEST_GUILESS_MAIN(TestPop3ReplyParser)
#include "tst_pop3replyparser.moc"
