#pragma once

#include "protocol/common/wireprotocol.h"

#include <QString>
#include <QStringView>

namespace Letterbox::Protocol {

/**
 * @short The second line of defence for credentials in a transcript: masks every
 * password, SASL response and token by the protocol's syntax, whatever the sender marked.
 *
 * The first line is OutgoingData's secret ranges: each session marks what it sends as a
 * secret and TranscriptTap shows "***" for it, so normally the lines arriving here hold
 * "***" already and pass unchanged (a mask is never masked twice). This class reads the
 * shown lines again, before they reach a window, a saved file or `letterbox-cli inspect`,
 * and masks what a session may have forgotten to mark:
 * - IMAP: LOGIN's password (and everything after a literal in a LOGIN, since the literal
 *   could be either half), AUTHENTICATE's initial response and every client line until
 *   the server's tagged reply ends the exchange (RFC 9051 sections 6.2.2, 6.2.3);
 * - POP3: PASS, APOP's digest, AUTH's initial response and the SASL lines until +OK or
 *   -ERR (RFC 1939, RFC 5034);
 * - SMTP: AUTH's initial response and the lines until the server's final reply
 *   (RFC 4954): every mechanism, PLAIN, LOGIN (whose user name step is base64 too),
 *   XOAUTH2 and OAUTHBEARER alike.
 * A SASL cancel ("*") and an empty response stay visible: they hold nothing secret.
 *
 * Stateful (a SASL exchange spans lines): feed every client line to client() and every
 * server line to server(), in the order of the transcript. Pure and sans-I/O.
 */
class CredentialRedactor
{
public:
    explicit CredentialRedactor(WireProtocol protocol)
        : m_protocol(protocol)
    { }

    /// The mask every secret becomes, whatever its length (so the length does not leak).
    [[nodiscard]] static QString mask() { return QStringLiteral("***"); }

    /// @p line (one client line, without its line ending) with its credentials masked.
    [[nodiscard]] QString client(QStringView line);
    /// Follows the server's side to see where a SASL exchange ends.
    void server(QStringView line);

    /// True while client lines are SASL responses (or a LOGIN's literal data).
    [[nodiscard]] bool inSecretExchange() const { return m_secretLines; }

private:
    [[nodiscard]] QString imap(QStringView line);
    [[nodiscard]] QString pop3(QStringView line);
    [[nodiscard]] QString smtp(QStringView line);
    /// The line up to @p keep characters, then the mask for the rest when there is a rest.
    [[nodiscard]] static QString maskedAfter(QStringView line, qsizetype keep);

    WireProtocol m_protocol;
    bool m_secretLines = false;
    QString m_tag; ///< IMAP: the command whose tagged reply ends the secret lines
};

} // namespace Letterbox::Protocol
