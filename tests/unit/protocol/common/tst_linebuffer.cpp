#include "protocol/common/linebuffer.h"
#include "splitfeeder.h"

#include <QTest>

using Letterbox::Protocol::LineBuffer;
using Letterbox::Testing::SplitFeeder;

class TestLineBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
    void overlongLineIsAnErrorWithItsOffset();
    void overlongLineWithoutLineFeedStopsBuffering();
    void lineOfExactlyTheLimitPasses();
    void strictRefusesBareLineFeed();
    void clearForgetsTheError();
};

void TestLineBuffer::lines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::addColumn<qsizetype>("leftOver");

    QTest::newRow("crlf-lines") << QByteArray("a\r\nbc\r\n") << QByteArrayList {"a", "bc"} << qsizetype(0);
    QTest::newRow("empty-line") << QByteArray("\r\nx\r\n") << QByteArrayList {"", "x"} << qsizetype(0);
    QTest::newRow("bare-lf-tolerated") << QByteArray("a\nb\r\n") << QByteArrayList {"a", "b"} << qsizetype(0);
    QTest::newRow("bare-cr-stays-in-line") << QByteArray("a\rb\r\n") << QByteArrayList {"a\rb"} << qsizetype(0);
    QTest::newRow("partial-line-kept") << QByteArray("a\r\npart") << QByteArrayList {"a"} << qsizetype(4);
    QTest::newRow("cr-waiting-for-lf") << QByteArray("a\r\nb\r") << QByteArrayList {"a"} << qsizetype(2);
    QTest::newRow("nul-octets-kept") << QByteArray("a\0b\r\n", 5) << QByteArrayList {QByteArray("a\0b", 3)}
                                     << qsizetype(0);
}

void TestLineBuffer::lines()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArrayList, expected);
    QFETCH(qsizetype, leftOver);
    for (const SplitFeeder::Split &split : SplitFeeder::splits(input)) {
        LineBuffer buffer(100);
        QByteArrayList got;
        for (const QByteArray &chunk : split.chunks) {
            buffer.append(chunk);
            while (auto line = buffer.takeLine()) {
                got.append(*line);
            }
        }
        QVERIFY2(!buffer.hasError(), qPrintable(split.description));
        QVERIFY2(got == expected, qPrintable(split.description));
        QVERIFY2(buffer.bufferedBytes() == leftOver, qPrintable(split.description));
    }
}

void TestLineBuffer::overlongLineIsAnErrorWithItsOffset()
{
    LineBuffer buffer(10);
    buffer.append("short\r\n");
    buffer.append(QByteArray(QByteArray(11, 'x') + "\r\n"));
    QCOMPARE(buffer.takeLine(), std::optional<QByteArray>("short"));
    QCOMPARE(buffer.takeLine(), std::nullopt);
    QVERIFY(buffer.hasError());
    QCOMPARE(buffer.error(), LineBuffer::Error::LineTooLong);
    QCOMPARE(buffer.errorOffset(), qint64(7));
    buffer.append("next\r\n");
    QCOMPARE(buffer.takeLine(), std::nullopt); // sticky
}

void TestLineBuffer::overlongLineWithoutLineFeedStopsBuffering()
{
    LineBuffer buffer(64);
    for (int i = 0; i < 1000; ++i) {
        buffer.append(QByteArray(1024, 'y'));
    }
    QVERIFY(buffer.hasError());
    QCOMPARE(buffer.errorOffset(), qint64(0));
    QCOMPARE(buffer.bufferedBytes(), qsizetype(0)); // nothing held after the error
}

void TestLineBuffer::lineOfExactlyTheLimitPasses()
{
    LineBuffer buffer(10);
    buffer.append(QByteArray(10, 'z'));
    buffer.append("\r");
    QCOMPARE(buffer.takeLine(), std::nullopt);
    QVERIFY(!buffer.hasError());
    buffer.append("\n");
    QCOMPARE(buffer.takeLine(), std::optional<QByteArray>(QByteArray(10, 'z')));
}

void TestLineBuffer::strictRefusesBareLineFeed()
{
    LineBuffer buffer(100, LineBuffer::LineEnding::Strict);
    buffer.append("ok\r\nbad\n");
    QCOMPARE(buffer.takeLine(), std::optional<QByteArray>("ok"));
    QCOMPARE(buffer.takeLine(), std::nullopt);
    QCOMPARE(buffer.error(), LineBuffer::Error::BareLineFeed);
    QCOMPARE(buffer.errorOffset(), qint64(4));
}

void TestLineBuffer::clearForgetsTheError()
{
    LineBuffer buffer(4);
    buffer.append("toolong\r\n");
    QCOMPARE(buffer.takeLine(), std::nullopt);
    QVERIFY(buffer.hasError());
    buffer.clear();
    buffer.append("ok\r\n");
    QCOMPARE(buffer.takeLine(), std::optional<QByteArray>("ok"));
}

QTEST_GUILESS_MAIN(TestLineBuffer)
#include "tst_linebuffer.moc"
