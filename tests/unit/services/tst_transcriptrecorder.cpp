#include "services/inspect/transcriptformat.h"
#include "services/inspect/transcriptrecorder.h"

#include <QTest>

using Letterbox::Net::TranscriptEntry;
using Letterbox::Protocol::WireProtocol;
using Letterbox::Services::TranscriptFormat;
using Letterbox::Services::TranscriptRecorder;
using Letterbox::Services::TranscriptRow;

namespace {

TranscriptEntry client(const QString &text, qint64 bytes = -1)
{
    return {0, TranscriptEntry::Direction::Client, bytes < 0 ? text.size() + 2 : bytes, text, false};
}

TranscriptEntry server(const QString &text, qint64 bytes = -1)
{
    return {0, TranscriptEntry::Direction::Server, bytes < 0 ? text.size() + 2 : bytes, text, false};
}

QStringList texts(const QList<TranscriptRow> &rows)
{
    QStringList list;
    for (const TranscriptRow &row : rows) {
        list.append(row.text);
    }
    return list;
}

} // namespace

class TestTranscriptRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void imapLiteralIsFolded();
    void imapLiteralEndingInsideALine();
    void smallLiteralIsNotFolded();
    void pop3RetrIsFoldedAndPipelined();
    void pop3ListingShowsItsStart();
    void smtpPayloadAndRedaction();
    void unmarkedPasswordIsMaskedAnyway();
    void rowsAreBounded();
    void charactersAreBounded();
    void foldDetailIsBounded();
    void formatShowsAnnotationAndExpands();
    void rawLinesAreReadAsEntriesAre();
};

void TestTranscriptRecorder::imapLiteralIsFolded()
{
    TranscriptRecorder::Limits limits;
    limits.foldLiteralsFrom = 40;
    TranscriptRecorder recorder(WireProtocol::Imap, limits);
    recorder.add(client(u"A5 UID FETCH 7 (UID BODY.PEEK[])"_qs));
    recorder.add(server(u"* 1 FETCH (UID 7 BODY[] {40}"_qs));
    recorder.add(server(u"Subject: hi"_qs)); // 13 bytes
    recorder.add(server(QString())); // 2
    recorder.add(server(u"twenty-two bytes...."_qs)); // 22
    recorder.add(server(QString(), 3)); // 40 bytes: the literal ends here
    recorder.add(server(u")"_qs));
    recorder.add(server(u"A5 OK done"_qs));
    const QList<TranscriptRow> rows = recorder.rows();
    QCOMPARE(texts(rows),
        (QStringList {u"A5 UID FETCH 7 (UID BODY.PEEK[])"_qs, u"* 1 FETCH (UID 7 BODY[] {40}"_qs,
            u"[literal: 40 bytes in 4 lines]"_qs, u")"_qs, u"A5 OK done"_qs}));
    QVERIFY(rows.at(2).folded);
    QCOMPARE(rows.at(2).foldedLines, 4);
    QCOMPARE(rows.at(2).detail.constFirst(), u"Subject: hi"_qs);
    QCOMPARE(rows.at(0).annotation, u"download the message with UID 7 in full"_qs);
    QVERIFY(!rows.at(2).annotation.isEmpty());
    // Sequences have no gaps: a view can ask "from n on".
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).sequence, qint64(i));
    }
    QCOMPARE(recorder.rows(3).size(), 2);
}

void TestTranscriptRecorder::imapLiteralEndingInsideALine()
{
    // A read that holds the literal's last bytes and the rest of the response, announcing
    // a second literal: both fold.
    TranscriptRecorder::Limits limits;
    limits.foldLiteralsFrom = 1;
    TranscriptRecorder recorder(WireProtocol::Imap, limits);
    recorder.add(server(u"* 1 FETCH (BODY[HEADER] {5}"_qs));
    recorder.add(server(u"ab BODY[TEXT] {300}"_qs, 21)); // 5 bytes of literal, then 16 more
    recorder.add(server(u"text"_qs, 300));
    recorder.add(server(u")"_qs));
    QCOMPARE(texts(recorder.rows()),
        (QStringList {u"* 1 FETCH (BODY[HEADER] {5}"_qs, u"[literal: 21 bytes in 1 lines]"_qs,
            u"[literal: 300 bytes in 1 lines]"_qs, u")"_qs}));
}

void TestTranscriptRecorder::smallLiteralIsNotFolded()
{
    TranscriptRecorder::Limits limits;
    limits.foldLiteralsFrom = 41;
    TranscriptRecorder recorder(WireProtocol::Imap, limits);
    recorder.add(server(u"* 1 FETCH (BODY[HEADER.FIELDS (REFERENCES)] {40}"_qs));
    recorder.add(server(QString(38, QLatin1Char('r'))));
    recorder.add(server(u")"_qs));
    QCOMPARE(texts(recorder.rows()),
        (QStringList {u"* 1 FETCH (BODY[HEADER.FIELDS (REFERENCES)] {40}"_qs, QString(38, QLatin1Char('r')), u")"_qs}));
}

