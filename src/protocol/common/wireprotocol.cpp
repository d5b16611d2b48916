#include "protocol/common/wireprotocol.h"

#include <QString>

namespace Letterbox::Protocol {

namespace {

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

} // namespace

bool isFinalSaslReply(WireProtocol protocol, QStringView line)
{
    switch (protocol) {
    case WireProtocol::Imap:
        return !line.startsWith(QLatin1Char('+')) && !line.startsWith(QLatin1Char('*'));
    case WireProtocol::Pop3:
        return line.startsWith(QLatin1String("+OK"), Qt::CaseInsensitive)
            || line.startsWith(QLatin1String("-ERR"), Qt::CaseInsensitive);
    case WireProtocol::Smtp:
        // 334 asks for the next step; any other reply ends the exchange. The last line of a
        // multi-line reply has a space (or nothing) after its code.
        return line.size() >= 3 && !line.startsWith(QLatin1String("334"))
            && (line.size() == 3 || line.at(3) != QLatin1Char('-'));
    }
    return false;
}

std::optional<QStringView> TranscriptWords::next()
{
    m_unterminated = false;
    while (m_position < m_line.size() && isBlank(m_line.at(m_position))) {
        ++m_position;
    }
    if (m_position >= m_line.size()) {
        return std::nullopt;
    }
    const qsizetype start = m_position;
    const QChar first = m_line.at(m_position);
    if (first == QLatin1Char('"')) {
        ++m_position;
        while (m_position < m_line.size() && m_line.at(m_position) != QLatin1Char('"')) {
            // A backslash escapes the next character; a lone one at the end stays unterminated.
            m_position += m_line.at(m_position) == QLatin1Char('\\') ? 2 : 1;
        }
        if (m_position >= m_line.size()) {
            m_position = m_line.size();
            m_unterminated = true;
        } else {
            ++m_position;
        }
        return m_line.sliced(start, m_position - start);
    }
    if (first == QLatin1Char('(')) {
        int depth = 0;
        bool quoted = false;
        for (; m_position < m_line.size(); ++m_position) {
            const QChar c = m_line.at(m_position);
            if (quoted) {
                if (c == QLatin1Char('\\')) {
                    ++m_position;
                } else if (c == QLatin1Char('"')) {
                    quoted = false;
                }
                continue;
            }
            if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char('(')) {
                ++depth;
            } else if (c == QLatin1Char(')') && --depth == 0) {
                ++m_position;
                return m_line.sliced(start, m_position - start);
            }
        }
        m_position = m_line.size();
        m_unterminated = true;
        return m_line.sliced(start);
    }
    while (m_position < m_line.size() && !isBlank(m_line.at(m_position))) {
        ++m_position;
    }
    return m_line.sliced(start, m_position - start);
}

QStringView TranscriptWords::rest() const
{
    qsizetype position = m_position;
    while (position < m_line.size() && isBlank(m_line.at(position))) {
        ++position;
    }
    return m_line.sliced(position);
}

QString TranscriptWords::unquoted(QStringView word)
{
    if (!word.startsWith(QLatin1Char('"'))) {
        return word.toString();
    }
    QString text;
    text.reserve(word.size());
    const qsizetype end = word.size() > 1 && word.endsWith(QLatin1Char('"')) ? word.size() - 1 : word.size();
    for (qsizetype i = 1; i < end; ++i) {
        if (word.at(i) == QLatin1Char('\\') && i + 1 < end) {
            ++i;
        }
        text += word.at(i);
    }
    return text;
}

bool TranscriptWords::isLiteralMarker(QStringView word)
{
    if (word.startsWith(QLatin1Char('~'))) {
        word = word.sliced(1);
    }
    if (word.size() < 3 || !word.startsWith(QLatin1Char('{')) || !word.endsWith(QLatin1Char('}'))) {
        return false;
    }
    QStringView digits = word.sliced(1, word.size() - 2);
    if (digits.endsWith(QLatin1Char('+')) || digits.endsWith(QLatin1Char('-'))) {
        digits.chop(1);
    }
    if (digits.isEmpty()) {
        return false;
    }
    for (QChar c : digits) {
        if (!c.isDigit()) {
            return false;
        }
    }
    return true;
}

bool TranscriptWords::endsWithLiteral(QStringView line)
{
    return trailingLiteralSize(line) >= 0;
}

qint64 TranscriptWords::trailingLiteralSize(QStringView line)
{
    const qsizetype open = line.lastIndexOf(QLatin1Char('{'));
    if (open < 0) {
        return -1;
    }
    QStringView marker = line.sliced(open);
    if (!isLiteralMarker(marker)) {
        return -1;
    }
    marker = marker.sliced(1, marker.size() - 2);
    if (marker.endsWith(QLatin1Char('+')) || marker.endsWith(QLatin1Char('-'))) {
        marker.chop(1);
    }
    bool ok = false;
    const qint64 size = marker.toLongLong(&ok);
    return ok ? size : -1;
}

} // namespace Letterbox::Protocol
