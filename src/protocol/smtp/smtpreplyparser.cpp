#include "protocol/smtp/smtpreplyparser.h"

namespace Letterbox::Smtp {

namespace {

// LineBuffer counts octets without the terminator; +2 leaves room for CRLF accounting.
constexpr qsizetype lineOverhead = 2;

} // namespace

SmtpReplyParser::SmtpReplyParser()
    : m_lines(MaxLineLength, Protocol::LineBuffer::LineEnding::Lenient)
{ }

void SmtpReplyParser::feed(QByteArrayView bytes)
{
    if (hasError()) {
        return;
    }
    m_lines.append(bytes);
    parseLines();
}

std::optional<SmtpReply> SmtpReplyParser::nextReply()
{
    if (m_ready.empty()) {
        return std::nullopt;
    }
    SmtpReply reply = std::move(m_ready.front().first);
    m_readyBytes -= m_ready.front().second;
    m_ready.pop_front();
    return reply;
}

qsizetype SmtpReplyParser::bufferedBytes() const
{
    return m_lines.bufferedBytes() + m_currentBytes + m_readyBytes;
}

void SmtpReplyParser::reset()
{
    m_lines.clear();
    m_ready.clear();
    m_current.clear();
    m_currentCode = 0;
    m_currentBytes = 0;
    m_readyBytes = 0;
    m_errorOffset = -1;
    m_errorString.clear();
}

void SmtpReplyParser::fail(qint64 offset, const QString &reason)
{
    m_errorOffset = offset;
    m_errorString = reason;
    m_current.clear();
    m_currentBytes = 0;
}

void SmtpReplyParser::parseLines()
{
    while (!hasError()) {
        const qint64 offset = m_lines.offset();
        std::optional<QByteArray> line = m_lines.takeLine();
        if (!line) {
            if (m_lines.hasError()) {
                fail(m_lines.errorOffset(),
                    tr("The server sent a line longer than %n octets.", nullptr, int(MaxLineLength)));
            }
            return;
        }
        const QByteArray &l = *line;
        const bool digits
            = l.size() >= 3 && l[0] >= '2' && l[0] <= '5' && l[1] >= '0' && l[1] <= '5' && l[2] >= '0' && l[2] <= '9';
        if (!digits) {
            fail(offset, tr("The server sent a line that is not an SMTP reply."));
            return;
        }
        if (l.size() > 3 && l[3] != ' ' && l[3] != '-') {
            fail(offset, tr("The server sent a reply code not followed by a space or a hyphen."));
            return;
        }
        const int code = (l[0] - '0') * 100 + (l[1] - '0') * 10 + (l[2] - '0');
        if (!m_current.isEmpty() && code != m_currentCode) {
            fail(offset, tr("The server changed the reply code inside a multi-line reply."));
            return;
        }
        if (m_current.size() >= MaxLines) {
            fail(offset, tr("The server sent a reply of more than %n lines.", nullptr, MaxLines));
            return;
        }
        m_currentCode = code;
        m_current.append(l.size() > 4 ? l.mid(4) : QByteArray());
        m_currentBytes += l.size() + lineOverhead;
        const bool last = l.size() == 3 || l[3] == ' ';
        if (last) {
            SmtpReply reply(code, std::move(m_current));
            m_current = {};
            m_readyBytes += m_currentBytes;
            m_ready.emplace_back(std::move(reply), m_currentBytes);
            m_currentBytes = 0;
        }
    }
}

} // namespace Letterbox::Smtp
