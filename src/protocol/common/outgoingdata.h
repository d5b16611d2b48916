#pragma once

#include <QByteArray>
#include <QList>

namespace Letterbox::Protocol {

/// A byte range [start, start + length) of an OutgoingData that holds a secret.
struct SecretRange
{
    qsizetype start = 0;
    qsizetype length = 0;
};

/**
 * @short Bytes a sans-I/O session wants written, and what a transcript may show of them.
 *
 * The sessions of protocol/{imap,pop3,smtp} know which bytes are a password or a token
 * (AUTH PLAIN's argument, a LOGIN continuation, XOAUTH2's blob); the connection in
 * protocol/net only sees bytes. So the session marks the secrets and the transcript tap
 * shows them as "***" (DESIGN.md principle 4: transcripts redact credentials). Payload is
 * message content (SMTP DATA/BDAT, IMAP APPEND literals): counted byte for byte, but a
 * transcript abbreviates it instead of keeping megabytes of mail.
 */
struct OutgoingData
{
    enum class Kind {
        Command, ///< protocol text: shown, with the secrets masked
        Payload, ///< message content: counted, shown abbreviated
    };

    QByteArray bytes;
    Kind kind = Kind::Command;
    QList<SecretRange> secrets;

    [[nodiscard]] static OutgoingData command(const QByteArray &bytes) { return {bytes, Kind::Command, {}}; }
    [[nodiscard]] static OutgoingData payload(const QByteArray &bytes) { return {bytes, Kind::Payload, {}}; }
    /// @p prefix shown, @p secret masked, @p suffix (usually CRLF) shown.
    [[nodiscard]] static OutgoingData withSecret(
        const QByteArray &prefix, const QByteArray &secret, const QByteArray &suffix);

    /**
     * The bytes as a transcript may show them: every secret range replaced by "***"
     * (whatever its length, so the length does not leak either). Ranges that overlap or
     * run past the end are clamped, never trusted.
     */
    [[nodiscard]] QByteArray redacted() const;
};

} // namespace Letterbox::Protocol
