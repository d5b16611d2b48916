#include "protocol/common/dotstuffing.h"

#include <QTest>

using Letterbox::Protocol::DotStuffing;

class TestDotStuffing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stuffed_data();
    void stuffed();
    void normalized_data();
    void normalized();
};

void TestDotStuffing::stuffed_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty-body") << QByteArray() << QByteArray(".\r\n");
    QTest::newRow("one-line-crlf") << QByteArray("a\r\n") << QByteArray("a\r\n.\r\n");
    QTest::newRow("ends-without-crlf") << QByteArray("a\r\nb") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("line-that-is-a-single-dot") << QByteArray("a\r\n.\r\nb\r\n") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("single-dot-message") << QByteArray(".") << QByteArray("..\r\n.\r\n");
    QTest::newRow("leading-dot-first-line") << QByteArray(".hidden\r\n") << QByteArray("..hidden\r\n.\r\n");
    QTest::newRow("two-dots") << QByteArray("..\r\n") << QByteArray("...\r\n.\r\n");
    QTest::newRow("dot-not-at-line-start") << QByteArray("a.b\r\n") << QByteArray("a.b\r\n.\r\n");
    QTest::newRow("bare-lf") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("bare-lf-then-dot") << QByteArray("a\n.\n") << QByteArray("a\r\n..\r\n.\r\n");
    QTest::newRow("bare-cr") << QByteArray("a\rb") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("bare-cr-then-dot") << QByteArray("a\r.\r") << QByteArray("a\r\n..\r\n.\r\n");
    QTest::newRow("lf-cr-is-two-line-ends") << QByteArray("a\n\rb") << QByteArray("a\r\n\r\nb\r\n.\r\n");
    QTest::newRow("smuggling-lf-dot-lf") << QByteArray("x\n.\nMAIL FROM:<evil>\n")
                                         << QByteArray("x\r\n..\r\nMAIL FROM:<evil>\r\n.\r\n");
    QTest::newRow("smuggling-crlf-dot-lf") << QByteArray("x\r\n.\nRSET\r\n") << QByteArray("x\r\n..\r\nRSET\r\n.\r\n");
    QTest::newRow("empty-lines-kept") << QByteArray("\r\n\r\n") << QByteArray("\r\n\r\n.\r\n");
}

void TestDotStuffing::stuffed()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);
    QCOMPARE(DotStuffing::stuffed(message), expected);
}

void TestDotStuffing::normalized_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("crlf-kept") << QByteArray("a\r\n") << QByteArray("a\r\n");
    QTest::newRow("dots-not-stuffed") << QByteArray(".\r\n..\r\n") << QByteArray(".\r\n..\r\n");
    QTest::newRow("bare-lf-and-cr") << QByteArray("a\nb\rc") << QByteArray("a\r\nb\r\nc\r\n");
    QTest::newRow("no-final-line-end") << QByteArray("abc") << QByteArray("abc\r\n");
}

void TestDotStuffing::normalized()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);
    QCOMPARE(DotStuffing::normalizedLineEndings(message), expected);
    QCOMPARE(DotStuffing::normalizedSize(message), expected.size());
}

QTEST_GUILESS_MAIN(TestDotStuffing)
#include "tst_dotstuffing.moc"
