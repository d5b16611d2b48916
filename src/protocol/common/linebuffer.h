#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Letterbox::Protocol {

/**
 * @short CRLF line framing over a byte stream fed in arbitrary chunks, with a hard limit.
 *
 * The framer under the SMTP reply parser and, later, the POP3 and IMAP ones (STYLE.md,
 * "Sans-I/O parsers"): append() whatever the socket delivered, then takeLine() until it
 * returns nothing. A line is returned without its terminator.
 *
 * Limits: a line longer than maxLineLength() octets (terminator not counted) puts the
 * buffer in a sticky error state that records the stream offset where the line began;
 * nothing more is buffered after that, so a hostile peer cannot grow memory without
 * bound. The caller reports the error and drops the connection.
 *
 * Line ends: RFC 5321 section 2.3.8 and RFC 1939 say CRLF. In LineEnding::Lenient mode a
 * bare LF also ends a line (and a CR before it is dropped). That is safe for what a
 * client *reads*: a reply line cannot smuggle anything past us, because we split on every
 * LF, and it keeps us working with test servers and proxies that write "\n". A bare CR
 * stays part of the line in both modes. LineEnding::Strict treats a bare LF as an error,
 * for callers that must see the stream exactly as a conforming peer sends it.
 */
class LineBuffer
{
public:
    enum class LineEnding {
        Lenient, ///< LF or CRLF ends a line
        Strict, ///< only CRLF; a bare LF is an error
    };
    enum class Error {
        None,
        LineTooLong,
        BareLineFeed,
    };

    explicit LineBuffer(qsizetype maxLineLength = 4096, LineEnding ending = LineEnding::Lenient);

    /// Adds bytes. After an error they are counted but not stored.
    void append(QByteArrayView chunk);
    /// The next complete line without its terminator, or nothing (need more data, or error).
    [[nodiscard]] std::optional<QByteArray> takeLine();

    [[nodiscard]] bool hasError() const { return m_error != Error::None; }
    [[nodiscard]] Error error() const { return m_error; }
    /// Stream offset (octets since construction or clear()) of the line that failed.
    [[nodiscard]] qint64 errorOffset() const { return m_errorOffset; }
    /// Stream offset of the first byte not yet returned by takeLine().
    [[nodiscard]] qint64 offset() const { return m_consumed; }
    /// Bytes appended but not yet returned as part of a line.
    [[nodiscard]] qsizetype bufferedBytes() const { return m_buffer.size() - m_start; }
    [[nodiscard]] qsizetype maxLineLength() const { return m_maxLineLength; }

    /// Forgets everything, including an error (e.g. after a TLS handshake).
    void clear();

private:
    void compact();

    QByteArray m_buffer;
    qsizetype m_start = 0; ///< first unconsumed byte in m_buffer
    qsizetype m_scanned = 0; ///< bytes from m_start already known to hold no LF
    qint64 m_consumed = 0;
    qint64 m_errorOffset = -1;
    qsizetype m_maxLineLength;
    LineEnding m_ending;
    Error m_error = Error::None;
};

} // namespace Letterbox::Protocol
