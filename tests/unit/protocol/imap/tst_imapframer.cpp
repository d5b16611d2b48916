#include "protocol/imap/imapframer.h"

#include "splitfeeder.h"

#include <QFile>
#include <QTest>

using namespace Letterbox::Imap;
using Letterbox::Testing::SplitFeeder;

namespace {

// A frame as a short string: "R:" + the bytes of a response, or "E:" + the error's kind.
QByteArray describe(const ImapFramer::Frame &frame)
{
    if (frame.kind == ImapFramer::Frame::Kind::Response) {
        return "R:" + frame.bytes;
    }
    switch (frame.error.kind) {
    case ImapFramer::ErrorKind::LineTooLong:
        return "E:line-too-long";
    case ImapFramer::ErrorKind::LiteralTooLarge:
        return "E:literal-too-large";
    case ImapFramer::ErrorKind::ResponseTooLarge:
        return "E:response-too-large";
    case ImapFramer::ErrorKind::LiteralCountOverflow:
        return "E:literal-count-overflow";
    case ImapFramer::ErrorKind::None:
        break;
    }
    return "E:?";
}

QList<QByteArray> frameChunks(const QList<QByteArray> &chunks, const ImapFramerLimits &limits)
{
    ImapFramer framer(limits);
    QList<QByteArray> frames;
    for (const QByteArray &chunk : chunks) {
        framer.feed(chunk);
        for (auto f = framer.next(); f.kind != ImapFramer::Frame::Kind::NeedMoreData; f = framer.next()) {
            frames.append(describe(f));
        }
    }
    return frames;
}

ImapFramerLimits smallLimits()
{
    ImapFramerLimits limits;
    limits.maxLineLength = 40;
    limits.maxLiteralSize = 20;
    limits.maxResponseSize = 100;
    return limits;
}

} // namespace

