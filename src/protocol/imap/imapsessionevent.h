#pragma once

#include "protocol/common/outgoingdata.h"
#include "protocol/imap/imapframer.h"
#include "protocol/imap/imapparser.h"
#include "protocol/imap/imapresponse.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Letterbox::Imap {

/// Write these bytes to the connection, in the order the events come.
struct SendData
{
    Protocol::OutgoingData data;
};

/// Start the TLS handshake now, then call ImapSession::tlsEstablished(). Until then feed
/// nothing to receive(): no byte from before the handshake may be trusted.
struct StartTls
{
};

/**
 * COMPRESS=DEFLATE (RFC 4978) was accepted: from now on the connection deflates every byte
 * it writes (starting with the next SendData) and inflates every byte it reads before
 * receive(). @p compressedInput is what had already arrived after the tagged OK, in the
 * same chunk: compressed bytes the session did not read; inflate it and feed it back.
 */
struct CompressStart
{
    QByteArray compressedInput;
};

/// Greeted, TLS as configured, authenticated, ENABLE and ID done; once per session.
struct Ready
{
    QList<QByteArray> capabilities; ///< upper-cased, as of now
    QList<QByteArray> enabled; ///< what the server said it ENABLED (upper-cased)
    QList<std::pair<QByteArray, std::optional<QByteArray>>> serverId; ///< the server's ID answer, if any
};

/// An untagged response, in arrival order (EXISTS, FETCH, VANISHED, ... and [ALERT]s).
struct UntaggedResponse
{
    ImapResponse response;
};

/// The end of one submit() or idle(): the tagged OK, NO or BAD.
struct CommandDone
{
    quint64 token = 0;
    QByteArray name; ///< "UID FETCH", for logs
    ImapStatusResponse reply;

    [[nodiscard]] bool isOk() const { return reply.status == ImapStatus::Ok; }
};

/**
 * The end of a submit() or idle() without a tagged reply: the connection ended first, the
 * encoder refused the command, the command came after logout(), or its tagged reply was
 * too large to read (framer limits). Every token gets exactly one CommandDone or
 * CommandAborted.
 */
struct CommandAborted
{
    quint64 token = 0;
    QByteArray name;
    QString text; ///< why, for a person
};

/// IDLE is on (the server's "+" came); call done() to end it (RFC 2177).
struct IdleStarted
{
    quint64 token = 0;
};

/**
 * An untagged response was dropped and the session went on: it could not be parsed, or it
 * went past the framer's limits (a huge literal). The commands in flight may be missing data.
 */
struct ProtocolWarning
{
    ImapFramer::ErrorKind limit = ImapFramer::ErrorKind::None; ///< None: a parse error
    ImapParseError parseError; ///< when limit is None
    QByteArray head; ///< the response's first bytes
    QString text; ///< for a log
};

enum class ImapErrorKind {
    Security, ///< STARTTLS missing or refused, bytes injected, PREAUTH in the clear, credentials in the clear
    Authentication, ///< login refused or impossible
    Temporary, ///< [UNAVAILABLE] at login: try again later
    Protocol, ///< the server broke the protocol (broken tagged reply, unknown tag, framer gave up)
    ServerBye, ///< the server said BYE (greeting or later) and the connection ended
    ConnectionLost, ///< connectionLost() before the session ended
};

/// The session is over; close the connection. Nothing follows it.
struct SessionFailed
{
    ImapErrorKind kind = ImapErrorKind::Protocol;
    std::optional<ImapStatusResponse> response; ///< the reply that decided it, if any
    QString text; ///< a plain sentence for a person, with the server's words
};

/// LOGOUT answered (or the connection closed after LOGOUT); the session is over.
struct Closed
{
};

using ImapSessionEvent = std::variant<SendData, StartTls, CompressStart, Ready, UntaggedResponse, CommandDone,
    CommandAborted, IdleStarted, ProtocolWarning, SessionFailed, Closed>;

} // namespace Letterbox::Imap
