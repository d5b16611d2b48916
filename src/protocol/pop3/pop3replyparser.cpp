#include "protocol/pop3/pop3replyparser.h"

namespace Letterbox::Pop3 {

Pop3ReplyParser::Pop3ReplyParser(Limits limits)
    : m_limits(limits)
    , m_lines(limits.maxLineLength, Protocol::LineBuffer::LineEnding::Lenient)
{
    m_limits.chunkSize = std::max<qsizetype>(1, m_limits.chunkSize);
}

void Pop3ReplyParser::expect(Expect kind)
{
    m_expected.push_back(kind);
}

void Pop3ReplyParser::feed(QByteArrayView bytes)
{
    if (hasError() || bytes.isEmpty()) {
        return;
    }
    if (m_pendingStart > 0 && m_pendingStart == m_pending.size()) {
        m_pending.clear();
        m_pendingStart = 0;
    }
    m_pending.append(bytes.data(), bytes.size());
}

std::optional<Pop3ParserEvent> Pop3ReplyParser::next()
{
    if (hasError()) {
        return std::nullopt;
    }
    if (m_bodyEndDue) {
        m_bodyEndDue = false;
        m_mode = Mode::Line;
        return Pop3BodyEnd {m_bodySize};
    }
    return m_mode == Mode::Line ? nextLine() : nextBody();
}

std::optional<Pop3ParserEvent> Pop3ReplyParser::nextLine()
{
    while (!m_expected.empty() && m_pendingStart < m_pending.size()) {
        if (m_lines.bufferedBytes() == 0) {
            m_responseOffset = m_offset;
        }
        // Only up to the first LF goes to the line buffer: what follows may be a body,
        // which the unstuffer reads without a line limit.
        const qsizetype available = m_pending.size() - m_pendingStart;
        const qsizetype lf = m_pending.indexOf('\n', m_pendingStart);
        const qsizetype take = lf >= 0 ? lf - m_pendingStart + 1 : available;
        m_lines.append(QByteArrayView(m_pending).sliced(m_pendingStart, take));
        m_pendingStart += take;
        m_offset += take;
        if (m_pendingStart > 65536 && m_pendingStart > m_pending.size() / 2) {
            m_pending.remove(0, m_pendingStart);
            m_pendingStart = 0;
        }
        std::optional<QByteArray> line = m_lines.takeLine();
        if (m_lines.hasError()) {
            fail(tr("a reply line is longer than %1 octets").arg(m_limits.maxLineLength));
            return std::nullopt;
        }
        if (!line) {
            continue;
        }
        const Expect kind = m_expected.front();
        std::optional<Pop3Reply> reply = Pop3Reply::fromStatusLine(*line, kind == Expect::SaslStep);
        if (!reply) {
            fail(tr("a reply starts with neither +OK nor -ERR"));
            return std::nullopt;
        }
        if (!reply->isOk() || kind == Expect::SingleLine || kind == Expect::SaslStep) {
            m_expected.pop_front();
            return reply;
        }
        m_unstuffer = Protocol::DotUnstuffer(
            kind == Expect::MultiLine ? m_limits.maxListingSize : qsizetype(m_limits.maxMessageSize));
        if (kind == Expect::MultiLine) {
            m_listing = std::move(*reply);
            m_mode = Mode::Listing;
            return nextBody();
        }
        m_mode = Mode::Streaming;
        m_bodySize = 0;
        return reply;
    }
    return std::nullopt;
}

std::optional<Pop3ParserEvent> Pop3ReplyParser::nextBody()
{
    if (m_pendingStart < m_pending.size()) {
        const QByteArrayView input = QByteArrayView(m_pending).sliced(m_pendingStart);
        m_unstuffer.feed(input);
        m_offset += input.size();
        m_pending.clear();
        m_pendingStart = 0;
        if (m_unstuffer.status() == Protocol::DotUnstuffer::Status::Complete) {
            // The next response's first octets: they are not part of this body.
            m_pending = m_unstuffer.remainder();
            m_offset -= m_pending.size();
        }
    }
    const qint64 delivered = m_bodySize + m_unstuffer.data().size();
    if (m_unstuffer.status() == Protocol::DotUnstuffer::Status::TooLarge
        || (m_mode == Mode::Streaming && delivered > m_limits.maxMessageSize)) {
        fail(m_mode == Mode::Listing ? tr("a listing is larger than %1 octets").arg(m_limits.maxListingSize)
                                     : tr("a message is larger than %1 octets").arg(m_limits.maxMessageSize));
        return std::nullopt;
    }
    const bool complete = m_unstuffer.status() == Protocol::DotUnstuffer::Status::Complete;
    if (m_mode == Mode::Listing) {
        if (!complete) {
            return std::nullopt;
        }
        const QByteArray body = m_unstuffer.takeData();
        QByteArrayList lines = body.split('\n');
        lines.removeLast(); // the body ends with a line end (the terminator starts a line)
        for (QByteArray &line : lines) {
            if (line.endsWith('\r')) {
                line.chop(1);
            }
        }
        m_listing.lines = std::move(lines);
        m_mode = Mode::Line;
        m_expected.pop_front();
        return std::exchange(m_listing, {});
    }
    if (complete) {
        m_expected.pop_front();
        if (m_unstuffer.data().isEmpty()) {
            m_mode = Mode::Line;
            return Pop3BodyEnd {m_bodySize};
        }
        m_bodyEndDue = true;
    } else if (m_unstuffer.data().size() < m_limits.chunkSize) {
        return std::nullopt;
    }
    QByteArray chunk = m_unstuffer.takeData();
    m_bodySize += chunk.size();
    return Pop3BodyChunk {std::move(chunk)};
}

qsizetype Pop3ReplyParser::bufferedBytes() const
{
    qsizetype bytes = m_pending.size() - m_pendingStart + m_lines.bufferedBytes();
    if (m_mode != Mode::Line) {
        bytes += m_unstuffer.data().size();
    }
    return bytes;
}

void Pop3ReplyParser::reset()
{
    m_lines.clear();
    m_unstuffer.reset();
    m_expected.clear();
    m_pending.clear();
    m_pendingStart = 0;
    m_offset = 0;
    m_responseOffset = 0;
    m_mode = Mode::Line;
    m_listing = {};
    m_bodySize = 0;
    m_bodyEndDue = false;
    m_errorOffset = -1;
    m_errorString.clear();
}

void Pop3ReplyParser::fail(const QString &reason)
{
    m_errorOffset = m_responseOffset;
    m_errorString = reason;
    m_pending.clear();
    m_pendingStart = 0;
}

} // namespace Letterbox::Pop3
