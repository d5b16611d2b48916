#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

namespace Letterbox::Mime::Internal {

/// A top-level header field as GMime will see it: the name (trailing blanks removed)
/// and the raw body after the colon, folding kept, without the final line end.
struct RawHeaderField
{
    QByteArray name;
    QByteArray value;
};

struct GuardedMessage
{
    /// The bytes to hand to GMime.
    QByteArray data;
    QList<RawHeaderField> topLevelHeaders;
    /// Sentences about what was cut or defused.
    QStringList warnings;
};

/**
 * @short A linear pre-pass that makes any input safe for GMime's parser.
 *
 * GMime 3.2 parses MIME recursively and decodes every header eagerly; on hostile
 * input some of that is deep or quadratic (10,000 nested multiparts, nested address
 * groups, thousands of unterminated encoded words, 30,000 domain-less addresses).
 * This pass follows the MIME structure the way GMime's parser does (header blocks,
 * boundary stack, message/rfc822 bodies, the multipart/digest default) and rewrites:
 *  - a multipart or message/rfc822 deeper than Limits::maxNestingDepth into an opaque
 *    application/octet-stream part (its Content-Type is renamed);
 *  - entities after Limits::maxParts: the message is cut there and closed cleanly;
 *  - header fields longer than Limits::maxHeaderFieldBytes (References keeps its
 *    newest IDs), header blocks beyond Limits::maxHeaderBlockBytes, NUL bytes in
 *    headers (to U+FFFD, GMime's C strings would cut the value);
 *  - address fields (guardAddressField()) and encoded words (guardEncodedWords()).
 * Input that needs none of this comes back unchanged (and unshared-copy free).
 * One pass, each byte looked at a bounded number of times; no recursion.
 */
GuardedMessage guardStructure(const QByteArray &input);

/// Caps an address field at Limits::maxAddressesPerField entries and turns nested
/// group colons into spaces (GMime recurses once per nested group). Sets @p changed.
QByteArray guardAddressField(const QByteArray &value, bool *changed);

/// Defuses unterminated "=?" starts ("=?" becomes "= ?") when a field holds more than
/// Limits::maxBrokenEncodedWords of them: GMime rescans to the end for each one.
QByteArray guardEncodedWords(const QByteArray &value, bool *changed);

/// Whether GMime parses a field of this name as an address list (case-insensitive).
bool isAddressField(QByteArrayView name);

} // namespace Letterbox::Mime::Internal
