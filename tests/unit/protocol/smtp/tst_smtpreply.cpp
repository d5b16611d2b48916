#include "protocol/smtp/smtpreply.h"

#include <QTest>

using Letterbox::Smtp::SmtpEnhancedStatus;
using Letterbox::Smtp::SmtpReply;
using MaybeStatus = std::optional<SmtpEnhancedStatus>;

Q_DECLARE_METATYPE(MaybeStatus)

class TestSmtpReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enhancedStatus_data();
    void enhancedStatus();
    void textJoinsLinesAndStripsRepeatedCodes();
    void textReplacesControlCharacters();
    void classes();
    void toWire();
};

void TestSmtpReply::enhancedStatus_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<MaybeStatus>("expected");
    QTest::addColumn<QString>("text");

    QTest::newRow("user-unknown") << 550 << QByteArray("5.1.1 User unknown") << MaybeStatus({5, 1, 1})
                                  << QStringLiteral("User unknown");
    QTest::newRow("three-digit-parts") << 452 << QByteArray("4.5.123 x") << MaybeStatus({4, 5, 123})
                                       << QStringLiteral("x");
    QTest::newRow("code-only") << 250 << QByteArray("2.0.0") << MaybeStatus({2, 0, 0}) << QString();
    QTest::newRow("class-must-match-the-reply")
        << 550 << QByteArray("2.1.1 odd") << MaybeStatus() << QStringLiteral("2.1.1 odd");
    QTest::newRow("no-code") << 250 << QByteArray("mx.example.com Hello") << MaybeStatus()
                             << QStringLiteral("mx.example.com Hello");
    QTest::newRow("four-digit-part-is-not-a-code")
        << 550 << QByteArray("5.1.1234 x") << MaybeStatus() << QStringLiteral("5.1.1234 x");
    QTest::newRow("version-number-is-not-a-code")
        << 220 << QByteArray("2.3.4beta ready") << MaybeStatus() << QStringLiteral("2.3.4beta ready");
    QTest::newRow("two-digit-class-is-not-a-code")
        << 550 << QByteArray("55.1.1 x") << MaybeStatus() << QStringLiteral("55.1.1 x");
}

void TestSmtpReply::enhancedStatus()
{
    QFETCH(int, code);
    QFETCH(QByteArray, line);
    QFETCH(MaybeStatus, expected);
    QFETCH(QString, text);
    const SmtpReply reply(code, {line});
    QCOMPARE(reply.enhancedStatus(), expected);
    QCOMPARE(reply.text(), text);
}

void TestSmtpReply::textJoinsLinesAndStripsRepeatedCodes()
{
    const SmtpReply reply(550, {"5.7.1 Message rejected", "5.7.1 see https://example.com/why"});
    QCOMPARE(reply.text(), QStringLiteral("Message rejected see https://example.com/why"));
    QCOMPARE(reply.toDisplayString(), QStringLiteral("550 5.7.1 Message rejected see https://example.com/why"));
}

void TestSmtpReply::textReplacesControlCharacters()
{
    const SmtpReply reply(550, {QByteArray("bad\x1b[31mred\x07", 12)});
    QVERIFY(!reply.text().contains(QChar(0x1b)));
    QVERIFY(!reply.text().contains(QChar(0x07)));
}

void TestSmtpReply::classes()
{
    QVERIFY(SmtpReply(250, {}).isPositiveCompletion());
    QVERIFY(SmtpReply(354, {}).isPositiveIntermediate());
    QVERIFY(SmtpReply(452, {}).isTransientNegative());
    QVERIFY(SmtpReply(554, {}).isPermanentNegative());
    QVERIFY(!SmtpReply(250, {}).isNegative());
}

void TestSmtpReply::toWire()
{
    QCOMPARE(SmtpReply(250, {"a", "b"}).toWire(), QByteArray("250-a\r\n250 b\r\n"));
    QCOMPARE(SmtpReply(250, {}).toWire(), QByteArray("250\r\n"));
}

QTEST_GUILESS_MAIN(TestSmtpReply)
#include "tst_smtpreply.moc"
