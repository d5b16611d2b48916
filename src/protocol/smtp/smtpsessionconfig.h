#pragma once

#include <QString>

#include <optional>

namespace Letterbox::Smtp {

/// How the connection is protected (RFC 8314 section 3, RFC 3207).
enum class SmtpSecurity {
    ImplicitTls, ///< TLS is on before the first byte (port 465)
    StartTls, ///< STARTTLS is required: no plaintext fallback, ever (port 587)
    None, ///< plaintext; AUTH only with plaintextAllowed
};

/// Who to authenticate as: a password or an OAuth 2 access token.
struct SmtpCredentials
{
    QString user;
    QString password; ///< used when oauthToken is empty
    QString oauthToken; ///< an access token: XOAUTH2 / OAUTHBEARER

    [[nodiscard]] bool hasOAuthToken() const { return !oauthToken.isEmpty(); }
};

struct SmtpSessionConfig
{
    QString ehloName = QStringLiteral("[127.0.0.1]"); ///< our name for EHLO/HELO (RFC 5321 section 4.1.4)
    SmtpSecurity security = SmtpSecurity::StartTls;
    std::optional<SmtpCredentials> credentials; ///< nothing: no AUTH
    /// The person's explicit opt-in to credentials over an unencrypted link.
    bool plaintextAllowed = false;
    /// Messages whose commands may be on the wire before the first one's final reply,
    /// when the server pipelines (see SmtpSession).
    int maxMessagesInFlight = 4;
    /// For OAUTHBEARER's host= and port= (RFC 7628 section 3.1); optional.
    QString serverHost;
    int serverPort = 0;
};

} // namespace Letterbox::Smtp
