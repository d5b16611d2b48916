// OAuth2 end to end: the real letterbox-cli, a private keyring for the tokens, the small
// authorization server of tests/mailstack/oauth2-server.py (test-only "approve" mode,
// JWT access tokens) on the port the lab's Dovecot asks for introspection, and the lab's
// Dovecot (IMAP) and Postfix (submission, SASL through Dovecot) checking every token.
//
// The browser step of `account login` is an HTTP GET of the address the command prints:
// the server redirects it to the command's loopback listener (QOAuthHttpServerReplyHandler)
// with the code, which QOAuth2AuthorizationCodeFlow exchanges for tokens.
#include "clirun.h"
#include "labenvironment.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <signal.h>

namespace {

using CliTest::Run;

constexpr int s_httpTimeoutMs = 10000;

} // namespace

class TestOAuth2Lab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loginGetsTokensAndKeepsThemOutOfTheSettings();
    void tokensLogIntoImapAndSubmission();
    void revokedTokenIsRefreshedOnce();
    void expiredTokenIsRefreshedBeforeLogin();
    void passwordUsersStillLogIn();

private:
    Run cli(const QStringList &arguments) const { return CliTest::runCliIn(m_profile.path(), arguments); }
    QJsonObject stats();
    void control(const QString &path, const QByteArray &form = {});
    QByteArray http(const QUrl &url, const QByteArray *post, int *status = nullptr);
    QJsonObject testAccount(const QString &name);

    LabEnvironment m_lab;
    QTemporaryDir m_profile;
    QTemporaryDir m_serverDir;
    QProcess m_server;
    QUrl m_base;
    QNetworkAccessManager m_network;
};

QByteArray TestOAuth2Lab::http(const QUrl &url, const QByteArray *post, int *status)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(s_httpTimeoutMs);
    QNetworkReply *reply = post ? m_network.post(request, *post) : m_network.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(s_httpTimeoutMs + 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->isFinished() ? reply->readAll() : QByteArray();
    if (status) {
        *status = reply->isFinished() ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : -1;
    }
    reply->abort();
    reply->deleteLater();
    return body;
}

QJsonObject TestOAuth2Lab::stats()
{
    return QJsonDocument::fromJson(http(m_base.resolved(QUrl(QStringLiteral("/control/stats"))), nullptr)).object();
}

void TestOAuth2Lab::control(const QString &path, const QByteArray &form)
{
    int status = 0;
    http(m_base.resolved(QUrl(path)), &form, &status);
    QCOMPARE(status, 200);
}

QJsonObject TestOAuth2Lab::testAccount(const QString &name)
{
    const Run tested = cli({QStringLiteral("account"), QStringLiteral("test"), name, QStringLiteral("--json")});
    const QJsonObject report = QJsonDocument::fromJson(tested.out.toUtf8()).object();
    QJsonObject result {{QStringLiteral("exit"), tested.exitCode}, {QStringLiteral("err"), tested.err}};
    for (const QJsonValue &server : report.value(QStringLiteral("servers")).toArray()) {
        const QJsonObject probe = server.toObject();
        result.insert(probe.value(QStringLiteral("role")).toString(), probe);
    }
    return result;
}

