// OAuth2 accounts without the network: provider settings validated, written to the INI
// and read back (never a token there), the option that switches an account to OAuth2,
// and the token text kept in the keychain with its expiry rule.
#include "accounts/account.h"
#include "accounts/accountoptions.h"
#include "accounts/accountstore.h"
#include "accounts/oauth2tokens.h"
#include "accounts/profile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Letterbox::Accounts;

namespace {

Account oauthAccount()
{
    Account account;
    account.name = QStringLiteral("work");
    account.email = QStringLiteral("alice@example.org");
    account.incoming = {QStringLiteral("imap.example.org"), 993, Security::Tls, QStringLiteral("alice"), {}};
    account.smtp = {QStringLiteral("smtp.example.org"), 465, Security::Tls, QStringLiteral("alice"), {}};
    account.passwordSource = PasswordSource::OAuth2;
    account.oauth2
        = {QStringLiteral("https://login.example.org/authorize"), QStringLiteral("https://login.example.org/token"),
            QStringLiteral("letterbox"), QStringLiteral("mail offline_access")};
    return account;
}

} // namespace

class TestOAuth2Settings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validation_data()
    {
        QTest::addColumn<QString>("authorizationUrl");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << QStringLiteral("https://login.example.org/a") << QStringLiteral("id") << true;
        QTest::newRow("http-loopback") << QStringLiteral("http://127.0.0.1:8080/a") << QStringLiteral("id") << true;
        QTest::newRow("http-localhost") << QStringLiteral("http://localhost/a") << QStringLiteral("id") << true;
        QTest::newRow("http-remote") << QStringLiteral("http://login.example.org/a") << QStringLiteral("id") << false;
        QTest::newRow("not-a-url") << QStringLiteral("login page") << QStringLiteral("id") << false;
        QTest::newRow("empty-url") << QString() << QStringLiteral("id") << false;
        QTest::newRow("no-client-id") << QStringLiteral("https://login.example.org/a") << QStringLiteral(" ") << false;
    }

    void validation()
    {
        QFETCH(QString, authorizationUrl);
        QFETCH(QString, clientId);
        QFETCH(bool, valid);
        Account account = oauthAccount();
        account.oauth2.authorizationUrl = authorizationUrl;
        account.oauth2.clientId = clientId;
        const AccountResult result = account.validate();
        QVERIFY2(result.ok() == valid, qPrintable(result.message));
    }

    void providerRoundTripsThroughTheSettingsFile()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const Profile profile = Profile::atDirectory(directory.path());
        AccountStore store(profile);
        const Account original = oauthAccount();
        QVERIFY(store.add(original).ok());
        Account loaded;
        QVERIFY(AccountStore(profile).load(original.name, &loaded).ok());
        QCOMPARE(loaded, original);
        QFile file(profile.settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("source=oauth2") && text.contains("clientId=letterbox"), text.constData());
        QVERIFY2(!text.contains("access_token") && !text.contains("refresh_token"), text.constData());
    }

    void clientIdOptionSwitchesToOAuth2()
    {
        Account account = oauthAccount();
        account.passwordSource = PasswordSource::Command;
        account.passwordCommand = QStringLiteral("pass mail");
        QVERIFY(AccountOptions::change(account, AccountOptionId::OAuth2ClientId, QStringLiteral("other")).ok());
        QVERIFY(account.passwordSource == PasswordSource::OAuth2);
        QCOMPARE(account.oauth2.clientId, QStringLiteral("other"));
        QVERIFY(account.passwordCommand.isEmpty());
        QVERIFY(AccountOptions::change(account, AccountOptionId::OAuth2Scope, QStringLiteral("a b")).ok());
        QCOMPARE(account.oauth2.scopes, QStringLiteral("a b"));
        QVERIFY(!AccountOptions::change(account, AccountOptionId::OAuth2TokenUrl, QStringLiteral("http://x.example/t"))
                     .ok());
        QVERIFY(passwordSourceFromString(QStringLiteral("oauth2")) == std::optional(PasswordSource::OAuth2));
        QCOMPARE(toString(PasswordSource::OAuth2), QStringLiteral("oauth2"));
    }

    void tokensRoundTripAndExpire()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const OAuth2Tokens tokens {QStringLiteral("eyJ.a.b"), QStringLiteral("r1"), now.addSecs(3600)};
        const std::optional<OAuth2Tokens> back = OAuth2Tokens::fromText(tokens.toText());
        QVERIFY(back);
        QCOMPARE(back->accessToken, tokens.accessToken);
        QCOMPARE(back->refreshToken, tokens.refreshToken);
        QCOMPARE(back->expiresAt, tokens.expiresAt);
        QVERIFY(!tokens.isExpired(now));
        QVERIFY(!tokens.isExpired(now.addSecs(3539)));
        QVERIFY2(tokens.isExpired(now.addSecs(3541)), "a token within a minute of its end counts as expired");
        const OAuth2Tokens noExpiry {QStringLiteral("a"), {}, {}};
        QVERIFY(!noExpiry.isExpired(now)); // unknown expiry: used until a server refuses it
        const OAuth2Tokens noAccess {{}, QStringLiteral("r"), {}};
        QVERIFY(noAccess.isExpired(now));
        QVERIFY(!OAuth2Tokens::fromText(QStringLiteral("not json")));
        QVERIFY(!OAuth2Tokens::fromText(QStringLiteral("{}")));
    }
};

QTEST_GUILESS_MAIN(TestOAuth2Settings)
#include "tst_oauth2settings.moc"
