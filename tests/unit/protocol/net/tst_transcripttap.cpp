#include "protocol/net/transcripttap.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using Letterbox::Net::TranscriptEntry;
using Letterbox::Net::TranscriptTap;
using Letterbox::Protocol::OutgoingData;
using Direction = TranscriptEntry::Direction;

namespace {

/// Records what a TranscriptObserver is given.
struct RecordingObserver : Letterbox::Net::TranscriptObserver
{
    QList<std::pair<Direction, QByteArray>> lines;
    QList<qint64> bytes;
    QList<TranscriptEntry> entries;

    void lineRecorded(Direction direction, qint64, qint64 byteCount, QByteArrayView line) override
    {
        lines.append({direction, line.toByteArray()});
        bytes.append(byteCount);
    }
    void entryRecorded(const TranscriptEntry &entry) override { entries.append(entry); }
};

} // namespace

class TestTranscriptTap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void observerSeesEveryLineAsShown();
    void printable_data();
    void printable();
    void clientLinesAndSecrets_data();
    void clientLinesAndSecrets();
    void payloadIsAbbreviated();
    void serverDataIsSplitIntoLines();
    void linesOfOneReadSurviveTheReadBuffer();
    void boundedWhileCountersStayExact();
    void oneReadLongerThanTheBound();
    void entryAddedIsEmittedForEveryEntry();
    void toTextMarksDirections();
};

void TestTranscriptTap::printable_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("crlf-removed") << QByteArray("250 OK\r\n") << QStringLiteral("250 OK");
    QTest::newRow("lf-removed") << QByteArray("+OK\n") << QStringLiteral("+OK");
    QTest::newRow("no-line-end") << QByteArray("partial") << QStringLiteral("partial");
    QTest::newRow("inner-cr") << QByteArray("a\rb\r\n") << QStringLiteral("a\\rb");
    QTest::newRow("nul-and-escape") << QByteArray("a\0b\x1b[31m", 8) << QStringLiteral("a\\x00b\\x1b[31m");
    QTest::newRow("tab-and-del") << QByteArray("a\tb\x7f") << QStringLiteral("a\\tb\\x7f");
    QTest::newRow("backslash-doubled") << QByteArray("C:\\x") << QStringLiteral("C:\\\\x");
    QTest::newRow("utf8-kept") << QByteArray("* OK Grüße\r\n") << QStringLiteral("* OK Grüße");
}

void TestTranscriptTap::printable()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    QCOMPARE(TranscriptTap::printable(line), expected);
}

void TestTranscriptTap::clientLinesAndSecrets_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("suffix");
    QTest::addColumn<QStringList>("expectedTexts");
    QTest::addColumn<QList<qint64>>("expectedBytes");

    QTest::newRow("no-secret") << QByteArray("EHLO me\r\n") << QByteArray() << QByteArray()
                               << QStringList {QStringLiteral("EHLO me")} << QList<qint64> {9};
    QTest::newRow("auth-plain") << QByteArray("AUTH PLAIN ") << QByteArray("AGFsaWNlAHB3") << QByteArray("\r\n")
                                << QStringList {QStringLiteral("AUTH PLAIN ***")} << QList<qint64> {25};
    QTest::newRow("pipelined-flight-with-secret")
        << QByteArray("a1 CAPABILITY\r\na2 LOGIN alice ") << QByteArray("\"hunter2\"") << QByteArray("\r\n")
        << QStringList {QStringLiteral("a1 CAPABILITY"), QStringLiteral("a2 LOGIN alice ***")}
        << QList<qint64> {15, 26};
}

void TestTranscriptTap::clientLinesAndSecrets()
{
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, suffix);
    QFETCH(QStringList, expectedTexts);
    QFETCH(QList<qint64>, expectedBytes);

    const OutgoingData data
        = secret.isEmpty() ? OutgoingData::command(prefix + suffix) : OutgoingData::withSecret(prefix, secret, suffix);
    TranscriptTap tap;
    tap.recordClient(data);
    const QList<TranscriptEntry> entries = tap.entries();
    QCOMPARE(entries.size(), expectedTexts.size());
    qint64 total = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QCOMPARE(entries.at(i).direction, Direction::Client);
        QCOMPARE(entries.at(i).text, expectedTexts.at(i));
        QCOMPARE(entries.at(i).byteCount, expectedBytes.at(i));
        total += entries.at(i).byteCount;
    }
    QCOMPARE(total, qint64(data.bytes.size()));
    QCOMPARE(tap.clientBytes(), qint64(data.bytes.size()));
    if (!secret.isEmpty()) {
        QVERIFY(!tap.toText().contains(QString::fromLatin1(secret)));
    }
}

