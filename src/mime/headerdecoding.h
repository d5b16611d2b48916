#pragma once

#include "mime/mimetypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

/**
 * @file
 * Decoding of single header field bodies, for the parser and for anyone holding a raw
 * header (an IMAP ENVELOPE, a POP3 TOP preview). Every function accepts any bytes:
 * RFC 2047 encoded words with wrong or missing charsets, raw 8-bit text (UTF-8, then
 * windows-1252), NUL bytes, megabyte-long values (cut to Limits::maxHeaderFieldBytes
 * first). Results are safe to show (SpoofingCheck::cleanDisplayString()).
 */
namespace Letterbox::Mime {

/// @p raw without line folding (RFC 5322 section 2.2.3) and surrounding blanks.
[[nodiscard]] QByteArray unfoldHeader(const QByteArray &raw);

/// An unstructured field (Subject, Comments; RFC 5322 section 3.2.5) decoded per
/// RFC 2047.
[[nodiscard]] QString decodeHeaderText(const QByteArray &raw);

/// An address-list field (From, To, Cc; RFC 5322 section 3.4) with display names
/// decoded per RFC 2047. Groups are flattened; at most Limits::maxAddressesPerField.
[[nodiscard]] AddressList decodeAddressList(const QByteArray &raw);

/// What a person typed into an address field ("Jürgen <j@example.org>, b@x"), read
/// with the same rules as decodeAddressList().
[[nodiscard]] AddressList parseAddressList(const QString &text);

/// A Date field (RFC 5322 section 3.3, with the obsolete forms of section 4.3), in
/// the sender's UTC offset; invalid when unreadable.
[[nodiscard]] QDateTime decodeDate(const QByteArray &raw);

} // namespace Letterbox::Mime