void TestOAuth2Lab::initTestCase()
{
    QVERIFY2(qgetenv("LETTERBOX_TEST_KEYRING") == "1", "runs under tests/support/with-keyring");
    QString error;
    auto lab = LabEnvironment::load(&error);
    QVERIFY2(lab, qPrintable(error));
    m_lab = *lab;
    const QUrl introspection(m_lab.values.value(QStringLiteral("LETTERBOX_LAB_OAUTH2_URL")));
    QVERIFY2(introspection.isValid() && introspection.port() > 0,
        "the lab was started without LETTERBOX_LAB_OAUTH2_URL (tests/mailstack/CMakeLists.txt sets it)");
    m_base = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(introspection.port()));
    QVERIFY(m_profile.isValid() && m_serverDir.isValid());

    const QString portFile = m_serverDir.filePath(QStringLiteral("port"));
    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server.start(QStringLiteral("python3"),
        {QStringLiteral(LETTERBOX_OAUTH2_SERVER), QStringLiteral("--port"), QString::number(introspection.port()),
            QStringLiteral("--port-file"), portFile, QStringLiteral("--approve-as"), QStringLiteral("alice"),
            QStringLiteral("--tokens"), QStringLiteral("jwt")});
    QVERIFY2(m_server.waitForStarted(5000), qPrintable(m_server.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(portFile) || m_server.state() != QProcess::Running, 10000);
    QVERIFY2(QFile::exists(portFile), "the authorization server did not start (port in use?)");

    const QString url = m_base.toString(QUrl::StripTrailingSlash);
    const Run added = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("oauth"),
        QStringLiteral("--email"), QStringLiteral("alice@") + m_lab.domain, QStringLiteral("--host"), m_lab.host,
        QStringLiteral("--incoming"), QStringLiteral("imap"), QStringLiteral("--port"),
        QString::number(m_lab.port(QStringLiteral("imaps"))), QStringLiteral("--smtp-port"),
        QString::number(m_lab.port(QStringLiteral("submissions"))), QStringLiteral("--ca-file"), m_lab.caFile,
        QStringLiteral("--oauth2-auth-url"), url + QStringLiteral("/authorize"), QStringLiteral("--oauth2-token-url"),
        url + QStringLiteral("/token"), QStringLiteral("--oauth2-client-id"), QStringLiteral("letterbox-test"),
        QStringLiteral("--oauth2-scope"), QStringLiteral("mail offline_access")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestOAuth2Lab::cleanupTestCase()
{
    if (m_server.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_server.processId()), SIGTERM);
        if (!m_server.waitForFinished(5000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }
}

void TestOAuth2Lab::loginGetsTokensAndKeepsThemOutOfTheSettings()
{
    // Before login there is nothing to log in with, and the message says what to do.
    const QJsonObject before = testAccount(QStringLiteral("oauth"));
    QCOMPARE(before.value(QStringLiteral("exit")).toInt(), 1);
    QVERIFY2(before.value(QStringLiteral("err")).toString().contains(QLatin1String("account login oauth")),
        qPrintable(before.value(QStringLiteral("err")).toString()));

    QProcess login;
    login.start(QStringLiteral(LETTERBOX_CLI_PATH),
        {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("account"), QStringLiteral("login"),
            QStringLiteral("oauth")});
    QVERIFY(login.waitForStarted(5000));
    QUrl authorization;
    QString printed;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            printed += QString::fromUtf8(login.readAllStandardError());
            for (const QString &line : printed.split(QLatin1Char('\n'))) {
                if (line.startsWith(QLatin1String("http"))) {
                    authorization = QUrl(line.trimmed());
                }
            }
            return authorization.isValid() || login.state() == QProcess::NotRunning;
        }(),
        20000);
    QVERIFY2(authorization.isValid(), qPrintable(printed));
    const QUrlQuery query(authorization);
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("letterbox-test"));
    QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), QStringLiteral("mail offline_access"));
    QVERIFY(QUrl(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)).host()
        == QLatin1String("127.0.0.1"));

    // The browser: follows the provider's redirect to the command's loopback listener.
    int status = 0;
    http(authorization, nullptr, &status);
    QCOMPARE(status, 200);
    QVERIFY2(login.waitForFinished(30000), "account login did not finish");
    const QString out = QString::fromUtf8(login.readAllStandardOutput());
    printed += QString::fromUtf8(login.readAllStandardError());
    QVERIFY2(login.exitStatus() == QProcess::NormalExit && login.exitCode() == 0, qPrintable(printed));
    QVERIFY(out.contains(QLatin1String("oauth")));
    QCOMPARE(stats().value(QStringLiteral("token_code")).toInt(), 1);

    // The settings hold the provider, never a token (JWTs start "eyJ").
    QFile settings(m_profile.filePath(QStringLiteral("config/letterbox.ini")));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray text = settings.readAll();
    QVERIFY2(text.contains("clientId=letterbox-test"), text.constData());
    QVERIFY2(text.contains("source=oauth2"), text.constData());
    QVERIFY2(!text.contains("eyJ") && !text.contains("refresh_token"), text.constData());
}

