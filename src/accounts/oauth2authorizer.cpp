#include "accounts/oauth2authorizer.h"

#include "accounts/credentialstore.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QOAuthOobReplyHandler>
#include <QTimer>

namespace Letterbox::Accounts {

namespace {
constexpr std::chrono::minutes s_authorizeTimeout {5};
constexpr std::chrono::seconds s_refreshTimeout {30};
} // namespace

OAuth2Authorizer::OAuth2Authorizer(Account account, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_timeout(s_authorizeTimeout)
{ }

OAuth2Authorizer::~OAuth2Authorizer() = default;

void OAuth2Authorizer::setUp()
{
    m_started = true;
    m_network = new QNetworkAccessManager(this);
    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setAuthorizationUrl(QUrl(m_account.oauth2.authorizationUrl));
    m_flow->setAccessTokenUrl(QUrl(m_account.oauth2.tokenUrl));
    m_flow->setClientIdentifier(m_account.oauth2.clientId);
    m_flow->setScope(m_account.oauth2.scopes);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &OAuth2Authorizer::openUrl);
    connect(m_flow, &QAbstractOAuth::granted, this, &OAuth2Authorizer::granted);
    connect(
        m_flow, &QAbstractOAuth2::error, this, [this](const QString &error, const QString &description, const QUrl &) {
            finish({false, {},
                tr("The OAuth2 provider of account %1 refused: %2 %3").arg(m_account.name, error, description)});
        });
    // Qt NetworkAuth 6.4 only logs a failed token request; watching the replies turns
    // an error answer into an error now instead of a timeout later.
    connect(m_network, &QNetworkAccessManager::finished, this, &OAuth2Authorizer::replyFinished);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        finish({false, {}, tr("The OAuth2 provider of account %1 did not answer in time.").arg(m_account.name)});
    });
    m_timer->start(m_timeout);
}

bool OAuth2Authorizer::authorize()
{
    if (m_started) {
        return false;
    }
    setUp();
    m_replyHandler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, m_callbackPort, this);
    if (!m_replyHandler->isListening()) {
        finish({false, {},
            tr("Cannot listen on 127.0.0.1 port %1 for the OAuth2 answer of account %2.")
                .arg(m_callbackPort)
                .arg(m_account.name)});
        return false;
    }
    m_flow->setReplyHandler(m_replyHandler);
    m_flow->grant();
    return true;
}

bool OAuth2Authorizer::refresh(const QString &refreshToken)
{
    if (m_started) {
        return false;
    }
    if (m_timeout == s_authorizeTimeout) {
        m_timeout = s_refreshTimeout;
    }
    setUp();
    if (refreshToken.isEmpty()) {
        finish({false, {},
            tr("Account %1 has no OAuth2 refresh token; run 'letterbox-cli account login %1'.").arg(m_account.name)});
        return false;
    }
    // No redirect happens in a refresh; the flow still asks its handler for a callback.
    m_flow->setReplyHandler(new QOAuthOobReplyHandler(this));
    m_flow->setRefreshToken(refreshToken);
    m_flow->refreshAccessToken();
    return true;
}

void OAuth2Authorizer::granted()
{
    OAuth2Result result {true, {m_flow->token(), m_flow->refreshToken(), m_flow->expirationAt()}, {}};
    if (result.tokens.accessToken.isEmpty()) {
        result = {false, {}, tr("The OAuth2 provider of account %1 sent no access token.").arg(m_account.name)};
    }
    finish(result);
}

void OAuth2Authorizer::replyFinished(QNetworkReply *reply)
{
    if (reply->error() == QNetworkReply::NoError || m_finished) {
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    finish({false, {},
        tr("The OAuth2 token endpoint of account %1 refused (HTTP %2): %3")
            .arg(m_account.name)
            .arg(status)
            .arg(reply->errorString())});
}

void OAuth2Authorizer::finish(OAuth2Result result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_result = std::move(result);
    if (m_timer) {
        m_timer->stop();
    }
    // Not from inside authorize()/refresh(): callers connect after starting.
    QMetaObject::invokeMethod(this, &OAuth2Authorizer::finished, Qt::QueuedConnection);
}

const OAuth2Result &OAuth2Authorizer::waitForFinished()
{
    if (!m_finished) {
        QEventLoop loop;
        connect(this, &OAuth2Authorizer::finished, &loop, &QEventLoop::quit);
        // finish() queues finished(); a run that is over already needs no loop.
        QTimer::singleShot(m_timeout + std::chrono::seconds(1), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_result;
}

CredentialResult OAuth2Authorizer::validAccessTokenBlocking(
    const Account &account, bool forceRefresh, const CredentialStore &store)
{
    CredentialResult read = store.readTokensBlocking(account.name);
    if (read.code == CredentialResult::Code::NotFound) {
        read.message
            = tr("Account %1 has no OAuth2 tokens yet; run 'letterbox-cli account login %1'.").arg(account.name);
    }
    if (!read.ok()) {
        return read;
    }
    std::optional<OAuth2Tokens> tokens = OAuth2Tokens::fromText(read.password);
    read.password.fill(QLatin1Char('\0'));
    if (!tokens) {
        return {CredentialResult::Code::Failed, {},
            tr("The OAuth2 tokens of account %1 in the keychain are damaged; run 'letterbox-cli account login %1'.")
                .arg(account.name)};
    }
    if (!forceRefresh && !tokens->isExpired(QDateTime::currentDateTimeUtc())) {
        return {CredentialResult::Code::Ok, tokens->accessToken, {}};
    }
    OAuth2Authorizer authorizer(account);
    authorizer.refresh(tokens->refreshToken);
    const OAuth2Result &refreshed = authorizer.waitForFinished();
    if (!refreshed.ok) {
        return {CredentialResult::Code::Failed, {}, refreshed.message};
    }
    OAuth2Tokens renewed = refreshed.tokens;
    if (renewed.refreshToken.isEmpty()) {
        renewed.refreshToken = tokens->refreshToken; // RFC 6749 section 6: the old one stays valid
    }
    if (CredentialResult written = store.writeTokensBlocking(account.name, renewed.toText()); !written.ok()) {
        return written;
    }
    return {CredentialResult::Code::Ok, renewed.accessToken, {}};
}

} // namespace Letterbox::Accounts