void TestTranscriptRecorder::pop3RetrIsFoldedAndPipelined()
{
    TranscriptRecorder recorder(WireProtocol::Pop3, {});
    recorder.add(server(u"+OK Dovecot ready."_qs)); // the greeting answers nothing
    recorder.add(client(u"RETR 1"_qs));
    recorder.add(client(u"DELE 1"_qs));
    recorder.add(client(u"RETR 2"_qs));
    recorder.add(server(u"+OK 30 octets"_qs));
    recorder.add(server(u"Subject: one"_qs));
    recorder.add(server(u"."_qs, 1)); // a read ending after a stuffed line's first dot
    recorder.add(server(u".body"_qs));
    recorder.add(server(u"."_qs));
    recorder.add(server(u"+OK marked"_qs));
    recorder.add(server(u"-ERR no such message"_qs));
    recorder.add(client(u"QUIT"_qs));
    recorder.add(server(u"+OK bye"_qs));
    const QList<TranscriptRow> rows = recorder.rows();
    QCOMPARE(texts(rows),
        (QStringList {u"+OK Dovecot ready."_qs, u"RETR 1"_qs, u"DELE 1"_qs, u"RETR 2"_qs, u"+OK 30 octets"_qs,
            u"[message: 25 bytes in 4 lines]"_qs, u"+OK marked"_qs, u"-ERR no such message"_qs, u"QUIT"_qs,
            u"+OK bye"_qs}));
    QCOMPARE(rows.at(1).annotation, u"download message 1 in full"_qs);
    QCOMPARE(rows.at(2).annotation, u"delete message 1 from the server (done when the session ends)"_qs);
}

void TestTranscriptRecorder::pop3ListingShowsItsStart()
{
    TranscriptRecorder::Limits limits;
    limits.listingLines = 3;
    TranscriptRecorder recorder(WireProtocol::Pop3, limits);
    recorder.add(client(u"UIDL"_qs));
    recorder.add(server(u"+OK"_qs));
    for (int i = 1; i <= 10; ++i) {
        recorder.add(server(u"%1 uid%1"_qs.arg(i)));
    }
    recorder.add(server(u"."_qs));
    recorder.add(client(u"STAT"_qs));
    QCOMPARE(texts(recorder.rows()),
        (QStringList {u"UIDL"_qs, u"+OK"_qs, u"1 uid1"_qs, u"2 uid2"_qs, u"3 uid3"_qs,
            u"[7 more lines of the listing, 58 bytes]"_qs, u"."_qs, u"STAT"_qs}));
}

void TestTranscriptRecorder::smtpPayloadAndRedaction()
{
    TranscriptRecorder recorder(WireProtocol::Smtp, {});
    recorder.add(client(u"AUTH PLAIN ***"_qs));
    recorder.add(server(u"235 2.7.0 ok"_qs));
    recorder.add(client(u"DATA"_qs));
    recorder.add(server(u"354 go"_qs));
    recorder.add({0, TranscriptEntry::Direction::Client, 4213, u"[4,213 bytes of message data]"_qs, true});
    recorder.add(server(u"250 2.0.0 queued"_qs));
    const QList<TranscriptRow> rows = recorder.rows();
    QCOMPARE(rows.at(0).annotation, u"log in with PLAIN (password hidden)"_qs);
    QCOMPARE(rows.at(4).text, u"[4,213 bytes of message data]"_qs);
    QCOMPARE(rows.at(4).annotation, u"the message itself: 4,213 bytes, shown only as its size"_qs);
    QCOMPARE(rows.at(4).bytes, 4213);
}

void TestTranscriptRecorder::unmarkedPasswordIsMaskedAnyway()
{
    // A session that forgot to mark its secret: the recorder still never keeps it.
    TranscriptRecorder recorder(WireProtocol::Imap, {});
    recorder.add(client(u"A1 LOGIN alice Sesame42"_qs));
    recorder.add(client(u"A2 AUTHENTICATE PLAIN"_qs));
    recorder.add(server(u"+ "_qs));
    recorder.add(client(u"U2VzYW1lNDI="_qs));
    recorder.add(server(u"A2 OK"_qs));
    const QString text = TranscriptFormat::toText({}, recorder.rows(), true);
    QVERIFY(!text.contains(u"Sesame42"_qs));
    QVERIFY(!text.contains(u"U2VzYW1lNDI="_qs));
    QCOMPARE(recorder.rows().at(0).text, u"A1 LOGIN alice ***"_qs);
}

