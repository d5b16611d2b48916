#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include "accounts/account.h"
#include "accounts/credentialresult.h"
#include "accounts/oauth2tokens.h"

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;
class QTimer;

namespace Letterbox::Accounts {

class CredentialStore;

/// How an OAuth2Authorizer run ended: the tokens, or one translated sentence why not.
struct OAuth2Result
{
    bool ok = false;
    OAuth2Tokens tokens;
    QString message;
};

/**
 * @short Gets OAuth2 tokens for an account from its provider through Qt NetworkAuth:
 * the authorization code grant with a loopback redirect (RFC 8252 section 7.3) for
 * `account login`, and the refresh token grant when the access token ran out or a
 * server refused it.
 *
 * authorize() listens on 127.0.0.1 (QOAuthHttpServerReplyHandler; port 0 = any) and
 * emits openUrl() with the provider's authorization URL: the caller shows it to the
 * person (or opens a browser); the provider then redirects the browser to the loopback
 * listener with the code, which is exchanged for tokens. refresh() only talks to the
 * token endpoint. Both end with finished() exactly once, bounded by timeout() (the
 * person may take a while to log in: 5 minutes by default for authorize(); 30 s for
 * refresh()). An error answer of the token endpoint (HTTP 400 invalid_grant...) ends
 * the run at once rather than waiting for the timeout.
 *
 * validAccessTokenBlocking() is for letterbox-cli: the keychain's tokens, refreshed
 * (and written back) first when expired or when @p forceRefresh says a server refused
 * the access token.
 */
class OAuth2Authorizer final : public QObject
{
    Q_OBJECT

public:
    explicit OAuth2Authorizer(Account account, QObject *parent = nullptr);
    ~OAuth2Authorizer() override;

    void setCallbackPort(quint16 port) { m_callbackPort = port; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    /// Starts the authorization code grant; false (with result() set) when the
    /// loopback listener cannot be opened.
    bool authorize();
    /// Starts the refresh token grant with @p refreshToken.
    bool refresh(const QString &refreshToken);
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] const OAuth2Result &result() const { return m_result; }
    /// Blocks (bounded by timeout()) in a local event loop until finished().
    const OAuth2Result &waitForFinished();

    /// The access token of @p account in CredentialResult::password (see above).
    static CredentialResult validAccessTokenBlocking(
        const Account &account, bool forceRefresh, const CredentialStore &store);

Q_SIGNALS:
    void openUrl(const QUrl &url);
    void finished();

private:
    void setUp();
    void granted();
    void replyFinished(QNetworkReply *reply);
    void finish(OAuth2Result result);

    Account m_account;
    quint16 m_callbackPort = 0;
    std::chrono::milliseconds m_timeout;
    bool m_started = false;
    bool m_finished = false;
    OAuth2Result m_result;
    QNetworkAccessManager *m_network = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QOAuthHttpServerReplyHandler *m_replyHandler = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace Letterbox::Accounts
