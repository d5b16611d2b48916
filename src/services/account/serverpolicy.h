#pragma once

#include "accounts/account.h"
#include "protocol/net/endpoint.h"
#include "protocol/net/tlspolicy.h"
#include "services/imap/sentcopyuploader.h"
#include "services/pop3/pop3serversettings.h"
#include "services/submission/submissionservice.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Letterbox::Services {

/**
 * @short Turns an account's settings into what the connection layer and the sessions
 * take: endpoint, TLS policy (system CAs + the account's CA file + its pin), security
 * mode, credentials. One place, so SMTP, IMAP and POP3 read an account the same way.
 *
 * The "password" every function takes is the account's secret: for an account with
 * PasswordSource::OAuth2 it is the access token (OAuth2Authorizer::validAccessTokenBlocking()),
 * and goes into the credentials' oauthToken instead.
 */
class ServerPolicy
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Services::ServerPolicy)

public:
    [[nodiscard]] static Net::Endpoint endpoint(const Accounts::ServerSettings &server);
    [[nodiscard]] static Net::SecurityMode securityMode(Accounts::Security security);
    /// The policy for @p server of @p account; nothing with @p error set when its CA
    /// file cannot be read (a broken setting is refused, not ignored).
    [[nodiscard]] static std::optional<Net::TlsPolicy> tlsPolicy(
        const Accounts::Account &account, const Accounts::ServerSettings &server, QString *error);
    /// Everything SubmissionService needs for @p account, logging in with @p password
    /// (empty: no AUTH).
    [[nodiscard]] static std::optional<SubmissionSettings> submission(
        const Accounts::Account &account, const QString &password, QString *error);
    /// The IMAP side of @p account (its incoming server), logging in with @p password.
    [[nodiscard]] static std::optional<ImapServerSettings> imap(
        const Accounts::Account &account, const QString &password, QString *error);
    /// The POP3 side of @p account (its incoming server and retention), logging in with @p password.
    [[nodiscard]] static std::optional<Pop3ServerSettings> pop3(
        const Accounts::Account &account, const QString &password, QString *error);
};

} // namespace Letterbox::Services
