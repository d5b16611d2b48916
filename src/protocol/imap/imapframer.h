#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <QCoreApplication>

namespace Letterbox::Imap {

/// The framer's hard limits. The defaults fit every real server Letterbox has met.
struct ImapFramerLimits
{
    /// Bytes of one line (between literals), without the CRLF. RFC 9051 sets no limit;
    /// Dovecot's own is 64 KiB for commands. A longer server line is a broken server.
    qsizetype maxLineLength = 1024 * 1024;
    /// Bytes of one literal: the largest message body Letterbox accepts in one FETCH.
    qint64 maxLiteralSize = 256 * 1024 * 1024;
    /// Bytes of one whole response: its lines and every literal.
    qint64 maxResponseSize = 320 * 1024 * 1024;
};

/**
 * @short Cuts the server's byte stream into complete IMAP responses (RFC 9051 section 2.2.2).
 *
 * A response is a line plus every literal it announces: a line ending in "{n}" CRLF (or the
 * client-side "{n+}", or "~{n}" for a BINARY literal8, RFC 3516) is followed by exactly n bytes
 * of data and then the rest of the response, which may announce more literals. Only when a line
 * ends in a CRLF that does not follow an announcement is the response complete. The framer is
 * chunk-agnostic: bytes may be fed in any pieces, split inside the "{123}" count, between the
 * "}" and the CRLF, or anywhere in the data. It never interprets the grammar; that is the
 * parser's job over one complete frame (Trojitá's reallyReadLine, imap-codec's fragmentizer).
 *
 * A bare LF is accepted as a line end, as most clients do; literal data is counted, never
 * scanned, so that leniency cannot move a response boundary.
 *
 * Limits: a line longer than maxLineLength, a literal larger than maxLiteralSize or a response
 * larger than maxResponseSize is not kept. The response is "poisoned": its bytes are dropped
 * as they arrive (memory stays bounded) and one Error is reported, but framing goes on, still
 * counting literal bytes, up to the response's real end. That matters: if the framer stopped
 * or resynchronised at the next CRLF instead, the rest of a 300 MB literal — message content
 * the server does not control, let alone the sender of the mail — would be read as protocol,
 * and a mail containing "\r\nA3 OK LOGOUT completed\r\n" could forge server responses. The
 * error carries the first bytes of the response so the session can tell which command failed.
 *
 * The one unrecoverable case is a literal count that does not fit in 63 bits (or whose digits
 * cannot be told apart in a line already too long): the end of the response is unknowable,
 * so the framer reports a Fatal error, stops, and the connection must be closed.
 */
class ImapFramer
{
    Q_DECLARE_TR_FUNCTIONS(ImapFramer)

public:
    enum class ErrorKind {
        None,
        LineTooLong,
        LiteralTooLarge,
        ResponseTooLarge,
        LiteralCountOverflow, ///< fatal: the stream cannot be framed any further
    };

    struct Error
    {
        ErrorKind kind = ErrorKind::None;
        qint64 streamOffset = 0; ///< where the response started in the byte stream
        QByteArray head; ///< up to the first 256 bytes of the response, for the tag
        QString message; ///< translated, for a person
    };

    /// One result of next(): a complete response, or the error of a poisoned one.
    struct Frame
    {
        enum class Kind { NeedMoreData, Response, Error };
        Kind kind = Kind::NeedMoreData;
        QByteArray bytes; ///< Response: the response as received, CRLFs and literals included
        qint64 streamOffset = 0; ///< where the response started in the byte stream
        Error error; ///< Error
    };

    explicit ImapFramer(ImapFramerLimits limits = {});

    /// Adds bytes received from the server. Ignored once the framer is broken.
    void feed(QByteArrayView data);
    /// The next complete response or error, or NeedMoreData when none is ready.
    [[nodiscard]] Frame next();

    /// Whether a Fatal error was reported: nothing more will be framed.
    [[nodiscard]] bool isBroken() const { return m_broken; }
    /// Bytes buffered for the response now in progress (not counting dropped ones).
    [[nodiscard]] qsizetype pendingBytes() const { return m_current.size(); }
    /// Whether the response in progress is inside a literal's data.
    [[nodiscard]] bool isInLiteral() const { return m_literalRemaining > 0; }
    [[nodiscard]] const ImapFramerLimits &limits() const { return m_limits; }

private:
    void append(QByteArrayView bytes);
    void poison(ErrorKind kind);
    void lineEnded();
    void finishResponse();
    void reset();

    ImapFramerLimits m_limits;
    QList<Frame> m_ready;

    QByteArray m_current; ///< the response so far (empty once poisoned)
    QByteArray m_head; ///< the response's first bytes, kept even when poisoned
    QByteArray m_tail; ///< the last bytes of the current line, to find "{n}"
    qint64 m_responseSize = 0; ///< every byte of the response so far, kept or dropped
    qsizetype m_lineLength = 0; ///< bytes of the current line so far
    qint64 m_literalRemaining = 0;
    qint64 m_streamOffset = 0; ///< offset of the next byte fed
    qint64 m_responseStart = 0;
    ErrorKind m_poison = ErrorKind::None;
    bool m_broken = false;
};

} // namespace Letterbox::Imap
