#pragma once

#include "protocol/common/linebuffer.h"
#include "protocol/smtp/smtpreply.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <deque>
#include <optional>

namespace Letterbox::Smtp {

/**
 * @short Turns the bytes an SMTP server sends into SmtpReply values (RFC 5321 section
 * 4.2), fed arbitrary chunks; no I/O.
 *
 * feed() what arrived, then nextReply() until it returns nothing. Every line is
 * "ddd-text" (more follow) or "ddd text" / "ddd" (the last); all lines of one reply must
 * carry the same code (section 4.2.1). The first digit is 2-5 and the second 0-5
 * (section 4.2.1, 4.3.2).
 *
 * Limits, both generous on purpose: a line may hold MaxLineLength octets (RFC 5321
 * section 4.5.3.1.5 says 512, but real servers send longer AUTH lists and error texts);
 * a reply may have MaxLines lines (the largest real EHLO replies have ~30). Beyond
 * either, and on any malformed line, the parser stops in an error state with the stream
 * offset of the offending line: the session treats it as a protocol failure. A bare LF
 * ends a line (LineBuffer::LineEnding::Lenient explains why that is safe when reading).
 */
class SmtpReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(Letterbox::Smtp::SmtpReplyParser)

public:
    static constexpr qsizetype MaxLineLength = 4096;
    static constexpr int MaxLines = 256;

    SmtpReplyParser();

    void feed(QByteArrayView bytes);
    /// The next complete reply, or nothing (more data needed, or an error).
    [[nodiscard]] std::optional<SmtpReply> nextReply();

    [[nodiscard]] bool hasError() const { return m_errorOffset >= 0; }
    /// Stream offset of the line that was refused.
    [[nodiscard]] qint64 errorOffset() const { return m_errorOffset; }
    /// What was wrong, for a person (translated).
    [[nodiscard]] QString errorString() const { return m_errorString; }

    /// Octets fed but not yet handed out as a reply: complete replies still waiting in
    /// nextReply() and any partial line (a terminator counts as 2). Zero exactly when
    /// nothing is pending; STARTTLS uses that to spot injected bytes.
    [[nodiscard]] qsizetype bufferedBytes() const;

    /// Forgets everything (after the TLS handshake, RFC 3207 section 4.2).
    void reset();

private:
    void parseLines();
    void fail(qint64 offset, const QString &reason);

    Protocol::LineBuffer m_lines;
    std::deque<std::pair<SmtpReply, qsizetype>> m_ready; ///< with their size on the wire
    QByteArrayList m_current;
    int m_currentCode = 0;
    qsizetype m_currentBytes = 0; ///< wire octets of m_current (CRLF counted as 2)
    qsizetype m_readyBytes = 0;
    qint64 m_errorOffset = -1;
    QString m_errorString;
};

} // namespace Letterbox::Smtp
