#include "protocol/pop3/pop3encoder.h"

#include <QTest>

using namespace Letterbox::Pop3;
using Letterbox::Protocol::OutgoingData;
using Letterbox::Protocol::SaslMechanism;

class TestPop3Encoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commands_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("capa") << Pop3Encoder::capa().bytes << QByteArray("CAPA\r\n");
        QTest::newRow("stls") << Pop3Encoder::stls().bytes << QByteArray("STLS\r\n");
        QTest::newRow("stat") << Pop3Encoder::stat().bytes << QByteArray("STAT\r\n");
        QTest::newRow("list all") << Pop3Encoder::list().bytes << QByteArray("LIST\r\n");
        QTest::newRow("list one") << Pop3Encoder::list(7).bytes << QByteArray("LIST 7\r\n");
        QTest::newRow("uidl all") << Pop3Encoder::uidl().bytes << QByteArray("UIDL\r\n");
        QTest::newRow("uidl one") << Pop3Encoder::uidl(12).bytes << QByteArray("UIDL 12\r\n");
        QTest::newRow("top headers") << Pop3Encoder::top(3, 0).bytes << QByteArray("TOP 3 0\r\n");
        QTest::newRow("retr") << Pop3Encoder::retr(10000).bytes << QByteArray("RETR 10000\r\n");
        QTest::newRow("dele") << Pop3Encoder::dele(2).bytes << QByteArray("DELE 2\r\n");
        QTest::newRow("noop") << Pop3Encoder::noop().bytes << QByteArray("NOOP\r\n");
        QTest::newRow("rset") << Pop3Encoder::rset().bytes << QByteArray("RSET\r\n");
        QTest::newRow("quit") << Pop3Encoder::quit().bytes << QByteArray("QUIT\r\n");
        QTest::newRow("user") << Pop3Encoder::user(QStringLiteral("alice")).data.bytes << QByteArray("USER alice\r\n");
        QTest::newRow("user utf-8") << Pop3Encoder::user(QStringLiteral("jörg")).data.bytes
                                    << QByteArray("USER j\xc3\xb6rg\r\n");
    }

    void commands()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, expected);
        QCOMPARE(bytes, expected);
    }

    void passwordIsSecret()
    {
        const Pop3Encoded pass = Pop3Encoder::pass(QStringLiteral("Wonderland 42"));
        QVERIFY(pass.isValid());
        QCOMPARE(pass.data.bytes, QByteArray("PASS Wonderland 42\r\n"));
        QCOMPARE(pass.data.redacted(), QByteArray("PASS ***\r\n"));
    }

    void apopDigestIsRfc1939s()
    {
        // The example of RFC 1939 section 7.
        const Pop3Encoded apop = Pop3Encoder::apop(
            QStringLiteral("mrose"), "<1896.697170952@dbc.mtview.ca.us>", QStringLiteral("tanstaaf"));
        QVERIFY(apop.isValid());
        QCOMPARE(apop.data.bytes, QByteArray("APOP mrose c4c9334bac560ecc979e58001b3e22fb\r\n"));
        QCOMPARE(apop.data.redacted(), QByteArray("APOP mrose ***\r\n"));
        QVERIFY(!Pop3Encoder::apop(QStringLiteral("a\r\nDELE 1"), "<1@x>", QStringLiteral("p")).isValid());
    }

    void injectionRefused_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("CRLF") << QStringLiteral("alice\r\nDELE 1");
        QTest::newRow("bare LF") << QStringLiteral("alice\nQUIT");
        QTest::newRow("bare CR") << QStringLiteral("alice\rQUIT");
        QTest::newRow("NUL") << QString(QStringLiteral("alice") + QChar(0) + QStringLiteral("x"));
        QTest::newRow("DEL") << QStringLiteral("alice\x7f");
        QTest::newRow("unicode line separator") << QString(QStringLiteral("a") + QChar::LineSeparator);
        QTest::newRow("empty") << QString();
    }

    void injectionRefused()
    {
        QFETCH(QString, argument);
        const Pop3Encoded user = Pop3Encoder::user(argument);
        QVERIFY(!user.isValid());
        QVERIFY(user.data.bytes.isEmpty());
        const Pop3Encoded pass = Pop3Encoder::pass(argument);
        QVERIFY(!pass.isValid());
        QVERIFY(pass.data.bytes.isEmpty());
    }

    void authWithInitialResponse()
    {
        const OutgoingData auth = Pop3Encoder::auth(SaslMechanism::Plain, "AGFsaWNlAHNlY3JldA==");
        QCOMPARE(auth.bytes, QByteArray("AUTH PLAIN AGFsaWNlAHNlY3JldA==\r\n"));
        QCOMPARE(auth.redacted(), QByteArray("AUTH PLAIN ***\r\n"));
    }

    void authWithoutInitialResponse()
    {
        QCOMPARE(Pop3Encoder::auth(SaslMechanism::CramMd5).bytes, QByteArray("AUTH CRAM-MD5\r\n"));
        // RFC 5034 section 4: an empty initial response is "=".
        QCOMPARE(Pop3Encoder::auth(SaslMechanism::Plain, QByteArray("")).bytes, QByteArray("AUTH PLAIN =\r\n"));
    }

    void longInitialResponseIsLeftOut()
    {
        const QByteArray token(300, 'A');
        QVERIFY(!Pop3Encoder::fitsInitialResponse(SaslMechanism::XOAuth2, token));
        QCOMPARE(Pop3Encoder::auth(SaslMechanism::XOAuth2, token).bytes, QByteArray("AUTH XOAUTH2\r\n"));
        const QByteArray fits(255 - int(sizeof("AUTH XOAUTH2 \r\n") - 1), 'A');
        QVERIFY(Pop3Encoder::fitsInitialResponse(SaslMechanism::XOAuth2, fits));
        QVERIFY(!Pop3Encoder::fitsInitialResponse(SaslMechanism::XOAuth2, fits + 'A'));
    }

    void continuationIsSecret()
    {
        const OutgoingData response = Pop3Encoder::authResponse("c2VjcmV0");
        QCOMPARE(response.bytes, QByteArray("c2VjcmV0\r\n"));
        QCOMPARE(response.redacted(), QByteArray("***\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestPop3Encoder)
#include "tst_pop3encoder.moc"
