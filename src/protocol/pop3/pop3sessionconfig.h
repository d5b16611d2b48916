#pragma once

#include "protocol/pop3/pop3replyparser.h"

#include <QString>

namespace Letterbox::Pop3 {

/// How the connection is protected (RFC 8314 section 3, RFC 2595 section 4).
enum class Pop3Security {
    ImplicitTls, ///< TLS is on before the first byte (port 995)
    StartTls, ///< STLS is required: no plaintext fallback, ever (port 110)
    None, ///< plaintext; a password or token goes out only with plaintextAllowed
};

/// Who to log in as: a password or an OAuth 2 access token.
struct Pop3Credentials
{
    QString user;
    QString password; ///< used when oauthToken is empty
    QString oauthToken; ///< an access token: XOAUTH2 / OAUTHBEARER (needs SASL in CAPA)

    [[nodiscard]] bool hasOAuthToken() const { return !oauthToken.isEmpty(); }
};

struct Pop3SessionConfig
{
    Pop3Security security = Pop3Security::StartTls;
    Pop3Credentials credentials; ///< POP3 has no anonymous TRANSACTION state
    /// The person's explicit opt-in to credentials over an unencrypted link.
    bool plaintextAllowed = false;
    /// With PIPELINING: commands on the wire before the first one's reply is complete...
    int maxCommandsInFlight = 128;
    /// ...and their octets. Kept well below a socket buffer so that a server that stops
    /// reading while it writes a long RETR can never deadlock us (RFC 2449 section 6.6).
    qsizetype maxBytesInFlight = 4096;
    Pop3ReplyParser::Limits limits;
    /// For OAUTHBEARER's host= and port= (RFC 7628 section 3.1); optional.
    QString serverHost;
    int serverPort = 0;
};

} // namespace Letterbox::Pop3
