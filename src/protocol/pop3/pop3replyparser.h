#pragma once

#include "protocol/common/dotunstuffer.h"
#include "protocol/common/linebuffer.h"
#include "protocol/pop3/pop3reply.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <deque>
#include <optional>
#include <variant>

namespace Letterbox::Pop3 {

/// A piece of a streamed (RETR/TOP) body, dot-unstuffed, line ends as received.
struct Pop3BodyChunk
{
    QByteArray data;
    friend bool operator==(const Pop3BodyChunk &, const Pop3BodyChunk &) = default;
};

/// The terminating "." of a streamed body arrived; @p size octets were delivered in all.
struct Pop3BodyEnd
{
    qint64 size = 0;
    friend bool operator==(const Pop3BodyEnd &, const Pop3BodyEnd &) = default;
};

/// What the parser hands out: a reply (for a streamed response only its status line,
/// followed by chunks and an end), a chunk, or the end of a streamed body.
using Pop3ParserEvent = std::variant<Pop3Reply, Pop3BodyChunk, Pop3BodyEnd>;

/// The hard limits of Pop3ReplyParser (see there).
struct Pop3Limits
{
    qsizetype maxLineLength = 4096; ///< a status line (RFC 2449 allows 512; servers exceed it)
    qsizetype maxListingSize = qsizetype(64) << 20; ///< CAPA/LIST/UIDL body; ~1M UIDL lines
    qint64 maxMessageSize = qint64(256) << 20; ///< RETR/TOP body
    qsizetype chunkSize = qsizetype(64) << 10; ///< a Pop3BodyChunk's usual size
};

/**
 * @short Turns a POP3 server's bytes into replies (RFC 1939 section 3), fed arbitrary
 * chunks; no I/O.
 *
 * POP3 replies do not say whether a body follows: "+OK" to LIST starts a listing, "+OK"
 * to LIST 1 does not. So the caller announces each response it expects, in the order its
 * commands went out (expect()), and the parser works through that queue; bytes that
 * arrive when nothing is expected stay buffered (bufferedBytes()) for the caller to
 * judge (unsolicited data, or injection after STLS).
 *
 * - SingleLine: "+OK" or "-ERR" (greeting, USER, STAT, DELE, ...).
 * - MultiLine: "+OK" then dot-stuffed lines up to ".", collected into Pop3Reply::lines
 *   (CAPA, LIST, UIDL); "-ERR" has no body.
 * - Streamed: like MultiLine but the body is not collected: the status reply comes at
 *   once, then Pop3BodyChunk events of about Limits::chunkSize octets and a Pop3BodyEnd
 *   (RETR, TOP), so a 200 MB message never has to be in memory whole.
 * - SaslStep: "+OK", "-ERR" or a "+ " continuation (AUTH, RFC 5034).
 *
 * Bodies are unstuffed by Protocol::DotUnstuffer; the terminator may be split anywhere.
 * Status lines are framed by Protocol::LineBuffer (bare LF tolerated, see there).
 *
 * Limits (Limits, all configurable): a status line of maxLineLength octets; a listing of
 * maxListingSize octets; a streamed body of maxMessageSize octets (default 256 MiB). Past
 * any limit, and on a status line that is neither +OK nor -ERR (nor "+" in SaslStep), the
 * parser stops for good in an error state; errorOffset() is the stream offset where the
 * offending response began, the same however the input was chunked.
 */
class Pop3ReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Pop3::Pop3ReplyParser)

public:
    enum class Expect { SingleLine, MultiLine, Streamed, SaslStep };

    using Limits = Pop3Limits;

    explicit Pop3ReplyParser(Limits limits = {});

    /// Queues the kind of the next response (one call per command sent, in order).
    void expect(Expect kind);
    [[nodiscard]] qsizetype pendingExpectations() const { return qsizetype(m_expected.size()); }

    void feed(QByteArrayView bytes);
    /// The next event, or nothing (more data needed, nothing expected, or an error).
    [[nodiscard]] std::optional<Pop3ParserEvent> next();

    [[nodiscard]] bool hasError() const { return m_errorOffset >= 0; }
    [[nodiscard]] qint64 errorOffset() const { return m_errorOffset; }
    [[nodiscard]] QString errorString() const { return m_errorString; }
    /// Whether a multi-line body is being read (a listing, or a streamed body before its Pop3BodyEnd).
    [[nodiscard]] bool inBody() const { return m_mode != Mode::Line; }
    /// Octets fed and not yet handed out (zero exactly when nothing is pending).
    [[nodiscard]] qsizetype bufferedBytes() const;
    [[nodiscard]] const Limits &limits() const { return m_limits; }

    /// Forgets everything, expectations included (after the TLS handshake).
    void reset();

private:
    enum class Mode { Line, Listing, Streaming };

    std::optional<Pop3ParserEvent> nextLine();
    std::optional<Pop3ParserEvent> nextBody();
    void fail(const QString &reason);

    Limits m_limits;
    Protocol::LineBuffer m_lines;
    Protocol::DotUnstuffer m_unstuffer;
    std::deque<Expect> m_expected;
    QByteArray m_pending; ///< fed, not yet given to the line buffer or the unstuffer
    qsizetype m_pendingStart = 0; ///< octets of m_pending already consumed
    qint64 m_offset = 0; ///< stream offset of m_pending's first octet
    qint64 m_responseOffset = 0; ///< stream offset where the current response began
    Mode m_mode = Mode::Line;
    Pop3Reply m_listing; ///< the status of the listing being collected
    qint64 m_bodySize = 0; ///< streamed octets handed out so far
    bool m_bodyEndDue = false;
    qint64 m_errorOffset = -1;
    QString m_errorString;
};

} // namespace Letterbox::Pop3
