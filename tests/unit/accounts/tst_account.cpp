#include "accounts/account.h"

#include <QTest>

using namespace Letterbox::Accounts;

namespace {

Account validAccount()
{
    Account account;
    account.name = QStringLiteral("work");
    account.email = QStringLiteral("alice@example.org");
    account.incoming = {QStringLiteral("imap.example.org"), 993, Security::Tls, QStringLiteral("alice"), {}};
    account.smtp = {QStringLiteral("smtp.example.org"), 465, Security::Tls, QStringLiteral("alice"), {}};
    return account;
}

} // namespace

class TestAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("work") << true;
        QTest::newRow("all-allowed-characters") << QStringLiteral("Work_2.lab-a") << true;
        QTest::newRow("one-character") << QStringLiteral("a") << true;
        QTest::newRow("sixty-four") << QString(64, QLatin1Char('x')) << true;
        QTest::newRow("sixty-five") << QString(65, QLatin1Char('x')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("leading-dot") << QStringLiteral(".hidden") << false;
        QTest::newRow("dot-dot") << QStringLiteral("..") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("space") << QStringLiteral("my work") << false;
        QTest::newRow("non-ascii") << QStringLiteral("b\u00fcro") << false;
        QTest::newRow("backslash") << QStringLiteral("a\\b") << false;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(Account::isValidName(name), valid);
        Account account = validAccount();
        account.name = name;
        QCOMPARE(account.validate().ok(), valid);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("code");
        const int invalid = int(AccountResult::Code::Invalid);
        QTest::newRow("email-without-at") << QStringLiteral("email") << QStringLiteral("alice") << invalid;
        QTest::newRow("email-without-domain") << QStringLiteral("email") << QStringLiteral("alice@") << invalid;
        QTest::newRow("email-with-space") << QStringLiteral("email") << QStringLiteral("al ice@example.org") << invalid;
        QTest::newRow("email-with-newline")
            << QStringLiteral("email") << QStringLiteral("alice@example.org\r\nBcc: x") << invalid;
        QTest::newRow("display-name-with-newline")
            << QStringLiteral("displayName") << QStringLiteral("Alice\nBcc: x") << invalid;
        QTest::newRow("host-empty") << QStringLiteral("host") << QStringLiteral("") << invalid;
        QTest::newRow("host-with-slash") << QStringLiteral("host") << QStringLiteral("imap.example.org/x") << invalid;
        QTest::newRow("host-with-space") << QStringLiteral("host") << QStringLiteral("imap example") << invalid;
        QTest::newRow("host-ipv6") << QStringLiteral("host") << QStringLiteral("::1") << int(AccountResult::Code::Ok);
        QTest::newRow("host-ipv4") << QStringLiteral("host") << QStringLiteral("127.0.0.1")
                                   << int(AccountResult::Code::Ok);
        QTest::newRow("host-idn") << QStringLiteral("host") << QStringLiteral("m\u00fcller.example")
                                  << int(AccountResult::Code::Ok);
        QTest::newRow("port-zero") << QStringLiteral("port") << QStringLiteral("0") << invalid;
        QTest::newRow("user-empty") << QStringLiteral("user") << QStringLiteral("") << invalid;
        QTest::newRow("user-with-newline") << QStringLiteral("user") << QStringLiteral("a\nb") << invalid;
        QTest::newRow("ca-file-relative") << QStringLiteral("caFile") << QStringLiteral("ca.pem") << invalid;
        QTest::newRow("ca-file-absolute")
            << QStringLiteral("caFile") << QStringLiteral("/etc/ca.pem") << int(AccountResult::Code::Ok);
        QTest::newRow("command-empty") << QStringLiteral("passwordCommand") << QStringLiteral(" ") << invalid;
        QTest::newRow("keep-days-zero") << QStringLiteral("keepDays") << QStringLiteral("0") << invalid;
        QTest::newRow("keep-days-too-many") << QStringLiteral("keepDays") << QStringLiteral("36501") << invalid;
        QTest::newRow("keep-days-fourteen")
            << QStringLiteral("keepDays") << QStringLiteral("14") << int(AccountResult::Code::Ok);
        QTest::newRow("pin-wrong-length") << QStringLiteral("pin") << QStringLiteral("abcd") << invalid;
        QTest::newRow("pin-sha256") << QStringLiteral("pin") << QString(64, QLatin1Char('a'))
                                    << int(AccountResult::Code::Ok);
        QTest::newRow("incoming-none") << QStringLiteral("security") << QStringLiteral("none")
                                       << int(AccountResult::Code::Insecure);
        QTest::newRow("smtp-none") << QStringLiteral("smtpSecurity") << QStringLiteral("none")
                                   << int(AccountResult::Code::Insecure);
        QTest::newRow("incoming-none-allowed")
            << QStringLiteral("securityAllowed") << QStringLiteral("none") << int(AccountResult::Code::Ok);
        QTest::newRow("starttls") << QStringLiteral("security") << QStringLiteral("starttls")
                                  << int(AccountResult::Code::Ok);
    }

    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, code);
        Account account = validAccount();
        QVERIFY(account.validate().ok());
        if (field == QLatin1String("email")) {
            account.email = value;
        } else if (field == QLatin1String("displayName")) {
            account.displayName = value;
        } else if (field == QLatin1String("host")) {
            account.incoming.host = value;
        } else if (field == QLatin1String("port")) {
            account.incoming.port = quint16(value.toUInt());
        } else if (field == QLatin1String("user")) {
            account.incoming.user = value;
        } else if (field == QLatin1String("caFile")) {
            account.caFile = value;
        } else if (field == QLatin1String("passwordCommand")) {
            account.passwordSource = PasswordSource::Command;
            account.passwordCommand = value;
        } else if (field == QLatin1String("keepDays")) {
            account.pop3Retention = Pop3Retention::KeepDays;
            account.pop3KeepDays = value.toInt();
        } else if (field == QLatin1String("pin")) {
            account.smtp.pinnedCertificate = QByteArray::fromHex(value.toLatin1());
        } else if (field == QLatin1String("security")) {
            account.incoming.security = *securityFromString(value);
        } else if (field == QLatin1String("smtpSecurity")) {
            account.smtp.security = *securityFromString(value);
        } else if (field == QLatin1String("securityAllowed")) {
            account.incoming.security = *securityFromString(value);
            account.allowPlaintext = true;
        } else {
            QFAIL("unknown field in the table");
        }
        const AccountResult result = account.validate();
        QCOMPARE(int(result.code), code);
        if (!result.ok()) {
            QVERIFY2(result.message.contains(QLatin1String("work")), qPrintable(result.message));
            QVERIFY(result.message.endsWith(QLatin1Char('.')) || result.message.endsWith(QLatin1Char(')')));
        }
    }

    void insecureNamesHostAndPort()
    {
        Account account = validAccount();
        account.smtp.security = Security::None;
        account.smtp.port = 587;
        const AccountResult result = account.validate();
        QCOMPARE(result.code, AccountResult::Code::Insecure);
        QVERIFY2(result.message.contains(QLatin1String("smtp.example.org:587")), qPrintable(result.message));
    }

    void defaultPorts_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("security");
        QTest::addColumn<int>("port");
        QTest::newRow("imap-tls") << QStringLiteral("imap") << QStringLiteral("tls") << 993;
        QTest::newRow("imap-starttls") << QStringLiteral("imap") << QStringLiteral("starttls") << 143;
        QTest::newRow("imap-none") << QStringLiteral("imap") << QStringLiteral("none") << 143;
        QTest::newRow("pop3-tls") << QStringLiteral("pop3") << QStringLiteral("tls") << 995;
        QTest::newRow("pop3-starttls") << QStringLiteral("pop3") << QStringLiteral("starttls") << 110;
        QTest::newRow("smtp-tls") << QStringLiteral("smtp") << QStringLiteral("tls") << 465;
        QTest::newRow("smtp-starttls") << QStringLiteral("smtp") << QStringLiteral("starttls") << 587;
        QTest::newRow("smtp-none") << QStringLiteral("smtp") << QStringLiteral("none") << 587;
    }

    void defaultPorts()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, security);
        QFETCH(int, port);
        const Security parsed = *securityFromString(security);
        if (protocol == QLatin1String("smtp")) {
            QCOMPARE(int(defaultSmtpPort(parsed)), port);
        } else {
            QCOMPARE(int(defaultPort(*protocolFromString(protocol), parsed)), port);
        }
    }

    void portsSuggestSecurity()
    {
        QVERIFY(securityForPort(IncomingProtocol::Imap, 143) == Security::StartTls);
        QVERIFY(securityForPort(IncomingProtocol::Imap, 993) == Security::Tls);
        QVERIFY(securityForPort(IncomingProtocol::Pop3, 110) == Security::StartTls);
        QVERIFY(securityForPort(IncomingProtocol::Pop3, 993) == std::nullopt);
        QVERIFY(securityForPort(IncomingProtocol::Imap, 10143) == std::nullopt);
        QVERIFY(securityForSmtpPort(25) == Security::StartTls);
        QVERIFY(securityForSmtpPort(465) == Security::Tls);
        QVERIFY(securityForSmtpPort(2525) == std::nullopt);
    }

    void spellingsRoundTrip()
    {
        for (const Security security : {Security::Tls, Security::StartTls, Security::None}) {
            QVERIFY(securityFromString(toString(security)) == security);
        }
        for (const Pop3Retention retention : {Pop3Retention::Keep, Pop3Retention::KeepDays,
                 Pop3Retention::DeleteAfterDownload, Pop3Retention::DeleteWithLocal}) {
            QVERIFY(pop3RetentionFromString(toString(retention)) == retention);
        }
        QVERIFY(protocolFromString(QStringLiteral("POP3")) == IncomingProtocol::Pop3);
        QVERIFY(securityFromString(QStringLiteral("ssl")) == std::nullopt);
        QVERIFY(passwordSourceFromString(QStringLiteral("command")) == PasswordSource::Command);
    }
};

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
