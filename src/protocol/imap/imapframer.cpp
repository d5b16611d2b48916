#include "protocol/imap/imapframer.h"

#include <algorithm>
#include <utility>

namespace Letterbox::Imap {

namespace {
constexpr qsizetype s_headSize = 256;
// Enough for "~{" + 19 digits + "+}" + CR with room to spare.
constexpr qsizetype s_tailSize = 64;
constexpr qint64 s_maxCount = 0x7fffffffffffffffLL;
} // namespace

ImapFramer::ImapFramer(ImapFramerLimits limits)
    : m_limits(limits)
{ }

void ImapFramer::feed(QByteArrayView data)
{
    qsizetype pos = 0;
    while (pos < data.size() && !m_broken) {
        if (m_literalRemaining > 0) {
            const qsizetype take = qsizetype(std::min<qint64>(m_literalRemaining, data.size() - pos));
            append(data.sliced(pos, take));
            m_literalRemaining -= take;
            pos += take;
            continue;
        }
        const qsizetype lf = data.indexOf('\n', pos);
        const qsizetype end = lf < 0 ? data.size() : lf;
        const QByteArrayView segment = data.sliced(pos, end - pos);
        m_lineLength += segment.size();
        m_tail.append(segment.last(std::min(segment.size(), s_tailSize)));
        if (m_tail.size() > s_tailSize) {
            m_tail.remove(0, m_tail.size() - s_tailSize);
        }
        // The CR before the LF is not part of the line's length.
        if (m_lineLength > m_limits.maxLineLength + 1) {
            poison(ErrorKind::LineTooLong);
        }
        append(segment);
        pos = end;
        if (lf < 0) {
            break;
        }
        append(QByteArrayView("\n", 1));
        ++pos;
        lineEnded();
    }
}

ImapFramer::Frame ImapFramer::next()
{
    if (m_ready.isEmpty()) {
        return {};
    }
    return m_ready.takeFirst();
}

void ImapFramer::append(QByteArrayView bytes)
{
    m_streamOffset += bytes.size();
    m_responseSize += bytes.size();
    if (m_head.size() < s_headSize) {
        m_head.append(bytes.first(std::min(bytes.size(), s_headSize - m_head.size())));
    }
    if (m_poison != ErrorKind::None) {
        return;
    }
    if (m_responseSize > m_limits.maxResponseSize) {
        poison(ErrorKind::ResponseTooLarge);
        return;
    }
    m_current.append(bytes);
}

void ImapFramer::poison(ErrorKind kind)
{
    if (m_poison == ErrorKind::None) {
        m_poison = kind;
        m_current = QByteArray();
    }
}

void ImapFramer::lineEnded()
{
    // Moved out before the view is taken: clearing m_tail would free what the view shows
    // (the fuzzer found exactly that).
    const QByteArray tail = std::exchange(m_tail, QByteArray());
    QByteArrayView line(tail);
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    const bool tailIsWholeLine = tail.size() == m_lineLength;
    m_lineLength = 0;

    // An announcement is "{" digits ["+" / "-"] "}" at the very end of the line; "~{n}" is
    // the same to the framer.
    qsizetype k = line.size() - 1;
    if (k < 0 || line[k] != '}') {
        finishResponse();
        return;
    }
    --k;
    if (k >= 0 && (line[k] == '+' || line[k] == '-')) {
        --k;
    }
    const qsizetype digitsEnd = k + 1;
    while (k >= 0 && line[k] >= '0' && line[k] <= '9') {
        --k;
    }
    const qsizetype digitsStart = k + 1;
    if (digitsStart == digitsEnd) {
        finishResponse();
        return;
    }
    if (k < 0) {
        if (tailIsWholeLine) {
            finishResponse(); // "123}" alone: no "{", not an announcement
            return;
        }
        // The digits run past what was kept of an over-long line: the count is unknown.
        m_poison = ErrorKind::LiteralCountOverflow;
    } else if (line[k] != '{') {
        finishResponse();
        return;
    } else {
        qint64 count = 0;
        for (qsizetype i = digitsStart; i < digitsEnd; ++i) {
            const int digit = line[i] - '0';
            if (count > (s_maxCount - digit) / 10) {
                m_poison = ErrorKind::LiteralCountOverflow;
                break;
            }
            count = count * 10 + digit;
        }
        if (m_poison != ErrorKind::LiteralCountOverflow) {
            if (count > m_limits.maxLiteralSize) {
                poison(ErrorKind::LiteralTooLarge);
            }
            m_literalRemaining = count;
            return;
        }
    }
    // Fatal: report once and stop.
    m_broken = true;
    finishResponse();
}

void ImapFramer::finishResponse()
{
    Frame frame;
    frame.streamOffset = m_responseStart;
    if (m_poison == ErrorKind::None) {
        if (m_current == "\r\n" || m_current == "\n") {
            reset(); // a stray empty line between responses carries nothing
            return;
        }
        frame.kind = Frame::Kind::Response;
        frame.bytes = std::move(m_current);
    } else {
        frame.kind = Frame::Kind::Error;
        frame.error.kind = m_poison;
        frame.error.streamOffset = m_responseStart;
        frame.error.head = m_head;
        switch (m_poison) {
        case ErrorKind::LineTooLong:
            frame.error.message = tr("The server sent a line longer than %1 bytes.").arg(m_limits.maxLineLength);
            break;
        case ErrorKind::LiteralTooLarge:
            frame.error.message
                = tr("The server announced a literal larger than %1 bytes.").arg(m_limits.maxLiteralSize);
            break;
        case ErrorKind::ResponseTooLarge:
            frame.error.message = tr("The server sent a response larger than %1 bytes.").arg(m_limits.maxResponseSize);
            break;
        case ErrorKind::LiteralCountOverflow:
            frame.error.message = tr("The server announced a literal of impossible size; the connection cannot go on.");
            break;
        case ErrorKind::None:
            break;
        }
    }
    m_ready.append(std::move(frame));
    reset();
}

void ImapFramer::reset()
{
    m_current = QByteArray();
    m_head.clear();
    m_tail.clear();
    m_responseSize = 0;
    m_lineLength = 0;
    m_literalRemaining = 0;
    m_responseStart = m_streamOffset;
    if (!m_broken) {
        m_poison = ErrorKind::None;
    }
}

} // namespace Letterbox::Imap