void TestTranscriptRecorder::rowsAreBounded()
{
    // The shape of a big sync: a million FETCH responses keep no more than the limit.
    TranscriptRecorder::Limits limits;
    limits.rows = 100;
    TranscriptRecorder recorder(WireProtocol::Imap, limits);
    for (int i = 1; i <= 100'000; ++i) {
        recorder.add(server(u"* %1 FETCH (UID %1 FLAGS (\\Seen))"_qs.arg(i)));
    }
    QCOMPARE(recorder.totalRows(), 100'000);
    QCOMPARE(recorder.droppedRows(), 100'000 - 100);
    const QList<TranscriptRow> rows = recorder.rows();
    QCOMPARE(rows.size(), 100);
    QCOMPARE(rows.constLast().text, u"* 100000 FETCH (UID 100000 FLAGS (\\Seen))"_qs);
    QCOMPARE(rows.constFirst().sequence, 100'000 - 100);
    QCOMPARE(recorder.rows(0, 10).constFirst().sequence, 100'000 - 100);
}

void TestTranscriptRecorder::charactersAreBounded()
{
    TranscriptRecorder::Limits limits;
    limits.characters = 50'000;
    TranscriptRecorder recorder(WireProtocol::Imap, limits);
    for (int i = 0; i < 1'000; ++i) {
        recorder.add(server(QString(900, QLatin1Char('x'))));
        QVERIFY(recorder.characters() <= limits.characters);
    }
    QVERIFY(recorder.rows().size() < 100);
}

void TestTranscriptRecorder::foldDetailIsBounded()
{
    TranscriptRecorder::Limits limits;
    limits.detailLines = 5;
    TranscriptRecorder recorder(WireProtocol::Pop3, limits);
    recorder.add(client(u"RETR 1"_qs));
    recorder.add(server(u"+OK"_qs));
    for (int i = 0; i < 10'000; ++i) {
        recorder.add(server(u"body line"_qs));
    }
    recorder.add(server(u"."_qs));
    const QList<TranscriptRow> rows = recorder.rows();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(2).foldedLines, 10'001);
    QCOMPARE(rows.at(2).detail.size(), 5);
    QVERIFY(rows.at(2).detailCut);
    QVERIFY(recorder.characters() < 2'000);
}

void TestTranscriptRecorder::formatShowsAnnotationAndExpands()
{
    TranscriptRecorder recorder(WireProtocol::Pop3, {});
    recorder.add(client(u"RETR 3"_qs));
    recorder.add(server(u"+OK"_qs));
    recorder.add(server(u"Subject: x"_qs));
    recorder.add(server(u"."_qs));
    const QList<TranscriptRow> rows = recorder.rows();
    QCOMPARE(TranscriptFormat::formatRow(rows.at(0), false),
        u"   0.000 C:     8  RETR 3  \u2014 download message 3 in full"_qs);
    const QString folded = TranscriptFormat::formatRow(rows.at(2), false);
    QVERIFY(!folded.contains(u"Subject: x"_qs));
    QVERIFY(TranscriptFormat::formatRow(rows.at(2), true).contains(u"| Subject: x"_qs));
}

void TestTranscriptRecorder::rawLinesAreReadAsEntriesAre()
{
    // What Net::TranscriptObserver hands over: the shown bytes, not yet escaped.
    TranscriptRecorder::Limits limits;
    limits.detailLines = 2;
    TranscriptRecorder recorder(WireProtocol::Pop3, limits);
    const auto line = [&recorder](TranscriptEntry::Direction direction, QByteArrayView bytes) {
        recorder.addLine(direction, 0, bytes.size(), bytes);
    };
    line(TranscriptEntry::Direction::Server, "+OK ready\r\n");
    line(TranscriptEntry::Direction::Client, "PASS Sesame42\r\n");
    line(TranscriptEntry::Direction::Server, "+OK\r\n");
    line(TranscriptEntry::Direction::Client, "RETR 1\r\n");
    line(TranscriptEntry::Direction::Server, "+OK\r\n");
    line(TranscriptEntry::Direction::Server, "Subject: tab\there\r\n");
    line(TranscriptEntry::Direction::Server, "\r\n");
    recorder.addLine(TranscriptEntry::Direction::Server, 0, 1, "."); // a read's edge inside "..x"
    line(TranscriptEntry::Direction::Server, ".x\r\n");
    line(TranscriptEntry::Direction::Server, "A line that ends in a dot"); // a read ends here
    line(TranscriptEntry::Direction::Server, ".\r\n"); // ... so this is no terminator
    line(TranscriptEntry::Direction::Server, ".\r\n");
    line(TranscriptEntry::Direction::Client, "QUIT\r\n");
    const QList<TranscriptRow> rows = recorder.rows();
    QCOMPARE(texts(rows),
        (QStringList {u"+OK ready"_qs, u"PASS ***"_qs, u"+OK"_qs, u"RETR 1"_qs, u"+OK"_qs,
            u"[message: 57 bytes in 7 lines]"_qs, u"QUIT"_qs}));
    QCOMPARE(rows.at(5).detail, (QStringList {u"Subject: tab\\there"_qs, QString()}));
    QVERIFY(rows.at(5).detailCut);
}

QTEST_GUILESS_MAIN(TestTranscriptRecorder)
#include "tst_transcriptrecorder.moc"