void TestTranscriptTap::payloadIsAbbreviated()
{
    TranscriptTap tap;
    const QByteArray message = "From: a@example.org\r\n\r\n" + QByteArray(4188, 'm') + "\r\n";
    QCOMPARE(message.size(), 4213);
    tap.recordClient(OutgoingData::payload(message));
    QCOMPARE(tap.entries().size(), 1);
    const TranscriptEntry entry = tap.entries().constFirst();
    QCOMPARE(entry.byteCount, qint64(4213));
    QCOMPARE(entry.text, QStringLiteral("[%1 bytes of message data]").arg(QLocale().toString(4213)));
    QVERIFY(entry.isPayload);
    QVERIFY(!tap.toText().contains(QLatin1String("From:")));
    tap.recordClient(OutgoingData::command("NOOP\r\n"));
    QVERIFY(!tap.entries().constLast().isPayload);
}

void TestTranscriptTap::serverDataIsSplitIntoLines()
{
    TranscriptTap tap;
    const QByteArray longLine = QByteArray(1500, 'L') + "\r\n";
    tap.recordServer("250-one\r\n250 two\r\n" + longLine + "partial");
    const QList<TranscriptEntry> entries = tap.entries();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).text, QStringLiteral("250-one"));
    QCOMPARE(entries.at(0).byteCount, qint64(9));
    QCOMPARE(entries.at(1).text, QStringLiteral("250 two"));
    QVERIFY(entries.at(2).text.startsWith(QString(TranscriptTap::maximumLineLength(), QLatin1Char('L'))));
    QVERIFY2(entries.at(2).text.contains(QLocale().toString(500)), qPrintable(entries.at(2).text));
    QVERIFY(entries.at(2).text.size() < 1100);
    QCOMPARE(entries.at(2).byteCount, qint64(longLine.size()));
    QCOMPARE(entries.at(3).text, QStringLiteral("partial"));
    QCOMPARE(tap.serverBytes(), qint64(9 + 9 + longLine.size() + 7));
}

void TestTranscriptTap::linesOfOneReadSurviveTheReadBuffer()
{
    // Short lines are kept as views of the read: they must show right after the caller
    // reuses its buffer, at the longest length that is not cut, and with a bare LF.
    TranscriptTap tap;
    const QByteArray atTheLimit = QByteArray(TranscriptTap::maximumLineLength(), 'x');
    QByteArray read = "+OK 2 octets\r\n" + atTheLimit + "\r\nbare\n.\r\n";
    tap.recordServer(read);
    read.fill('?');
    read.clear();
    const QList<TranscriptEntry> entries = tap.entries();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).text, QStringLiteral("+OK 2 octets"));
    QCOMPARE(entries.at(1).text, QString::fromLatin1(atTheLimit));
    QCOMPARE(entries.at(1).byteCount, qint64(atTheLimit.size() + 2));
    QCOMPARE(entries.at(2).text, QStringLiteral("bare"));
    QCOMPARE(entries.at(3).text, QStringLiteral("."));
}

void TestTranscriptTap::boundedWhileCountersStayExact()
{
    TranscriptTap tap;
    tap.setCapacity(100);
    for (int i = 0; i < 1000; ++i) {
        tap.recordServer("* " + QByteArray::number(i) + " EXISTS\r\n");
    }
    tap.recordClient(OutgoingData::command("a1 NOOP\r\n"));
    QCOMPARE(tap.entries().size(), 100);
    QCOMPARE(tap.totalEntries(), qint64(1001));
    QCOMPARE(tap.droppedEntries(), qint64(901));
    QCOMPARE(tap.entries().constFirst().text, QStringLiteral("* 901 EXISTS")); // the oldest went first
    QCOMPARE(tap.entries().constLast().text, QStringLiteral("a1 NOOP"));
    qint64 serverBytes = 0;
    for (int i = 0; i < 1000; ++i) {
        serverBytes += QByteArray("* " + QByteArray::number(i) + " EXISTS\r\n").size();
    }
    QCOMPARE(tap.serverBytes(), serverBytes);
    QCOMPARE(tap.clientBytes(), qint64(9));
    QVERIFY(tap.toText().contains(QLocale().toString(901)));

    tap.setCapacity(10); // shrinking drops at once
    QCOMPARE(tap.entries().size(), 10);
    QCOMPARE(tap.droppedEntries(), qint64(991));
}

