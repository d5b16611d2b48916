#include "protocol/common/linebuffer.h"

#include <cstring>

namespace Letterbox::Protocol {

LineBuffer::LineBuffer(qsizetype maxLineLength, LineEnding ending)
    : m_maxLineLength(maxLineLength > 0 ? maxLineLength : 1)
    , m_ending(ending)
{ }

void LineBuffer::append(QByteArrayView chunk)
{
    if (chunk.isEmpty() || hasError()) {
        return;
    }
    m_buffer.append(chunk.data(), chunk.size());
    // Check the limit now, not only in takeLine(): a peer that never sends LF must not
    // make us hold more than one line's worth.
    const qsizetype pending = bufferedBytes();
    if (pending > m_maxLineLength + 2
        && !std::memchr(m_buffer.constData() + m_start + m_scanned, '\n', size_t(pending - m_scanned))) {
        m_error = Error::LineTooLong;
        m_errorOffset = m_consumed;
        m_buffer.clear();
        m_start = 0;
        m_scanned = 0;
    }
}

std::optional<QByteArray> LineBuffer::takeLine()
{
    if (hasError()) {
        return std::nullopt;
    }
    const qsizetype pending = bufferedBytes();
    const char *begin = m_buffer.constData() + m_start;
    const void *found = std::memchr(begin + m_scanned, '\n', size_t(pending - m_scanned));
    if (!found) {
        m_scanned = pending;
        if (pending > m_maxLineLength + 1) { // "+1": a CR may still be waiting for its LF
            m_error = Error::LineTooLong;
            m_errorOffset = m_consumed;
            m_buffer.clear();
            m_start = 0;
            m_scanned = 0;
        }
        return std::nullopt;
    }
    const qsizetype lfIndex = static_cast<const char *>(found) - begin;
    qsizetype lineLength = lfIndex;
    const bool hasCr = lineLength > 0 && begin[lineLength - 1] == '\r';
    if (hasCr) {
        --lineLength;
    } else if (m_ending == LineEnding::Strict) {
        m_error = Error::BareLineFeed;
        m_errorOffset = m_consumed;
        return std::nullopt;
    }
    if (lineLength > m_maxLineLength) {
        m_error = Error::LineTooLong;
        m_errorOffset = m_consumed;
        return std::nullopt;
    }
    QByteArray line(begin, lineLength);
    m_start += lfIndex + 1;
    m_consumed += lfIndex + 1;
    m_scanned = 0;
    compact();
    return line;
}

void LineBuffer::clear()
{
    m_buffer.clear();
    m_start = 0;
    m_scanned = 0;
    m_consumed = 0;
    m_errorOffset = -1;
    m_error = Error::None;
}

void LineBuffer::compact()
{
    // Drop consumed bytes once they dominate, so a long session does not keep them and
    // the per-line cost stays amortised O(line).
    if (m_start == m_buffer.size()) {
        m_buffer.clear();
        m_start = 0;
    } else if (m_start > 4096 && m_start > m_buffer.size() / 2) {
        m_buffer.remove(0, m_start);
        m_start = 0;
    }
}

} // namespace Letterbox::Protocol
