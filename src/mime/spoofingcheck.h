#pragma once

#include "mime/mimetypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Letterbox::Mime {

/**
 * @short Finds the tricks that make a message look like it comes from someone else.
 *
 * Checks, each giving one warning sentence:
 *  - a display name holding an address that is not the real one
 *    ("support@bank.example" <attacker@evil.example>), also with full-width @;
 *  - RFC 2047 encoded words that decode to control characters (CR, LF, NUL, C1) or to
 *    text-direction overrides (U+202A..U+202E, U+2066..U+2069);
 *  - encoded words in address fields that decode to address structure (@, <, >), and
 *    encoded words inside an address itself, as in the "Mailsploit" attacks (2017);
 *  - raw control or direction characters in a header.
 * It also owns the rule for making any decoded string safe to show.
 * Linear in the header sizes; pure functions, thread-safe.
 */
class SpoofingCheck
{
public:
    /// Every warning for @p message (its headers and its From, Sender, Reply-To).
    static QStringList check(const ParsedMessage &message);

    /// A display name of @p address that names another address. @p fieldName is the
    /// header ("From") used in the sentence.
    static QStringList checkAddress(const Address &address, const QString &fieldName);

    /// The encoded words of one raw header value.
    static QStringList checkEncodedWords(const QString &fieldName, const QByteArray &rawValue, bool isAddressField);

    /// Control and direction characters written raw (not encoded) in a header value.
    static QStringList checkRawCharacters(const QString &fieldName, const QByteArray &rawValue);

    /// @p text made safe to show on one line: CR, LF, TAB and line separators become
    /// spaces, other control characters U+FFFD, direction overrides and isolates are
    /// removed (marks such as U+200F, which RTL names need, are kept).
    static QString cleanDisplayString(QStringView text);

    /// Whether @p c is a control character or a direction override/isolate.
    static bool isUnsafeCharacter(char32_t c);
};

} // namespace Letterbox::Mime