class TestImapFramer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frames_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("small");
        QTest::addColumn<QList<QByteArray>>("expected");

        QTest::newRow("one-line") << QByteArray("* OK ready\r\n") << false << QList<QByteArray> {"R:* OK ready\r\n"};
        QTest::newRow("two-lines") << QByteArray("* 3 EXISTS\r\nA1 OK done\r\n") << false
                                   << QList<QByteArray> {"R:* 3 EXISTS\r\n", "R:A1 OK done\r\n"};
        QTest::newRow("incomplete-line-waits")
            << QByteArray("* OK ready\r\n* 3 EXI") << false << QList<QByteArray> {"R:* OK ready\r\n"};
        QTest::newRow("missing-crlf-never-completes") << QByteArray("* OK no end") << false << QList<QByteArray> {};
        QTest::newRow("bare-lf-accepted")
            << QByteArray("* OK a\n* OK b\r\n") << false << QList<QByteArray> {"R:* OK a\n", "R:* OK b\r\n"};
        QTest::newRow("empty-lines-skipped")
            << QByteArray("\r\n\r\n* OK a\r\n") << false << QList<QByteArray> {"R:* OK a\r\n"};
        QTest::newRow("literal-with-crlf-inside")
            << QByteArray("* 1 FETCH (BODY[] {12}\r\nA1 OK x\r\n\r\n)\r\nA2 OK done\r\n") << false
            << QList<QByteArray> {"R:* 1 FETCH (BODY[] {12}\r\nA1 OK x\r\n\r\n)\r\n", "R:A2 OK done\r\n"};
        QTest::newRow("two-literals-in-one-response")
            << QByteArray("* LIST () \"/\" {3}\r\nabc\r\n* 1 FETCH (A {2}\r\nxy B {1}\r\nz)\r\n") << false
            << QList<QByteArray> {"R:* LIST () \"/\" {3}\r\nabc\r\n", "R:* 1 FETCH (A {2}\r\nxy B {1}\r\nz)\r\n"};
        QTest::newRow("empty-literal") << QByteArray("* 1 FETCH (BODY[] {0}\r\n)\r\n") << false
                                       << QList<QByteArray> {"R:* 1 FETCH (BODY[] {0}\r\n)\r\n"};
        QTest::newRow("literal8-binary") << QByteArray("* 1 FETCH (BINARY[] ~{3}\r\na\0b)\r\n",
            32) << false << QList<QByteArray> {QByteArray("R:* 1 FETCH (BINARY[] ~{3}\r\na\0b)\r\n", 34)};
        QTest::newRow("literal-plus-form")
            << QByteArray("* X {2+}\r\nab\r\n") << false << QList<QByteArray> {"R:* X {2+}\r\nab\r\n"};
        QTest::newRow("literal-ending-in-announcement-text")
            << QByteArray("* X {5}\r\n{99}\r\r\n") << false << QList<QByteArray> {"R:* X {5}\r\n{99}\r\r\n"};
        QTest::newRow("braces-not-at-end-are-text")
            << QByteArray("* OK {5} x\r\n* OK {}\r\n* OK 5}\r\n") << false
            << QList<QByteArray> {"R:* OK {5} x\r\n", "R:* OK {}\r\n", "R:* OK 5}\r\n"};
        QTest::newRow("nul-bytes-are-data")
            << QByteArray("* OK a\0b\r\n", 10) << false << QList<QByteArray> {QByteArray("R:* OK a\0b\r\n", 12)};

        // Limits: the poisoned response is reported once, framing goes on after its real end.
        QTest::newRow("line-too-long-then-next") << QByteArray("* OK " + QByteArray(60, 'x') + "\r\nA1 OK fine\r\n")
                                                 << true << QList<QByteArray> {"E:line-too-long", "R:A1 OK fine\r\n"};
        QTest::newRow("line-at-limit-is-fine") << QByteArray(QByteArray(38, 'x') + "\r\n") << true
                                               << QList<QByteArray> {"R:" + QByteArray(38, 'x') + "\r\n"};
        QTest::newRow("literal-too-large-is-skipped-not-parsed")
            << QByteArray("* 1 FETCH (BODY[] {30}\r\nA1 OK forged by the mail!!\r\n)\r\nA1 OK real\r\n") << true
            << QList<QByteArray> {"E:literal-too-large", "R:A1 OK real\r\n"};
        QTest::newRow("response-too-large-across-literals")
            << QByteArray("* 1 FETCH (A {20}\r\n" + QByteArray(20, 'a') + " B {20}\r\n" + QByteArray(20, 'b')
                   + " C {20}\r\n" + QByteArray(20, 'c') + " D {20}\r\n" + QByteArray(20, 'd') + ")\r\nA2 OK\r\n")
            << true << QList<QByteArray> {"E:response-too-large", "R:A2 OK\r\n"};
        QTest::newRow("announcement-in-over-long-line-still-counted")
            << QByteArray("* " + QByteArray(50, 'x') + " {4}\r\nA1 O)\r\nA1 OK\r\n") << true
            << QList<QByteArray> {"E:line-too-long", "R:A1 OK\r\n"};
        QTest::newRow("literal-count-overflow-is-fatal")
            << QByteArray("* 1 FETCH (BODY[] {99999999999999999999}\r\nA1 OK x\r\n") << false
            << QList<QByteArray> {"E:literal-count-overflow"};
        QTest::newRow("count-digits-beyond-the-kept-tail-are-fatal") << QByteArray(
            "* {" + QByteArray(100, '1') + "}\r\nA1 OK\r\n") << true << QList<QByteArray> {"E:literal-count-overflow"};
        QTest::newRow("largest-count-is-not-overflow")
            << QByteArray("* X {9223372036854775807}\r\nabc") << false << QList<QByteArray> {};
        QTest::newRow("one-past-the-largest-count-is-overflow") << QByteArray(
            "* X {9223372036854775808}\r\nabc") << false << QList<QByteArray> {"E:literal-count-overflow"};
    }

    void frames()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, small);
        QFETCH(QList<QByteArray>, expected);
        const ImapFramerLimits limits = small ? smallLimits() : ImapFramerLimits {};
        SplitFeeder::forEachSplit(input, [&](const QList<QByteArray> &chunks, const QString &description) {
            const QList<QByteArray> frames = frameChunks(chunks, limits);
            if (frames != expected) {
                qWarning() << description << frames;
            }
            [&] { QCOMPARE(frames, expected); }();
            return frames == expected;
        });
    }

    void framesOfACapturedSessionAreTheSameHoweverSplit()
    {
        QFile file(QStringLiteral(LETTERBOX_TEST_DATA "/imap/dovecot-fetch-rfc822-literal.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray input = file.readAll();
        const QList<QByteArray> whole = frameChunks({input}, {});
        QCOMPARE(whole.size(), 2); // the FETCH with its 1,387-byte literal, then the tagged OK
        QVERIFY(whole.front().endsWith(")\r\n"));
        SplitFeeder::forEachSplit(input, [&](const QList<QByteArray> &chunks, const QString &description) {
            const bool same = frameChunks(chunks, {}) == whole;
            if (!same) {
                qWarning() << "differs:" << description;
            }
            [&] { QVERIFY(same); }();
            return same;
        });
    }

    void oneMegabyteLineIsDroppedWithBoundedMemory()
    {
        ImapFramer framer; // default limit: 1 MiB
        const QByteArray chunk(64 * 1024, 'x');
        framer.feed("* OK ");
        for (int i = 0; i < 17; ++i) {
            framer.feed(chunk);
            QVERIFY(framer.pendingBytes() <= framer.limits().maxLineLength + 5);
        }
        framer.feed("\r\nA1 OK\r\n");
        const auto first = framer.next();
        QCOMPARE(first.kind, ImapFramer::Frame::Kind::Error);
        QCOMPARE(first.error.kind, ImapFramer::ErrorKind::LineTooLong);
        QVERIFY(first.error.head.startsWith("* OK xxx"));
        QVERIFY(!first.error.message.isEmpty());
        QCOMPARE(framer.next().bytes, QByteArray("A1 OK\r\n"));
        QCOMPARE(framer.pendingBytes(), 0);
    }

    void poisonedTaggedResponseKeepsItsTag()
    {
        ImapFramer framer(smallLimits());
        framer.feed(QByteArray("A7 OK " + QByteArray(100, 'y') + "\r\n"));
        const auto frame = framer.next();
        QCOMPARE(frame.kind, ImapFramer::Frame::Kind::Error);
        QVERIFY(frame.error.head.startsWith("A7 OK "));
    }

    void literalSkippedWithoutBufferingIt()
    {
        ImapFramerLimits limits;
        limits.maxLiteralSize = 1024;
        ImapFramer framer(limits);
        framer.feed("* 1 FETCH (BODY[] {10000000}\r\n");
        const QByteArray block(100000, 'z');
        for (int i = 0; i < 100; ++i) {
            QVERIFY(framer.isInLiteral());
            framer.feed(block);
            QCOMPARE(framer.pendingBytes(), 0);
        }
        framer.feed(")\r\n");
        QCOMPARE(framer.next().error.kind, ImapFramer::ErrorKind::LiteralTooLarge);
        QCOMPARE(framer.next().kind, ImapFramer::Frame::Kind::NeedMoreData);
    }

    void brokenFramerIgnoresTheRest()
    {
        ImapFramer framer;
        framer.feed("* X {123456789012345678901234567890}\r\n");
        QCOMPARE(framer.next().error.kind, ImapFramer::ErrorKind::LiteralCountOverflow);
        QVERIFY(framer.isBroken());
        framer.feed("A1 OK\r\n");
        QCOMPARE(framer.next().kind, ImapFramer::Frame::Kind::NeedMoreData);
    }

    void streamOffsetsCountEveryByte()
    {
        ImapFramer framer(smallLimits());
        framer.feed(QByteArray("* OK a\r\n* X {30}\r\n" + QByteArray(30, 'q') + "\r\nA1 OK\r\n"));
        QCOMPARE(framer.next().streamOffset, 0);
        QCOMPARE(framer.next().streamOffset, 8);
        QCOMPARE(framer.next().streamOffset, 8 + 10 + 30 + 2);
    }
};

QTEST_GUILESS_MAIN(TestImapFramer)
#include "tst_imapframer.moc"
