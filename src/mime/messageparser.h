#pragma once

#include "mime/mimetypes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Letterbox::Mime {

/**
 * @short Reads any RFC 5322 / MIME message into a ParsedMessage.
 *
 * Implements RFC 5322 (headers, addresses with groups), RFC 2045-2047 (MIME structure,
 * quoted-printable and base64, encoded words), RFC 2231 (parameter continuations and
 * charsets, e.g. long or non-ASCII file names), RFC 2046 multipart/alternative, mixed,
 * digest (parts default to message/rfc822), RFC 2387 related with Content-ID, RFC 1847
 * signed, message/rfc822 attachments, and RFC 3676 format=flowed with DelSp.
 *
 * Malformed input degrades to the best readable result with a warning sentence; it
 * never fails, crashes or hangs. The hard limits of mimelimits.h bound the work: the
 * input first goes through a linear pass (structureguard_p.h) that keeps GMime's own
 * recursive parser shallow and its header decoding linear, and the tree is then walked
 * with an explicit stack. Cost is linear in the input size.
 *
 * Both functions are pure and thread-safe (GMime is initialised once per process);
 * parse large messages off the GUI thread.
 */
class MessageParser
{
public:
    static ParsedMessage parse(const QByteArray &rfc5322);

    /**
     * The decoded bytes of the part at @p path (PartInfo::path) of @p rfc5322, for
     * saving or opening an attachment: transfer-decoded for leaves, the whole embedded
     * message for message/rfc822 parts, the MIME body for containers ("TEXT"). Empty
     * when there is no such part. The message is parsed again, exactly as parse() does,
     * so paths from parse() always match.
     */
    static QByteArray partContent(const QByteArray &rfc5322, const QString &path);

    /// partContent() for several paths with one parse ("save all attachments"); the
    /// list has one entry per path, empty for paths that do not exist.
    static QList<QByteArray> partContents(const QByteArray &rfc5322, const QStringList &paths);
};

} // namespace Letterbox::Mime
