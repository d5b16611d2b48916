#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Letterbox::Protocol {

/**
 * @short Incremental dot-unstuffing of a multi-line response (POP3 RETR/TOP, RFC 1939
 * section 3), fed arbitrary chunks.
 *
 * feed() appends the unstuffed content to data() (line ends kept as received) and stops
 * at the terminating line "."; the terminator may be split across any number of chunks.
 * Bytes after the terminator belong to the next response: they stay in remainder().
 * A line starting with ".." loses one dot; a line starting with a single '.' followed by
 * more text is not legal (RFC 1939 says the dot must be doubled) and is kept as sent.
 *
 * A line starts after any LF, so a server writing bare LF still terminates with ".\n";
 * that matters only for broken servers, and hanging on them would be worse.
 *
 * Limit: more than maxSize octets of content is an error (Status::TooLarge); the caller
 * decides the size (for RETR, somewhat above the LIST size the server announced).
 */
class DotUnstuffer
{
public:
    enum class Status { NeedMoreData, Complete, TooLarge };

    explicit DotUnstuffer(qsizetype maxSize = qsizetype(1) << 30);

    /// Consumes @p chunk. Once Complete (or TooLarge), further input goes to remainder().
    Status feed(QByteArrayView chunk);

    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] const QByteArray &data() const { return m_data; }
    [[nodiscard]] QByteArray takeData();
    /// Input received after the terminator (the start of the next response).
    [[nodiscard]] const QByteArray &remainder() const { return m_remainder; }

    void reset();

private:
    enum class State { LineStart, Middle, Dot, DotCr };

    QByteArray m_data;
    QByteArray m_remainder;
    qsizetype m_maxSize;
    State m_state = State::LineStart;
    Status m_status = Status::NeedMoreData;
};

} // namespace Letterbox::Protocol
