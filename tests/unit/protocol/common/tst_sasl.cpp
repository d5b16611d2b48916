#include "protocol/common/sasl.h"

#include <QTest>

using Letterbox::Protocol::Sasl;
using Letterbox::Protocol::SaslMechanism;
using Mechanisms = QList<SaslMechanism>;
using MaybeMechanism = std::optional<SaslMechanism>;

Q_DECLARE_METATYPE(MaybeMechanism)

class TestSasl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choose_data();
    void choose();
    void names();
    void plainRfc4616();
    void cramMd5Rfc2195();
    void cramMd5RefusesBadChallenge();
    void login();
    void xoauth2();
    void oauthBearerRfc7628();
    void oauthBearerEscapesTheUser();
};

void TestSasl::choose_data()
{
    QTest::addColumn<Mechanisms>("offered");
    QTest::addColumn<bool>("token");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<bool>("plaintextAllowed");
    QTest::addColumn<MaybeMechanism>("expected");

    const Mechanisms all {SaslMechanism::Login, SaslMechanism::Plain, SaslMechanism::CramMd5, SaslMechanism::XOAuth2,
        SaslMechanism::OAuthBearer};
    QTest::newRow("password-prefers-cram-md5")
        << all << false << true << false << MaybeMechanism(SaslMechanism::CramMd5);
    QTest::newRow("password-plain-over-login") << Mechanisms {SaslMechanism::Login, SaslMechanism::Plain} << false
                                               << true << false << MaybeMechanism(SaslMechanism::Plain);
    QTest::newRow("password-login-last") << Mechanisms {SaslMechanism::Login} << false << true << false
                                         << MaybeMechanism(SaslMechanism::Login);
    QTest::newRow("token-prefers-oauthbearer")
        << all << true << true << false << MaybeMechanism(SaslMechanism::OAuthBearer);
    QTest::newRow("token-xoauth2") << Mechanisms {SaslMechanism::Plain, SaslMechanism::XOAuth2} << true << true << false
                                   << MaybeMechanism(SaslMechanism::XOAuth2);
    QTest::newRow("token-never-uses-password-mechanisms")
        << Mechanisms {SaslMechanism::Plain, SaslMechanism::Login} << true << true << false << MaybeMechanism();
    QTest::newRow("password-never-uses-token-mechanisms")
        << Mechanisms {SaslMechanism::XOAuth2} << false << true << false << MaybeMechanism();
    QTest::newRow("unencrypted-refused") << all << false << false << false << MaybeMechanism();
    QTest::newRow("unencrypted-cram-md5-needs-opt-in-too")
        << Mechanisms {SaslMechanism::CramMd5} << false << false << false << MaybeMechanism();
    QTest::newRow("unencrypted-with-opt-in")
        << Mechanisms {SaslMechanism::Plain} << false << false << true << MaybeMechanism(SaslMechanism::Plain);
    QTest::newRow("unencrypted-token-refused") << all << true << false << false << MaybeMechanism();
    QTest::newRow("nothing-offered") << Mechanisms {} << false << true << true << MaybeMechanism();
}

void TestSasl::choose()
{
    QFETCH(Mechanisms, offered);
    QFETCH(bool, token);
    QFETCH(bool, encrypted);
    QFETCH(bool, plaintextAllowed);
    QFETCH(MaybeMechanism, expected);
    QCOMPARE(Sasl::chooseMechanism(offered, token, encrypted, plaintextAllowed), expected);
}

void TestSasl::names()
{
    QCOMPARE(Sasl::mechanismFromName("cram-md5"), MaybeMechanism(SaslMechanism::CramMd5));
    QCOMPARE(Sasl::mechanismFromName("OAUTHBEARER"), MaybeMechanism(SaslMechanism::OAuthBearer));
    QCOMPARE(Sasl::mechanismFromName("SCRAM-SHA-256"), MaybeMechanism());
    QCOMPARE(Sasl::mechanismName(SaslMechanism::XOAuth2), QByteArray("XOAUTH2"));
}

void TestSasl::plainRfc4616()
{
    // RFC 4616 section 4 examples.
    QCOMPARE(Sasl::plainResponse(QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf")),
        QByteArray("AHRpbQB0YW5zdGFhZnRhbnN0YWFm"));
    QCOMPARE(Sasl::plainResponse(QStringLiteral("Kurt"), QStringLiteral("xipj3plmq"), QStringLiteral("Ursel")),
        QByteArray("VXJzZWwAS3VydAB4aXBqM3BsbXE="));
}

void TestSasl::cramMd5Rfc2195()
{
    // RFC 2195 section 2's example exchange.
    const auto response = Sasl::cramMd5Response("PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+",
        QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"));
    QVERIFY(response);
    QCOMPARE(*response, QByteArray("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"));
    QCOMPARE(QByteArray::fromBase64(*response), QByteArray("tim b913a602c7eda7a495b4e6e7334d3890"));
}

void TestSasl::cramMd5RefusesBadChallenge()
{
    QCOMPARE(Sasl::cramMd5Response("not base64!", QStringLiteral("u"), QStringLiteral("p")), std::nullopt);
    QCOMPARE(Sasl::cramMd5Response("", QStringLiteral("u"), QStringLiteral("p")), std::nullopt);
}

void TestSasl::login()
{
    QCOMPARE(Sasl::loginUserResponse(QStringLiteral("alice")), QByteArray("YWxpY2U="));
    QCOMPARE(Sasl::loginPasswordResponse(QStringLiteral("p\u00e4ss")), QByteArray("cMOkc3M="));
}

void TestSasl::xoauth2()
{
    // The example of Google's XOAUTH2 protocol page.
    QCOMPARE(Sasl::xoauth2Response(QStringLiteral("someuser@example.com"),
                 QStringLiteral("ya29.vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg")),
        QByteArray("dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhiSFJoZG1se"
                   "mRHRXVZMjl0Q2cBAQ=="));
}

void TestSasl::oauthBearerRfc7628()
{
    // RFC 7628 section 4.1's initial client response.
    QCOMPARE(
        Sasl::oauthBearerResponse(QStringLiteral("user@example.com"),
            QStringLiteral("vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="), QStringLiteral("server.example.com"), 143),
        QByteArray("bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXBvcnQ9MTQzAWF1dGg9QmVhcmVyIHZGOWRmd"
                   "DRxbVRjMk52YjNSbGNrQmhiSFJoZG1semRHRXVZMjl0Q2c9PQEB"));
    QCOMPARE(QByteArray::fromBase64(Sasl::oauthBearerErrorAcknowledgement()), QByteArray("\x01"));
}

void TestSasl::oauthBearerEscapesTheUser()
{
    const QByteArray decoded
        = QByteArray::fromBase64(Sasl::oauthBearerResponse(QStringLiteral("a,b=c"), QStringLiteral("t")));
    QCOMPARE(decoded,
        QByteArray("n,a=a=2Cb=3Dc,\x01"
                   "auth=Bearer t\x01\x01"));
}

QTEST_GUILESS_MAIN(TestSasl)
#include "tst_sasl.moc"