void TestTranscriptTap::oneReadLongerThanTheBound()
{
    // A read of message data with more lines than the ring holds: the last ones are kept,
    // the rest only counted, and a live listener still hears every line.
    QByteArray read;
    for (int i = 0; i < 50; ++i) {
        read += "line " + QByteArray::number(i) + "\r\n";
    }
    read += "tail";
    for (const bool listening : {false, true}) {
        TranscriptTap tap;
        tap.setCapacity(5);
        QSignalSpy spy(&tap, &TranscriptTap::entryAdded);
        if (!listening) {
            QObject::disconnect(&tap, &TranscriptTap::entryAdded, nullptr, nullptr);
        }
        tap.recordServer(read);
        QCOMPARE(tap.totalEntries(), qint64(51));
        QCOMPARE(tap.entries().size(), 5);
        QCOMPARE(tap.entries().constFirst().text, QStringLiteral("line 46"));
        QCOMPARE(tap.entries().constFirst().byteCount, qint64(9));
        QCOMPARE(tap.entries().constLast().text, QStringLiteral("tail"));
        QCOMPARE(tap.entries().constLast().byteCount, qint64(4));
        QCOMPARE(tap.serverBytes(), qint64(read.size()));
        QCOMPARE(spy.count(), listening ? 51 : 0);
    }
}

void TestTranscriptTap::entryAddedIsEmittedForEveryEntry()
{
    TranscriptTap tap;
    tap.setCapacity(2);
    QSignalSpy spy(&tap, &TranscriptTap::entryAdded);
    tap.recordInfo(QStringLiteral("Connecting to mail.example.org:993"));
    tap.recordServer("* OK\r\n* BYE\r\n");
    tap.recordClient(OutgoingData::command("a LOGOUT\r\n"));
    QCOMPARE(spy.count(), 4); // also for entries the bound drops later
    const auto last = spy.at(3).at(0).value<TranscriptEntry>();
    QCOMPARE(last.direction, Direction::Client);
    QCOMPARE(last.text, QStringLiteral("a LOGOUT"));
    QCOMPARE(spy.at(0).at(0).value<TranscriptEntry>().direction, Direction::Info);
    QCOMPARE(spy.at(0).at(0).value<TranscriptEntry>().byteCount, qint64(0));
}

void TestTranscriptTap::toTextMarksDirections()
{
    TranscriptTap tap;
    tap.recordInfo(QStringLiteral("Connecting"));
    tap.recordServer("220 hi\r\n");
    tap.recordClient(OutgoingData::command("QUIT\r\n"));
    const QStringList lines = tap.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QRegularExpression info(QStringLiteral("^ *\\d+\\.\\d{3} \\*  Connecting$"));
    const QRegularExpression server(QStringLiteral("^ *\\d+\\.\\d{3} S: +8  220 hi$"));
    const QRegularExpression client(QStringLiteral("^ *\\d+\\.\\d{3} C: +6  QUIT$"));
    QVERIFY2(info.match(lines.at(0)).hasMatch(), qPrintable(lines.at(0)));
    QVERIFY2(server.match(lines.at(1)).hasMatch(), qPrintable(lines.at(1)));
    QVERIFY2(client.match(lines.at(2)).hasMatch(), qPrintable(lines.at(2)));
}

void TestTranscriptTap::observerSeesEveryLineAsShown()
{
    TranscriptTap tap;
    tap.setCapacity(2); // the ring drops lines; the observer still sees each one
    RecordingObserver observer;
    tap.setObserver(&observer);
    tap.recordInfo(QStringLiteral("Connecting"));
    tap.recordClient(OutgoingData::withSecret("a1 LOGIN bob ", "\"Sesame42\"", "\r\n"));
    tap.recordServer("* 1 EXISTS\r\n* 2 EXISTS\r\n* 3 EXISTS\r\npart");
    tap.recordClient(OutgoingData::payload("From: a\r\n\r\nbody\r\n"));
    QCOMPARE(observer.lines.size(), 5);
    QCOMPARE(observer.lines.at(0), std::pair(Direction::Client, QByteArray("a1 LOGIN bob ***\r\n")));
    QCOMPARE(observer.bytes.at(0), qint64(25)); // the wire's bytes, not the mask's
    QCOMPARE(observer.lines.at(3), std::pair(Direction::Server, QByteArray("* 3 EXISTS\r\n")));
    QCOMPARE(observer.lines.at(4), std::pair(Direction::Server, QByteArray("part")));
    QCOMPARE(observer.entries.size(), 2); // the Info entry and the payload, once each
    QCOMPARE(observer.entries.at(0).text, QStringLiteral("Connecting"));
    QVERIFY(observer.entries.at(1).isPayload);
    QCOMPARE(tap.entries().size(), 2);
    tap.setObserver(nullptr);
    tap.recordServer("* 4 EXISTS\r\n");
    QCOMPARE(observer.lines.size(), 5);
}

QTEST_GUILESS_MAIN(TestTranscriptTap)
#include "tst_transcripttap.moc"
