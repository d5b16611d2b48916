#include "services/submission/outgoingmessage.h"

#include "mime/messageparser.h"
#include "mime/mimetypes.h"

#include <QTest>
#include <QTimeZone>

using Letterbox::Services::OutgoingMessage;
using Letterbox::Services::OutgoingMessagePreparer;

class TestOutgoingMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void envelopeAndBccRemoved();
    void senderWinsOverFrom();
    void missingMessageIdAndDateAreAdded();
    void noRecipientIsAnError();
    void withCrlf_data();
    void withCrlf();
    void withoutFields_data();
    void withoutFields();
    void rfc5322Date();
};

void TestOutgoingMessage::envelopeAndBccRemoved()
{
    const QByteArray raw = "From: Alice <alice@letterbox.test>\n"
                           "To: Bob <bob@letterbox.test>, carol@letterbox.test\n"
                           "Cc: BOB@letterbox.test\n"
                           "Bcc: secret@letterbox.test,\n"
                           " other-secret@letterbox.test\n"
                           "Subject: Hi\n"
                           "Message-ID: <hi-1@letterbox.test>\n"
                           "Date: Tue, 01 Dec 2026 10:00:00 +0000\n"
                           "\n"
                           "Bcc: this line is body text and stays\n";
    OutgoingMessagePreparer preparer(QStringLiteral("alice@letterbox.test"));
    const std::optional<OutgoingMessage> message = preparer.prepare(raw);
    QVERIFY2(message, qPrintable(preparer.errorMessage()));
    QCOMPARE(message->envelopeFrom, QStringLiteral("alice@letterbox.test"));
    QCOMPARE(message->recipients,
        (QStringList {QStringLiteral("bob@letterbox.test"), QStringLiteral("carol@letterbox.test"),
            QStringLiteral("secret@letterbox.test"), QStringLiteral("other-secret@letterbox.test")}));
    QCOMPARE(message->messageId, QStringLiteral("hi-1@letterbox.test"));
    QVERIFY(!message->bytes.contains("secret@"));
    QVERIFY(message->bytes.contains("\r\n\r\nBcc: this line is body text and stays\r\n"));
    QVERIFY(!message->bytes.contains("\n\n"));
    QVERIFY(message->bytes.startsWith("From: Alice"));
    QVERIFY(message->bytes.contains("Subject: Hi\r\n"));
}

void TestOutgoingMessage::senderWinsOverFrom()
{
    const QByteArray raw
        = "From: Team <team@letterbox.test>\r\nSender: alice@letterbox.test\r\n"
          "To: bob@letterbox.test\r\nMessage-ID: <x@y>\r\nDate: Tue, 01 Dec 2026 10:00:00 +0000\r\n\r\nHi\r\n";
    OutgoingMessagePreparer preparer(QStringLiteral("fallback@letterbox.test"));
    const auto message = preparer.prepare(raw);
    QVERIFY(message);
    QCOMPARE(message->envelopeFrom, QStringLiteral("alice@letterbox.test"));
    QCOMPARE(message->bytes, raw); // nothing to add or cut: the bytes go out as they are
}

void TestOutgoingMessage::missingMessageIdAndDateAreAdded()
{
    const QByteArray raw = "To: bob@letterbox.test\r\nSubject: no id\r\n\r\nbody\r\n";
    OutgoingMessagePreparer preparer(QStringLiteral("alice@letterbox.test"));
    const auto message = preparer.prepare(raw);
    QVERIFY(message);
    QCOMPARE(message->envelopeFrom, QStringLiteral("alice@letterbox.test"));
    QVERIFY(!message->messageId.isEmpty());
    const Letterbox::Mime::ParsedMessage parsed = Letterbox::Mime::MessageParser::parse(message->bytes);
    QCOMPARE(parsed.messageId, message->messageId);
    QVERIFY(parsed.date.isValid());
    QVERIFY(qAbs(parsed.date.secsTo(QDateTime::currentDateTime())) < 3600);
    QCOMPARE(parsed.subject, QStringLiteral("no id"));
    QVERIFY(message->bytes.endsWith("\r\n\r\nbody\r\n"));
}

void TestOutgoingMessage::noRecipientIsAnError()
{
    OutgoingMessagePreparer preparer(QStringLiteral("alice@letterbox.test"));
    QVERIFY(!preparer.prepare("From: alice@letterbox.test\r\nSubject: x\r\n\r\nbody\r\n"));
    QVERIFY(preparer.errorMessage().contains(QStringLiteral("recipient")));
    QVERIFY(!preparer.prepare("just some text without any header"));
    QVERIFY(!preparer.errorMessage().isEmpty());
}

void TestOutgoingMessage::withCrlf_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("lf") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n");
    QTest::newRow("crlf-kept") << QByteArray("a\r\nb") << QByteArray("a\r\nb");
    QTest::newRow("lone-cr") << QByteArray("a\rb") << QByteArray("a\r\nb");
    QTest::newRow("cr-cr-lf") << QByteArray("a\r\r\n") << QByteArray("a\r\n\r\n");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestOutgoingMessage::withCrlf()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(OutgoingMessagePreparer::withCrlf(input), expected);
}

void TestOutgoingMessage::withoutFields_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("folded-bcc") << QByteArray("A: 1\r\nBcc: x,\r\n\ty\r\nB: 2\r\n\r\nBcc: body\r\n")
                                << QByteArray("A: 1\r\nB: 2\r\n\r\nBcc: body\r\n");
    QTest::newRow("case-and-space") << QByteArray("bCC : x\r\nA: 1\r\n\r\n") << QByteArray("A: 1\r\n\r\n");
    QTest::newRow("bcc-last-no-body") << QByteArray("A: 1\r\nBcc: x\r\n") << QByteArray("A: 1\r\n");
    QTest::newRow("not-a-prefix-match") << QByteArray("Bcc-Note: x\r\n\r\n") << QByteArray("Bcc-Note: x\r\n\r\n");
    QTest::newRow("resent-bcc") << QByteArray("Resent-Bcc: x\r\nA: 1\r\n\r\n") << QByteArray("A: 1\r\n\r\n");
}

void TestOutgoingMessage::withoutFields()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(OutgoingMessagePreparer::withoutFields(input, {"bcc", "resent-bcc"}), expected);
}

void TestOutgoingMessage::rfc5322Date()
{
    const QDateTime when(QDate(2026, 12, 1), QTime(9, 5, 7), QTimeZone(-(4 * 3600 + 30 * 60)));
    QCOMPARE(OutgoingMessagePreparer::rfc5322Date(when), QByteArray("Tue, 01 Dec 2026 09:05:07 -0430"));
    const QDateTime utc(QDate(2026, 1, 2), QTime(23, 0, 0), Qt::UTC);
    QCOMPARE(OutgoingMessagePreparer::rfc5322Date(utc), QByteArray("Fri, 02 Jan 2026 23:00:00 +0000"));
}

QTEST_GUILESS_MAIN(TestOutgoingMessage)
#include "tst_outgoingmessage.moc"
