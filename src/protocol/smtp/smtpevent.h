#pragma once

#include "protocol/common/outgoingdata.h"
#include "protocol/smtp/smtpcapabilities.h"
#include "protocol/smtp/smtpreply.h"

#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace Letterbox::Smtp {

/// Write these bytes to the connection, in the order the events come.
struct SendData
{
    Protocol::OutgoingData data;
};

/// Start the TLS handshake now, then call SmtpSession::tlsEstablished(). Until then feed
/// nothing to receive(): no byte from before the handshake may be trusted.
struct StartTls
{
};

/// Greeted, TLS as configured, authenticated when credentials were given; once per session.
struct Ready
{
    SmtpCapabilities capabilities;
};

/// Nothing queued and nothing in flight (after Ready); a good moment for quit().
struct Idle
{
};

enum class SmtpOutcome {
    Accepted, ///< final 2xx, every recipient accepted
    PartlyAccepted, ///< final 2xx, some recipients refused (see recipients)
    TemporaryFailure, ///< not delivered, worth retrying (4xx, or the connection went before the data was out)
    PermanentFailure, ///< not delivered; retrying will not help (5xx, or refused before sending)
    MaybeSent, ///< the whole message went out but the final reply never came
};

struct SmtpRecipientResult
{
    QString address;
    std::optional<SmtpReply> reply; ///< nothing when no reply came for it

    [[nodiscard]] bool isAccepted() const { return reply && reply->isPositiveCompletion(); }
};

/// The end of one submit(), exactly once per token.
struct MessageResult
{
    quint64 token = 0;
    SmtpOutcome outcome = SmtpOutcome::TemporaryFailure;
    QList<SmtpRecipientResult> recipients;
    std::optional<SmtpReply> reply; ///< the reply that decided it, if any
    QString text; ///< a plain sentence for a person, with the server's words
};

enum class SmtpErrorKind {
    Security, ///< STARTTLS missing or refused, bytes injected, credentials in the clear
    Authentication, ///< AUTH refused (535 and friends) or impossible
    Protocol, ///< the server broke the protocol (malformed or unexpected reply)
    ServiceClosing, ///< 421
    Temporary, ///< another 4xx at greeting/EHLO/AUTH
    Permanent, ///< another 5xx at greeting/EHLO (e.g. 554 greeting)
    ConnectionLost, ///< connectionLost() before the session ended
};

/// The session is over; close the connection. Nothing follows it.
struct SessionFailed
{
    SmtpErrorKind kind = SmtpErrorKind::Protocol;
    std::optional<SmtpReply> reply;
    QString text;
};

/// QUIT answered (or the connection closed after QUIT); the session is over.
struct Closed
{
};

using SmtpEvent = std::variant<SendData, StartTls, Ready, Idle, MessageResult, SessionFailed, Closed>;

} // namespace Letterbox::Smtp