void TestOAuth2Lab::tokensLogIntoImapAndSubmission()
{
    const int introspected = stats().value(QStringLiteral("introspect_active")).toInt();
    const QJsonObject result = testAccount(QStringLiteral("oauth"));
    QVERIFY2(
        result.value(QStringLiteral("exit")).toInt() == 0, qPrintable(result.value(QStringLiteral("err")).toString()));
    for (const char *role : {"incoming", "outgoing"}) {
        const QJsonObject probe = result.value(QLatin1String(role)).toObject();
        QVERIFY2(probe.value(QStringLiteral("login_ok")).toBool(), role);
    }
    const QJsonObject after = stats();
    // Dovecot asked the provider (for IMAP and for Postfix's SASL), and no refresh was needed.
    QVERIFY(after.value(QStringLiteral("introspect_active")).toInt() >= introspected + 2);
    QCOMPARE(after.value(QStringLiteral("token_refresh")).toInt(), 0);
}

void TestOAuth2Lab::revokedTokenIsRefreshedOnce()
{
    control(QStringLiteral("/control/expire-access"));
    const int refreshes = stats().value(QStringLiteral("token_refresh")).toInt();
    const QJsonObject result = testAccount(QStringLiteral("oauth"));
    QVERIFY2(
        result.value(QStringLiteral("exit")).toInt() == 0, qPrintable(result.value(QStringLiteral("err")).toString()));
    QVERIFY(result.value(QStringLiteral("incoming")).toObject().value(QStringLiteral("login_ok")).toBool());
    QCOMPARE(stats().value(QStringLiteral("token_refresh")).toInt(), refreshes + 1);
    // The new token was stored: the next run needs no refresh.
    const QJsonObject again = testAccount(QStringLiteral("oauth"));
    QCOMPARE(again.value(QStringLiteral("exit")).toInt(), 0);
    QCOMPARE(stats().value(QStringLiteral("token_refresh")).toInt(), refreshes + 1);
}

void TestOAuth2Lab::expiredTokenIsRefreshedBeforeLogin()
{
    // Tokens now live 30 s: inside the client's one-minute margin, so "expired" at once.
    control(QStringLiteral("/control/lifetime"), "seconds=30");
    control(QStringLiteral("/control/expire-access"));
    QCOMPARE(testAccount(QStringLiteral("oauth")).value(QStringLiteral("exit")).toInt(), 0);
    const QJsonObject before = stats();
    const QJsonObject result = testAccount(QStringLiteral("oauth"));
    QVERIFY2(
        result.value(QStringLiteral("exit")).toInt() == 0, qPrintable(result.value(QStringLiteral("err")).toString()));
    const QJsonObject after = stats();
    QCOMPARE(after.value(QStringLiteral("token_refresh")).toInt(),
        before.value(QStringLiteral("token_refresh")).toInt() + 1);
    // Refreshed before the login: Dovecot never saw an inactive token this time.
    QCOMPARE(after.value(QStringLiteral("introspect")).toInt() - before.value(QStringLiteral("introspect")).toInt(),
        after.value(QStringLiteral("introspect_active")).toInt()
            - before.value(QStringLiteral("introspect_active")).toInt());
    control(QStringLiteral("/control/lifetime"), "seconds=3600");
}

void TestOAuth2Lab::passwordUsersStillLogIn()
{
    const Run added
        = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("password"), QStringLiteral("--email"),
            QStringLiteral("bob@") + m_lab.domain, QStringLiteral("--host"), m_lab.host, QStringLiteral("--incoming"),
            QStringLiteral("imap"), QStringLiteral("--port"), QString::number(m_lab.port(QStringLiteral("imaps"))),
            QStringLiteral("--smtp-port"), QString::number(m_lab.port(QStringLiteral("submissions"))),
            QStringLiteral("--ca-file"), m_lab.caFile, QStringLiteral("--password-command"),
            QStringLiteral("printf '%s\\n' '%1'").arg(m_lab.password(QStringLiteral("bob")))});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const int introspected = stats().value(QStringLiteral("introspect")).toInt();
    const QJsonObject result = testAccount(QStringLiteral("password"));
    QVERIFY2(
        result.value(QStringLiteral("exit")).toInt() == 0, qPrintable(result.value(QStringLiteral("err")).toString()));
    // Password logins never reach the oauth2 passdb.
    QCOMPARE(stats().value(QStringLiteral("introspect")).toInt(), introspected);
}

QTEST_GUILESS_MAIN(TestOAuth2Lab)
#include "tst_oauth2lab.moc"
