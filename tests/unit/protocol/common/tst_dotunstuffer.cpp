#include "protocol/common/dotstuffing.h"
#include "protocol/common/dotunstuffer.h"
#include "splitfeeder.h"

#include <QTest>

using Letterbox::Protocol::DotStuffing;
using Letterbox::Protocol::DotUnstuffer;
using Letterbox::Testing::SplitFeeder;

class TestDotUnstuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unstuff_data();
    void unstuff();
    void incompleteNeedsMoreData();
    void roundTripWithStuffing_data();
    void roundTripWithStuffing();
    void tooLarge();
};

void TestDotUnstuffer::unstuff_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("remainder");

    QTest::newRow("empty-body") << QByteArray(".\r\n") << QByteArray() << QByteArray();
    QTest::newRow("one-line") << QByteArray("a\r\n.\r\n") << QByteArray("a\r\n") << QByteArray();
    QTest::newRow("stuffed-single-dot-line")
        << QByteArray("a\r\n..\r\nb\r\n.\r\n") << QByteArray("a\r\n.\r\nb\r\n") << QByteArray();
    QTest::newRow("stuffed-leading-dot") << QByteArray("..x\r\n.\r\n") << QByteArray(".x\r\n") << QByteArray();
    QTest::newRow("unstuffed-leading-dot-kept") << QByteArray(".x\r\n.\r\n") << QByteArray(".x\r\n") << QByteArray();
    QTest::newRow("remainder-after-terminator")
        << QByteArray("a\r\n.\r\n+OK next\r\n") << QByteArray("a\r\n") << QByteArray("+OK next\r\n");
    QTest::newRow("dot-cr-not-terminator") << QByteArray(".\rx\r\n.\r\n") << QByteArray(".\rx\r\n") << QByteArray();
    QTest::newRow("dot-inside-line") << QByteArray("a.\r\n.\r\n") << QByteArray("a.\r\n") << QByteArray();
    QTest::newRow("bare-lf-terminator") << QByteArray("a\n.\n") << QByteArray("a\n") << QByteArray();
}

void TestDotUnstuffer::unstuff()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, remainder);
    // Covers ".\r\n" split across chunks at every point.
    for (const SplitFeeder::Split &split : SplitFeeder::splits(input)) {
        DotUnstuffer unstuffer;
        DotUnstuffer::Status status = DotUnstuffer::Status::NeedMoreData;
        for (const QByteArray &chunk : split.chunks) {
            status = unstuffer.feed(chunk);
        }
        QVERIFY2(status == DotUnstuffer::Status::Complete, qPrintable(split.description));
        QVERIFY2(unstuffer.data() == data, qPrintable(split.description));
        QVERIFY2(unstuffer.remainder() == remainder, qPrintable(split.description));
    }
}

void TestDotUnstuffer::incompleteNeedsMoreData()
{
    DotUnstuffer unstuffer;
    QCOMPARE(unstuffer.feed("a\r\n.\r"), DotUnstuffer::Status::NeedMoreData);
    QCOMPARE(unstuffer.feed("\n"), DotUnstuffer::Status::Complete);
    QCOMPARE(unstuffer.data(), QByteArray("a\r\n"));
    DotUnstuffer notYet;
    QCOMPARE(notYet.feed("a\r\nb.\r\n"), DotUnstuffer::Status::NeedMoreData);
}

void TestDotUnstuffer::roundTripWithStuffing_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("dots-everywhere") << QByteArray(".\r\n..\r\n...\r\na.b\r\n.x\r\n");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("plain") << QByteArray("Subject: hi\r\n\r\nbody\r\n");
}

void TestDotUnstuffer::roundTripWithStuffing()
{
    QFETCH(QByteArray, message);
    DotUnstuffer unstuffer;
    QCOMPARE(unstuffer.feed(DotStuffing::stuffed(message)), DotUnstuffer::Status::Complete);
    QCOMPARE(unstuffer.data(), message);
}

void TestDotUnstuffer::tooLarge()
{
    DotUnstuffer unstuffer(10);
    QCOMPARE(unstuffer.feed(QByteArray(QByteArray(20, 'a') + "\r\n.\r\n")), DotUnstuffer::Status::TooLarge);
}

QTEST_GUILESS_MAIN(TestDotUnstuffer)
#include "tst_dotunstuffer.moc"
