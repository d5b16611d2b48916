#pragma once

#include <QByteArrayList>
#include <QString>

#include <optional>

namespace Letterbox::Smtp {

/// An enhanced status code, class.subject.detail (RFC 3463 section 2; RFC 2034).
struct SmtpEnhancedStatus
{
    int statusClass = 0; ///< 2, 4 or 5
    int subject = 0;
    int detail = 0;

    [[nodiscard]] QString toString() const;
    friend bool operator==(const SmtpEnhancedStatus &, const SmtpEnhancedStatus &) = default;
};

/**
 * @short One complete SMTP reply (RFC 5321 section 4.2): a three-digit code and one or
 * more text lines.
 *
 * lines() hold the text after "250-" / "250 " exactly as received. When the first line
 * starts with an enhanced status code whose class matches the reply's first digit
 * (RFC 2034 section 4), it is in enhancedStatus() and text() leaves it out of every line.
 * text() is for people: lines joined with a space, control characters replaced, so a
 * hostile server cannot paint the terminal or a log.
 */
class SmtpReply
{
public:
    SmtpReply() = default;
    SmtpReply(int code, QByteArrayList lines);

    [[nodiscard]] int code() const { return m_code; }
    [[nodiscard]] const QByteArrayList &lines() const { return m_lines; }
    [[nodiscard]] const std::optional<SmtpEnhancedStatus> &enhancedStatus() const { return m_enhanced; }

    [[nodiscard]] bool isPositiveCompletion() const { return m_code / 100 == 2; } ///< 2yz
    [[nodiscard]] bool isPositiveIntermediate() const { return m_code / 100 == 3; } ///< 3yz
    [[nodiscard]] bool isTransientNegative() const { return m_code / 100 == 4; } ///< 4yz
    [[nodiscard]] bool isPermanentNegative() const { return m_code / 100 == 5; } ///< 5yz
    [[nodiscard]] bool isNegative() const { return m_code >= 400; }

    /// Text without the enhanced code, lines joined by a space, control characters replaced.
    [[nodiscard]] QString text() const;
    /// "550 5.1.1 User unknown": the code, the enhanced code and text(), for messages.
    [[nodiscard]] QString toDisplayString() const;
    /// The reply as a server would send it (CRLF lines); for tests and transcripts.
    [[nodiscard]] QByteArray toWire() const;

    friend bool operator==(const SmtpReply &, const SmtpReply &) = default;

private:
    int m_code = 0;
    QByteArrayList m_lines;
    std::optional<SmtpEnhancedStatus> m_enhanced;
};

} // namespace Letterbox::Smtp
