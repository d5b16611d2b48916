#include "protocol/smtp/smtpreply.h"

namespace Letterbox::Smtp {

namespace {

// Parses "d.ddd.ddd" (RFC 3463: class 1 digit, subject and detail 1-3 digits) at the
// start of @p text followed by a space or the end; returns the length consumed.
qsizetype parseEnhanced(const QByteArray &text, SmtpEnhancedStatus &status)
{
    qsizetype i = 0;
    int parts[3] = {0, 0, 0};
    for (int part = 0; part < 3; ++part) {
        const qsizetype start = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - start < 3) {
            parts[part] = parts[part] * 10 + (text[i] - '0');
            ++i;
        }
        const qsizetype digits = i - start;
        if (digits == 0 || (part == 0 && digits != 1)) {
            return 0;
        }
        if (part < 2) {
            if (i >= text.size() || text[i] != '.') {
                return 0;
            }
            ++i;
        }
    }
    if (i < text.size() && text[i] != ' ') {
        return 0;
    }
    status = {parts[0], parts[1], parts[2]};
    return i;
}

QString sanitized(const QByteArray &line)
{
    QString text = QString::fromUtf8(line);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            c = QChar(0xFFFD);
        }
    }
    return text;
}

} // namespace

QString SmtpEnhancedStatus::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(statusClass).arg(subject).arg(detail);
}

SmtpReply::SmtpReply(int code, QByteArrayList lines)
    : m_code(code)
    , m_lines(std::move(lines))
{
    if (!m_lines.isEmpty()) {
        SmtpEnhancedStatus status;
        if (parseEnhanced(m_lines.first(), status) > 0 && status.statusClass == code / 100) {
            m_enhanced = status;
        }
    }
}

QString SmtpReply::text() const
{
    QStringList parts;
    for (const QByteArray &line : m_lines) {
        QByteArray body = line;
        if (m_enhanced) {
            SmtpEnhancedStatus status;
            const qsizetype length = parseEnhanced(body, status);
            // Servers repeat the code on every line of a multi-line reply; strip each.
            if (length > 0 && status == *m_enhanced) {
                body = body.mid(length);
            }
        }
        const QString text = sanitized(body.trimmed());
        if (!text.isEmpty()) {
            parts.append(text);
        }
    }
    return parts.join(QLatin1Char(' '));
}

QString SmtpReply::toDisplayString() const
{
    QString shown = QString::number(m_code);
    if (m_enhanced) {
        shown += QLatin1Char(' ') + m_enhanced->toString();
    }
    const QString words = text();
    if (!words.isEmpty()) {
        shown += QLatin1Char(' ') + words;
    }
    return shown;
}

QByteArray SmtpReply::toWire() const
{
    const QByteArray code = QByteArray::number(m_code);
    if (m_lines.isEmpty()) {
        return code + "\r\n";
    }
    QByteArray wire;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        wire += code + (i + 1 == m_lines.size() ? ' ' : '-') + m_lines[i] + "\r\n";
    }
    return wire;
}

} // namespace Letterbox::Smtp
