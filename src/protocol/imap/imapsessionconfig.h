#pragma once

#include "protocol/imap/imapframer.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Letterbox::Imap {

/// How the connection is protected (RFC 8314 section 3, RFC 9051 section 6.2.1).
enum class ImapSecurity {
    ImplicitTls, ///< TLS is on before the first byte (port 993)
    StartTls, ///< STARTTLS is required: no plaintext fallback, ever (port 143)
    None, ///< plaintext; credentials only with plaintextAllowed
};

/// Who to log in as: a password or an OAuth 2 access token.
struct ImapCredentials
{
    QString user;
    QString password; ///< used when oauthToken is empty
    QString oauthToken; ///< an access token: OAUTHBEARER / XOAUTH2

    [[nodiscard]] bool hasOAuthToken() const { return !oauthToken.isEmpty(); }
};

struct ImapSessionConfig
{
    ImapSecurity security = ImapSecurity::StartTls;
    /// Nothing: only a PREAUTH greeting can make the session Ready.
    std::optional<ImapCredentials> credentials;
    /// The person's explicit opt-in to credentials over an unencrypted link.
    bool plaintextAllowed = false;

    // What to ENABLE (RFC 5161) when the server offers it.
    bool enableCondStore = true; ///< RFC 7162 section 3.1
    bool enableQResync = true; ///< RFC 7162 section 3.2 (implies CONDSTORE)
    bool enableUtf8Accept = true; ///< RFC 6855: mailbox names and strings in UTF-8

    /// Sent as "ID (...)" (RFC 2971) when the server offers ID; empty: no ID command.
    QList<std::pair<QByteArray, QByteArray>> id;

    /// Commands on the wire before the first one's tagged reply (see ImapSession for
    /// the commands that are never pipelined). At least 1.
    int maxCommandsInFlight = 8;

    /// The tags' prefix: "A" gives A1, A2, ... in the order commands go out.
    QByteArray tagPrefix = QByteArrayLiteral("A");
    ImapFramerLimits limits;

    /// For OAUTHBEARER's host= and port= (RFC 7628 section 3.1); optional.
    QString serverHost;
    int serverPort = 0;
};

} // namespace Letterbox::Imap
