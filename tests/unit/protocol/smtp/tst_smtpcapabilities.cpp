#include "protocol/smtp/smtpcapabilities.h"

#include <QTest>

using Letterbox::Protocol::SaslMechanism;
using Letterbox::Smtp::SmtpCapabilities;
using Letterbox::Smtp::SmtpReply;

class TestSmtpCapabilities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postfix();
    void size_data();
    void size();
    void oldAuthSyntaxAndCase();
    void heloOrErrorGivesNothing();
};

void TestSmtpCapabilities::postfix()
{
    // What the lab's Postfix 3.7 says on the submission port after STARTTLS.
    const SmtpReply reply(250,
        {"localhost", "PIPELINING", "SIZE 10240000", "ETRN", "AUTH PLAIN LOGIN", "ENHANCEDSTATUSCODES", "8BITMIME",
            "DSN", "SMTPUTF8", "CHUNKING"});
    const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(reply);
    QVERIFY(caps.hasPipelining());
    QVERIFY(caps.hasChunking());
    QVERIFY(caps.hasEightBitMime());
    QVERIFY(caps.hasSmtpUtf8());
    QVERIFY(caps.hasDsn());
    QVERIFY(caps.hasEnhancedStatusCodes());
    QVERIFY(!caps.hasStartTls());
    QCOMPARE(caps.sizeLimit(), std::optional<quint64>(10240000));
    QCOMPARE(caps.authMechanisms(), (QList<SaslMechanism> {SaslMechanism::Plain, SaslMechanism::Login}));
    QCOMPARE(caps.serverName(), QByteArray("localhost"));
    QVERIFY(caps.keywords().contains("ETRN"));
}

void TestSmtpCapabilities::size_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("hasSize");
    QTest::addColumn<std::optional<quint64>>("limit");

    QTest::newRow("limit") << QByteArray("SIZE 35882577") << true << std::optional<quint64>(35882577);
    QTest::newRow("no-number-means-no-limit") << QByteArray("SIZE") << true << std::optional<quint64>();
    QTest::newRow("zero-means-no-limit") << QByteArray("SIZE 0") << true << std::optional<quint64>();
    QTest::newRow("garbage-means-no-limit") << QByteArray("SIZE lots") << true << std::optional<quint64>();
    QTest::newRow("absent") << QByteArray("PIPELINING") << false << std::optional<quint64>();
}

void TestSmtpCapabilities::size()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, hasSize);
    QFETCH(std::optional<quint64>, limit);
    const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(SmtpReply(250, {"mx", line}));
    QCOMPARE(caps.hasSize(), hasSize);
    QCOMPARE(caps.sizeLimit(), limit);
}

void TestSmtpCapabilities::oldAuthSyntaxAndCase()
{
    const SmtpCapabilities caps = SmtpCapabilities::fromEhloReply(
        SmtpReply(250, {"mx", "auth=LOGIN", "Auth cram-md5 SCRAM-SHA-256 xoauth2", "starttls"}));
    QCOMPARE(caps.authMechanisms(),
        (QList<SaslMechanism> {SaslMechanism::Login, SaslMechanism::CramMd5, SaslMechanism::XOAuth2}));
    QCOMPARE(caps.authMechanismNames(), (QByteArrayList {"LOGIN", "CRAM-MD5", "SCRAM-SHA-256", "XOAUTH2"}));
    QVERIFY(caps.hasStartTls());
}

void TestSmtpCapabilities::heloOrErrorGivesNothing()
{
    QCOMPARE(SmtpCapabilities::fromEhloReply(SmtpReply(502, {"5.5.2 no", "PIPELINING"})), SmtpCapabilities());
    // The first line is the greeting, never a keyword.
    QVERIFY(!SmtpCapabilities::fromEhloReply(SmtpReply(250, {"PIPELINING"})).hasPipelining());
}

QTEST_GUILESS_MAIN(TestSmtpCapabilities)
#include "tst_smtpcapabilities.moc"
