#pragma once

#include "protocol/common/outgoingdata.h"
#include "protocol/pop3/pop3capabilities.h"
#include "protocol/pop3/pop3reply.h"

#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace Letterbox::Pop3 {

/// Write these bytes to the connection, in the order the events come.
struct SendData
{
    Protocol::OutgoingData data;
};

/// Start the TLS handshake now, then call Pop3Session::tlsEstablished(). Until then feed
/// nothing to receive(): no byte from before the handshake may be trusted.
struct StartTls
{
};

/// Logged in (TRANSACTION state, RFC 1939 section 5); once per session.
struct Ready
{
    Pop3Capabilities capabilities; ///< from the CAPA after TLS; isKnown() false if CAPA failed
};

/// Nothing queued and nothing in flight (after Ready); a good moment for quit().
struct Idle
{
};

/// STAT: "+OK count size".
struct StatResult
{
    quint64 token = 0;
    int count = 0;
    qint64 size = 0;
};

struct Pop3ListEntry
{
    int number = 0;
    qint64 size = 0;
    friend bool operator==(const Pop3ListEntry &, const Pop3ListEntry &) = default;
};

/// LIST (every message) or LIST n (one entry).
struct ListResult
{
    quint64 token = 0;
    QList<Pop3ListEntry> entries;
};

struct Pop3UidlEntry
{
    int number = 0;
    QByteArray uidl; ///< exactly the server's octets: 1-70 of 0x21-0x7E (RFC 1939 section 7)
    friend bool operator==(const Pop3UidlEntry &, const Pop3UidlEntry &) = default;
};

/// A UIDL line that was not accepted. The value is never a usable identity.
struct Pop3InvalidUidl
{
    int number = 0; ///< 0 when the line had no valid message number
    QByteArray excerpt; ///< the first 80 octets of the line, for a log (not trusted)
    QString reason; ///< for a person
};

/// UIDL (every message) or UIDL n. Invalid or duplicate identities are in invalid, never
/// in entries: the caller decides what to do with those messages (a fallback identity).
struct UidlResult
{
    quint64 token = 0;
    QList<Pop3UidlEntry> entries;
    QList<Pop3InvalidUidl> invalid;
};

/// RETR / TOP got "+OK": the message follows in RetrData events and ends with RetrDone.
struct RetrStarted
{
    quint64 token = 0;
    int number = 0;
    std::optional<qint64> announcedSize; ///< "+OK 1234 octets", when the server says so
};

/// The next piece of the message: dot-unstuffed, line ends as the server sent them.
struct RetrData
{
    quint64 token = 0;
    QByteArray data;
};

/// The whole message arrived (its terminating "." was read).
struct RetrDone
{
    quint64 token = 0;
    int number = 0;
    qint64 size = 0; ///< octets delivered in RetrData
};

/// DELE got "+OK": the message is *marked*; it is deleted only if QUIT succeeds (see
/// DeletionsResult).
struct DeleResult
{
    quint64 token = 0;
    int number = 0;
};

/// NOOP or RSET got "+OK" (after RSET no message is marked any more).
struct CommandOk
{
    quint64 token = 0;
    Pop3Reply reply;
};

/// A command did not succeed: -ERR, or the session ended before its reply was complete
/// (reply empty; for RETR this may follow RetrStarted and some RetrData: discard them).
struct CommandFailed
{
    quint64 token = 0;
    std::optional<Pop3Reply> reply;
    QString text;
};

/**
 * Whether the messages marked with DELE were really removed (RFC 1939 section 6: only
 * the UPDATE state after QUIT deletes). Exactly once per session that reached Ready,
 * just before Closed or SessionFailed.
 */
struct DeletionsResult
{
    enum class Outcome {
        Committed, ///< QUIT got +OK: every number in deleted is gone from the server
        NotCommitted, ///< QUIT never went out: the server keeps every message
        Unknown, ///< QUIT went out but -ERR or no reply came: some may be gone
    };
    Outcome outcome = Outcome::NotCommitted;
    QList<int> deleted; ///< message numbers whose DELE got +OK (and no RSET followed)
    std::optional<Pop3Reply> reply; ///< QUIT's reply, if any
};

enum class Pop3ErrorKind {
    Security, ///< STLS missing or refused, bytes injected, credentials in the clear
    Authentication, ///< the login was refused (-ERR, -ERR [AUTH]) or impossible
    Protocol, ///< the server broke the protocol (malformed or unexpected reply)
    Temporary, ///< -ERR [IN-USE], [LOGIN-DELAY], [SYS/TEMP], or a refusing greeting
    ConnectionLost, ///< connectionLost() before the session ended
};

/// The session is over; close the connection. Nothing follows it.
struct SessionFailed
{
    Pop3ErrorKind kind = Pop3ErrorKind::Protocol;
    std::optional<Pop3Reply> reply;
    QString text;
};

/// QUIT answered +OK; the session is over.
struct Closed
{
};

using Pop3Event = std::variant<SendData, StartTls, Ready, Idle, StatResult, ListResult, UidlResult, RetrStarted,
    RetrData, RetrDone, DeleResult, CommandOk, CommandFailed, DeletionsResult, SessionFailed, Closed>;

} // namespace Letterbox::Pop3
