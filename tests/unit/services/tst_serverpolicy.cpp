// ServerPolicy turns an account into what the sessions take: the POP3 side (security,
// credentials, retention) and the IMAP side read the incoming server the same way, and
// an unreadable CA file is refused rather than ignored.
#include "services/account/serverpolicy.h"

#include <QTest>

using namespace Letterbox;
using Services::ServerPolicy;

namespace {

Accounts::Account account(Accounts::Security security)
{
    Accounts::Account account;
    account.name = QStringLiteral("home");
    account.protocol = Accounts::IncomingProtocol::Pop3;
    account.incoming = {QStringLiteral("pop.example.org"), 110, security, QStringLiteral("me"), {}};
    account.pop3Retention = Accounts::Pop3Retention::KeepDays;
    account.pop3KeepDays = 14;
    return account;
}

} // namespace

class TestServerPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pop3_data();
    void pop3();
    void imapSameIncomingServer();
    void unreadableCaFileRefused();
};

void TestServerPolicy::pop3_data()
{
    QTest::addColumn<Accounts::Security>("security");
    QTest::addColumn<Pop3::Pop3Security>("expected");
    QTest::newRow("tls") << Accounts::Security::Tls << Pop3::Pop3Security::ImplicitTls;
    QTest::newRow("starttls") << Accounts::Security::StartTls << Pop3::Pop3Security::StartTls;
    QTest::newRow("none") << Accounts::Security::None << Pop3::Pop3Security::None;
}

void TestServerPolicy::pop3()
{
    QFETCH(Accounts::Security, security);
    QFETCH(Pop3::Pop3Security, expected);
    QString error;
    const auto settings = ServerPolicy::pop3(account(security), QStringLiteral("secret"), &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->accountName, QStringLiteral("home"));
    QCOMPARE(settings->endpoint.host, QStringLiteral("pop.example.org"));
    QCOMPARE(settings->endpoint.port, quint16(110));
    QCOMPARE(settings->session.security, expected);
    QCOMPARE(settings->session.credentials.user, QStringLiteral("me"));
    QCOMPARE(settings->session.credentials.password, QStringLiteral("secret"));
    QVERIFY(!settings->session.plaintextAllowed);
    QCOMPARE(settings->session.serverHost, QStringLiteral("pop.example.org"));
    QVERIFY(settings->retention == Accounts::Pop3Retention::KeepDays);
    QCOMPARE(settings->keepDays, 14);
}

void TestServerPolicy::imapSameIncomingServer()
{
    QString error;
    Accounts::Account imap = account(Accounts::Security::Tls);
    imap.protocol = Accounts::IncomingProtocol::Imap;
    imap.allowPlaintext = true;
    const auto settings = ServerPolicy::imap(imap, QStringLiteral("secret"), &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->session.security, Imap::ImapSecurity::ImplicitTls);
    QVERIFY(settings->session.credentials);
    QCOMPARE(settings->session.credentials->user, QStringLiteral("me"));
    QVERIFY(settings->session.plaintextAllowed);
}

void TestServerPolicy::unreadableCaFileRefused()
{
    Accounts::Account broken = account(Accounts::Security::Tls);
    broken.caFile = QStringLiteral("/nonexistent/ca.pem");
    QString error;
    QVERIFY(!ServerPolicy::pop3(broken, QStringLiteral("secret"), &error));
    QVERIFY(error.contains(QLatin1String("home")));
}

QTEST_GUILESS_MAIN(TestServerPolicy)
#include "tst_serverpolicy.moc"
