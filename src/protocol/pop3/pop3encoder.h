#pragma once

#include "protocol/common/outgoingdata.h"
#include "protocol/common/sasl.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Letterbox::Pop3 {

/// A command line, or why it could not be built.
struct Pop3Encoded
{
    Protocol::OutgoingData data; ///< with CRLF; empty when error is set
    QString error; ///< for a person (translated)

    [[nodiscard]] bool isValid() const { return error.isEmpty(); }
};

/**
 * @short POP3 commands as bytes (RFC 1939 sections 4-6, RFC 2449 CAPA, RFC 2595 STLS,
 * RFC 5034 AUTH).
 *
 * Pure functions. A user name or password containing CR, LF, NUL or another control
 * character is refused: it would end our command and start another (command injection).
 * Message numbers are positive integers (RFC 1939 section 3), so they need no check
 * beyond that. PASS, AUTH's initial response and every continuation answer come back
 * with the secret marked (OutgoingData::withSecret), so transcripts show "***".
 *
 * AUTH uses the initial-response argument (RFC 5034 section 4) unless the command line
 * would exceed 255 octets (RFC 2449 section 4's command limit); then auth() returns the
 * bare "AUTH <mech>", and the session sends the response after the server's empty "+ ".
 * An empty initial response is sent as "=". apop() answers a greeting's timestamp (RFC 1939
 * section 7); the session uses it only where it beats sending the password in the clear.
 */
class Pop3Encoder
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Pop3::Pop3Encoder)

public:
    static constexpr qsizetype MaxCommandLength = 255; ///< RFC 2449 section 4, CRLF included

    [[nodiscard]] static Protocol::OutgoingData capa();
    [[nodiscard]] static Protocol::OutgoingData stls();
    [[nodiscard]] static Pop3Encoded user(const QString &name);
    [[nodiscard]] static Pop3Encoded pass(const QString &password);
    /// "APOP name digest" (RFC 1939 section 7): the MD5 of the greeting's @p timestamp
    /// ("<...@...>", angle brackets included) followed by @p password, in lowercase hex;
    /// the digest is marked secret for the transcript.
    [[nodiscard]] static Pop3Encoded apop(const QString &name, const QByteArray &timestamp, const QString &password);
    /// Whether "AUTH <mech> <response>" fits in one command line.
    [[nodiscard]] static bool fitsInitialResponse(Protocol::SaslMechanism mechanism, const QByteArray &response);
    /// "AUTH <mech> <initial response>", or "AUTH <mech>" when @p initialResponse is null
    /// or does not fit (see fitsInitialResponse()).
    [[nodiscard]] static Protocol::OutgoingData auth(
        Protocol::SaslMechanism mechanism, const QByteArray &initialResponse = {});
    /// A line answering a "+ " continuation (base64; "*" cancels, RFC 5034 section 4).
    [[nodiscard]] static Protocol::OutgoingData authResponse(const QByteArray &response);
    [[nodiscard]] static Protocol::OutgoingData stat();
    /// "LIST" (number 0) or "LIST n"; likewise uidl().
    [[nodiscard]] static Protocol::OutgoingData list(int number = 0);
    [[nodiscard]] static Protocol::OutgoingData uidl(int number = 0);
    [[nodiscard]] static Protocol::OutgoingData top(int number, int lines);
    [[nodiscard]] static Protocol::OutgoingData retr(int number);
    [[nodiscard]] static Protocol::OutgoingData dele(int number);
    [[nodiscard]] static Protocol::OutgoingData noop();
    [[nodiscard]] static Protocol::OutgoingData rset();
    [[nodiscard]] static Protocol::OutgoingData quit();

    /// Why @p argument cannot go into a command, or an empty string.
    [[nodiscard]] static QString argumentProblem(const QString &argument);
};

} // namespace Letterbox::Pop3
