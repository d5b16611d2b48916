#pragma once

#include <QtGlobal>

/**
 * @file
 * Hard limits of the MIME layer. Mail comes from strangers: every loop over input is
 * bounded by one of these, so a hostile message costs at most linear time and bounded
 * memory, and can never exhaust the stack. Each limit is far above what real mail
 * uses; hitting one yields a warning in ParsedMessage::warnings, never a failure.
 */
namespace Letterbox::Mime::Limits {

/// Multipart and message/rfc822 levels that are interpreted. Deeper containers are
/// shown as opaque application/octet-stream parts. Real mail rarely exceeds 6.
inline constexpr int maxNestingDepth = 64;

/// MIME entities (containers and leaves) that are interpreted per message; the rest of
/// the message is cut off. 2,000 is more than any legitimate digest carries.
inline constexpr int maxParts = 2000;

/// Bytes of one header field (with its folded continuation lines) that are kept. A
/// longer field is shortened, so header decoding never sees a 1 MB line.
inline constexpr qsizetype maxHeaderFieldBytes = 64 * 1024;

/// Bytes of header fields kept per header block. After that only the fields that define
/// the structure (Content-Type, Content-Transfer-Encoding) are kept.
inline constexpr qsizetype maxHeaderBlockBytes = 256 * 1024;

/// Addresses per address field (To, Cc, ...). GMime's address parser is quadratic in
/// the number of malformed entries; real mail to a thousand visible recipients is rare.
inline constexpr int maxAddressesPerField = 1000;

/// Unterminated "=?" starts tolerated in one header field before they are defused:
/// GMime rescans to the end of the field for each one (quadratic time).
inline constexpr int maxBrokenEncodedWords = 8;

/// How far after "=?" the terminating "?=" must be for the word to count as terminated.
/// RFC 2047 allows 75 characters; real mailers write longer ones, so leave room.
inline constexpr int maxEncodedWordBytes = 256;

/// Message-IDs kept from a References header (the newest ones are kept).
inline constexpr int maxReferences = 100;

/// Decoded bytes of one text part that are converted for display.
inline constexpr qsizetype maxTextPartBytes = 8 * 1024 * 1024;

/// Header fields reported in ParsedMessage::headers.
inline constexpr int maxReportedHeaders = 1000;

/// Warning sentences reported per message.
inline constexpr int maxWarnings = 50;

/// Length of a sanitised attachment file name, in UTF-8 bytes (ext4 allows 255).
inline constexpr int maxFileNameBytes = 200;

} // namespace Letterbox::Mime::Limits
