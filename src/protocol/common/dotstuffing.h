#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Letterbox::Protocol {

/**
 * @short The outgoing half of SMTP's data transparency (RFC 5321 sections 4.1.1.4 and
 * 4.5.2): what goes after a 354 to DATA.
 *
 * stuffed() turns a raw RFC 5322 message into the bytes to send: every line end made CRLF
 * (a bare LF, a bare CR, and CRLF all count as one line end, so a message read from a
 * Unix file goes out the same as one built with CRLF), a '.' at the start of a line
 * doubled, a CRLF added when the message does not end with one, then the terminating
 * ".\r\n". An empty message becomes ".\r\n" alone.
 *
 * normalizedLineEndings() is the first step on its own: BDAT (RFC 3030) sends the message
 * without dot-stuffing, but it must still be CRLF text, and SIZE (RFC 1870) counts these
 * bytes. The incoming half (POP3 RETR) is DotUnstuffer.
 */
class DotStuffing
{
public:
    [[nodiscard]] static QByteArray stuffed(QByteArrayView message);
    [[nodiscard]] static QByteArray normalizedLineEndings(QByteArrayView message);
    /// The size normalizedLineEndings() would return, without building it.
    [[nodiscard]] static qsizetype normalizedSize(QByteArrayView message);
};

} // namespace Letterbox::Protocol
