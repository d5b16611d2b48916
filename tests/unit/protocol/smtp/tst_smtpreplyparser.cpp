#include "protocol/smtp/smtpreplyparser.h"
#include "splitfeeder.h"

#include <QTest>

using Letterbox::Smtp::SmtpReply;
using Letterbox::Smtp::SmtpReplyParser;
using Letterbox::Testing::SplitFeeder;

namespace {

struct Parsed
{
    QList<SmtpReply> replies;
    qint64 errorOffset = -1;
    qsizetype buffered = 0;
};

Parsed parse(const QList<QByteArray> &chunks)
{
    SmtpReplyParser parser;
    Parsed parsed;
    for (const QByteArray &chunk : chunks) {
        parser.feed(chunk);
        while (auto reply = parser.nextReply()) {
            parsed.replies.append(*reply);
        }
    }
    parsed.errorOffset = parser.errorOffset();
    parsed.buffered = parser.bufferedBytes();
    return parsed;
}

QString describe(const QList<SmtpReply> &replies)
{
    QStringList parts;
    for (const SmtpReply &reply : replies) {
        parts.append(QString::number(reply.code()) + QLatin1Char(':') + QString::fromUtf8(reply.lines().join('|')));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestSmtpReplyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void overlongLine();
    void tooManyLines();
    void bufferedBytesSeesWhatFollows();
    void resetForgetsEverything();
};

void TestSmtpReplyParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<qint64>("errorOffset");

    QTest::newRow("single-line") << QByteArray("220 mx.example.com ESMTP\r\n")
                                 << QStringLiteral("220:mx.example.com ESMTP") << qint64(-1);
    QTest::newRow("multi-line-ehlo") << QByteArray("250-mx.example.com\r\n250-PIPELINING\r\n250 CHUNKING\r\n")
                                     << QStringLiteral("250:mx.example.com|PIPELINING|CHUNKING") << qint64(-1);
    QTest::newRow("code-only-line") << QByteArray("250\r\n") << QStringLiteral("250:") << qint64(-1);
    QTest::newRow("continuation-with-empty-text")
        << QByteArray("250-\r\n250 ok\r\n") << QStringLiteral("250:|ok") << qint64(-1);
    QTest::newRow("several-replies") << QByteArray("250 ok\r\n354 go\r\n") << QStringLiteral("250:ok 354:go")
                                     << qint64(-1);
    QTest::newRow("bare-lf-tolerated") << QByteArray("250-a\n250 b\n") << QStringLiteral("250:a|b") << qint64(-1);
    QTest::newRow("partial-reply-waits") << QByteArray("250-a\r\n250 b") << QString() << qint64(-1);
    QTest::newRow("not-a-reply") << QByteArray("250 ok\r\nHELLO\r\n") << QStringLiteral("250:ok") << qint64(8);
    QTest::newRow("code-changes-inside-reply") << QByteArray("250-a\r\n550 b\r\n") << QString() << qint64(7);
    QTest::newRow("bad-separator") << QByteArray("250xok\r\n") << QString() << qint64(0);
    QTest::newRow("first-digit-out-of-range") << QByteArray("650 no\r\n") << QString() << qint64(0);
    QTest::newRow("second-digit-out-of-range") << QByteArray("260 no\r\n") << QString() << qint64(0);
    QTest::newRow("two-digits") << QByteArray("25\r\n") << QString() << qint64(0);
    QTest::newRow("empty-line") << QByteArray("\r\n") << QString() << qint64(0);
    QTest::newRow("nul-in-text-kept") << QByteArray("250 a\0b\r\n", 9)
                                      << QStringLiteral("250:a") + QChar(0) + QStringLiteral("b") << qint64(-1);
}

void TestSmtpReplyParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QFETCH(qint64, errorOffset);
    for (const SplitFeeder::Split &split : SplitFeeder::splits(input)) {
        const Parsed parsed = ::parse(split.chunks);
        QVERIFY2(describe(parsed.replies) == expected,
            qPrintable(split.description + QStringLiteral(": ") + describe(parsed.replies)));
        QVERIFY2(parsed.errorOffset == errorOffset,
            qPrintable(split.description + QStringLiteral(": offset %1").arg(parsed.errorOffset)));
    }
}

void TestSmtpReplyParser::overlongLine()
{
    const QByteArray input = QByteArray("250 ok\r\n250 " + QByteArray(SmtpReplyParser::MaxLineLength, 'x') + "\r\n");
    for (const SplitFeeder::Split &split : SplitFeeder::splits(input, 4)) {
        if (split.chunks.size() > 64 && split.description != QLatin1String("byte-by-byte")) {
            continue; // the every-offset splits of 4 KiB are enough without the random ones
        }
        const Parsed parsed = ::parse(split.chunks);
        QVERIFY2(parsed.replies.size() == 1, qPrintable(split.description));
        QVERIFY2(parsed.errorOffset == 8, qPrintable(split.description));
    }
    // One less than the limit passes.
    const Parsed ok = ::parse({"250 " + QByteArray(SmtpReplyParser::MaxLineLength - 4, 'x') + "\r\n"});
    QCOMPARE(ok.errorOffset, qint64(-1));
    QCOMPARE(ok.replies.size(), 1);
}

void TestSmtpReplyParser::tooManyLines()
{
    QByteArray input;
    for (int i = 0; i < SmtpReplyParser::MaxLines; ++i) {
        input += "250-line\r\n";
    }
    input += "250 last\r\n";
    const Parsed parsed = ::parse({input});
    QVERIFY(parsed.replies.isEmpty());
    QCOMPARE(parsed.errorOffset, qint64(SmtpReplyParser::MaxLines) * 10);

    QByteArray exactly;
    for (int i = 0; i + 1 < SmtpReplyParser::MaxLines; ++i) {
        exactly += "250-line\r\n";
    }
    exactly += "250 last\r\n";
    QCOMPARE(::parse({exactly}).replies.size(), 1);
}

void TestSmtpReplyParser::bufferedBytesSeesWhatFollows()
{
    SmtpReplyParser parser;
    parser.feed("220 go ahead\r\n");
    QVERIFY(parser.nextReply());
    QCOMPARE(parser.bufferedBytes(), 0);

    parser.feed("220 go ahead\r\n250 injected\r\n");
    QVERIFY(parser.nextReply());
    QVERIFY(parser.bufferedBytes() > 0); // a complete reply waits

    SmtpReplyParser partial;
    partial.feed("220 go ahead\r\nX");
    QVERIFY(partial.nextReply());
    QCOMPARE(partial.bufferedBytes(), 1); // so does a single byte
}

void TestSmtpReplyParser::resetForgetsEverything()
{
    SmtpReplyParser parser;
    parser.feed("garbage\r\n");
    QVERIFY(parser.hasError());
    QVERIFY(!parser.errorString().isEmpty());
    parser.reset();
    QVERIFY(!parser.hasError());
    parser.feed("250 ok\r\n");
    QVERIFY(parser.nextReply());
}

QTEST_GUILESS_MAIN(TestSmtpReplyParser)
#include "tst_smtpreplyparser.moc"
