#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Letterbox::Services {

/// A message ready for the outbox: the bytes that go out and the SMTP envelope.
struct OutgoingMessage
{
    QByteArray bytes; ///< RFC 5322, CRLF line ends, no Bcc field
    QString envelopeFrom; ///< MAIL FROM
    QStringList recipients; ///< RCPT TO: To, Cc and Bcc, each once
    QString messageId; ///< without angle brackets
};

/**
 * @short Turns a finished RFC 5322 message (`letterbox-cli send --raw FILE`) into an
 * OutgoingMessage.
 *
 * The envelope is read from the header: MAIL FROM is the Sender, else the first From
 * address, else the account's address; the recipients are every address of To, Cc and
 * Bcc once (compared without regard to case). Bcc and Resent-Bcc fields are cut from the
 * bytes (RFC 5322 section 3.6.3: the blind copies must not see each other), line ends are
 * made CRLF, and a missing Message-ID or Date is added — the Message-ID before the
 * message reaches the outbox, so a resend after "may have been sent" keeps it and the
 * recipient's client can see the duplicate for what it is.
 */
class OutgoingMessagePreparer
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Services::OutgoingMessagePreparer)

public:
    /// @p accountAddress is the account's own address, the fallback sender.
    explicit OutgoingMessagePreparer(const QString &accountAddress);

    /// The prepared message, or nothing with errorMessage() set (no recipient, no header).
    std::optional<OutgoingMessage> prepare(const QByteArray &rfc5322);
    [[nodiscard]] QString errorMessage() const { return m_error; }

    /// @p bytes with every line ending made CRLF (a lone CR or LF becomes CRLF).
    [[nodiscard]] static QByteArray withCrlf(const QByteArray &bytes);
    /// The header block of @p bytes without the fields named in @p names (case-insensitive,
    /// folded continuation lines included), followed by the untouched body.
    /// @p when as an RFC 5322 date-time, e.g. "Tue, 01 Dec 2026 10:00:00 +0100".
    [[nodiscard]] static QByteArray rfc5322Date(const QDateTime &when);
    [[nodiscard]] static QByteArray withoutFields(const QByteArray &bytes, const QList<QByteArray> &names);

private:
    QString m_accountAddress;
    QString m_error;
};

} // namespace Letterbox::Services
