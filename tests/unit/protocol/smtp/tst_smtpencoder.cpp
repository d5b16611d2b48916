#include "protocol/smtp/smtpencoder.h"

#include <QTest>

using Letterbox::Protocol::SaslMechanism;
using namespace Letterbox::Smtp;

class TestSmtpEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleCommands();
    void mailFrom_data();
    void mailFrom();
    void rcptTo();
    void injectionRefused_data();
    void injectionRefused();
    void auth();
    void xtext();
};

void TestSmtpEncoder::simpleCommands()
{
    QCOMPARE(SmtpEncoder::ehlo(QStringLiteral("client.example.com")).bytes, QByteArray("EHLO client.example.com\r\n"));
    QCOMPARE(SmtpEncoder::helo(QStringLiteral("[192.0.2.1]")).bytes, QByteArray("HELO [192.0.2.1]\r\n"));
    QVERIFY(!SmtpEncoder::ehlo(QStringLiteral("bad name")).isValid());
    QVERIFY(!SmtpEncoder::ehlo(QStringLiteral("x\r\nQUIT")).isValid());
    QVERIFY(!SmtpEncoder::ehlo(QString()).isValid());
    QCOMPARE(SmtpEncoder::startTls(), QByteArray("STARTTLS\r\n"));
    QCOMPARE(SmtpEncoder::data(), QByteArray("DATA\r\n"));
    QCOMPARE(SmtpEncoder::bdat(1234, true), QByteArray("BDAT 1234 LAST\r\n"));
    QCOMPARE(SmtpEncoder::bdat(0, false), QByteArray("BDAT 0\r\n"));
    QCOMPARE(SmtpEncoder::rset(), QByteArray("RSET\r\n"));
    QCOMPARE(SmtpEncoder::noop(), QByteArray("NOOP\r\n"));
    QCOMPARE(SmtpEncoder::quit(), QByteArray("QUIT\r\n"));
}

void TestSmtpEncoder::mailFrom_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<SmtpMailParameters>("parameters");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QStringLiteral("a@example.com") << SmtpMailParameters {}
                           << QByteArray("MAIL FROM:<a@example.com>\r\n");
    QTest::newRow("null-reverse-path") << QString() << SmtpMailParameters {} << QByteArray("MAIL FROM:<>\r\n");
    SmtpMailParameters all;
    all.size = 4321;
    all.eightBitMime = true;
    all.smtpUtf8 = true;
    all.dsnReturn = SmtpDsn::Return::Full;
    all.envelopeId = QStringLiteral("QQ314159=+x");
    QTest::newRow("every-parameter") << QStringLiteral("j\u00f6rg@example.com") << all
                                     << QByteArray("MAIL FROM:<j\xc3\xb6rg@example.com> SIZE=4321 BODY=8BITMIME "
                                                   "SMTPUTF8 RET=FULL ENVID=QQ314159+3D+2Bx\r\n");
}

void TestSmtpEncoder::mailFrom()
{
    QFETCH(QString, from);
    QFETCH(SmtpMailParameters, parameters);
    QFETCH(QByteArray, expected);
    const SmtpEncoded encoded = SmtpEncoder::mailFrom(from, parameters);
    QVERIFY2(encoded.isValid(), qPrintable(encoded.error));
    QCOMPARE(encoded.bytes, expected);
}

void TestSmtpEncoder::rcptTo()
{
    QCOMPARE(SmtpEncoder::rcptTo(QStringLiteral("b@example.com")).bytes, QByteArray("RCPT TO:<b@example.com>\r\n"));
    QCOMPARE(SmtpEncoder::rcptTo(QStringLiteral("b@example.com"), SmtpDsn::NotifyFlag::Never).bytes,
        QByteArray("RCPT TO:<b@example.com> NOTIFY=NEVER\r\n"));
    QCOMPARE(SmtpEncoder::rcptTo(QStringLiteral("b@example.com"),
                 SmtpDsn::NotifyFlag::Success | SmtpDsn::NotifyFlag::Failure | SmtpDsn::NotifyFlag::Delay)
                 .bytes,
        QByteArray("RCPT TO:<b@example.com> NOTIFY=SUCCESS,FAILURE,DELAY\r\n"));
    QCOMPARE(SmtpEncoder::rcptTo(QStringLiteral("\"john doe\"@example.com")).bytes,
        QByteArray("RCPT TO:<\"john doe\"@example.com>\r\n"));
    QVERIFY(!SmtpEncoder::rcptTo(QString()).isValid());
}

void TestSmtpEncoder::injectionRefused_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("crlf") << QStringLiteral("b@example.com>\r\nRCPT TO:<evil@example.com");
    QTest::newRow("bare-lf") << QStringLiteral("b@example.com\nRSET");
    QTest::newRow("bare-cr") << QStringLiteral("b@example.com\rRSET");
    QTest::newRow("nul") << QString(QStringLiteral("b@example.com") + QChar(0));
    QTest::newRow("del") << QString(QStringLiteral("b@example.com") + QChar(0x7f));
    QTest::newRow("unicode-line-separator") << QString(QStringLiteral("b@example.com") + QChar(0x2028));
    QTest::newRow("angle-bracket") << QStringLiteral("b@example.com> SIZE=1");
    QTest::newRow("space") << QStringLiteral("b@example.com NOTIFY=NEVER");
    QTest::newRow("control-in-quoted-pair") << QString(QStringLiteral("\"a\\") + QChar(0x0a) + QStringLiteral("\"@x"));
    QTest::newRow("unterminated-quote") << QStringLiteral("\"a@example.com");
    QTest::newRow("too-long") << QString(QString(300, QLatin1Char('a')) + QStringLiteral("@example.com"));
}

void TestSmtpEncoder::injectionRefused()
{
    QFETCH(QString, address);
    QVERIFY(SmtpEncoder::addressProblem(address));
    const SmtpEncoded rcpt = SmtpEncoder::rcptTo(address);
    QVERIFY(!rcpt.isValid());
    QVERIFY(rcpt.bytes.isEmpty());
    QVERIFY(!SmtpEncoder::mailFrom(address, {}).isValid());
}

void TestSmtpEncoder::auth()
{
    const auto plain = SmtpEncoder::auth(SaslMechanism::Plain, "AGFsaWNlAHNlY3JldA==");
    QCOMPARE(plain.bytes, QByteArray("AUTH PLAIN AGFsaWNlAHNlY3JldA==\r\n"));
    QCOMPARE(plain.redacted(), QByteArray("AUTH PLAIN ***\r\n"));
    const auto login = SmtpEncoder::auth(SaslMechanism::Login);
    QCOMPARE(login.bytes, QByteArray("AUTH LOGIN\r\n"));
    const auto response = SmtpEncoder::authResponse("c2VjcmV0");
    QCOMPARE(response.bytes, QByteArray("c2VjcmV0\r\n"));
    QCOMPARE(response.redacted(), QByteArray("***\r\n"));
    QCOMPARE(SmtpEncoder::authResponse({}).bytes, QByteArray("\r\n"));
}

void TestSmtpEncoder::xtext()
{
    QCOMPARE(SmtpEncoder::xtext("a+b=c d"), QByteArray("a+2Bb+3Dc+20d"));
    QCOMPARE(SmtpEncoder::xtext("plain"), QByteArray("plain"));
}

QTEST_GUILESS_MAIN(TestSmtpEncoder)
#include "tst_smtpencoder.moc"
