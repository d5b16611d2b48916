#pragma once

#include <QByteArray>
#include <QString>

namespace Letterbox::Mime {

/**
 * @short Turns bytes in a declared character set into Unicode, surviving wrong labels.
 *
 * Mail often lies about its charset (RFC 2045 section 5.1, RFC 2046 section 4.1.2):
 * "us-ascii" over UTF-8, "utf-8" over Latin-1, no label over 8-bit text, names iconv
 * does not know. The order of attempts:
 *  - a label iconv knows, converted strictly (iso-8859-1 is read as its superset
 *    windows-1252, as every browser does);
 *  - otherwise UTF-8, when the bytes are (nearly) valid UTF-8;
 *  - otherwise windows-1252, which accepts every byte.
 * Never fails; invalid bytes become U+FFFD. Linear in the input.
 */
class CharsetDecoder
{
public:
    struct Result
    {
        QString text;
        /// The charset actually used, lower case ("utf-8", "windows-1252", ...).
        QByteArray charset;
        /// True when the declared charset could not be used as declared (unknown
        /// name, bytes invalid in it, or 8-bit bytes without a label).
        bool usedFallback = false;
    };

    /// Decodes @p bytes labelled @p charset (empty when the message has no label).
    static Result decode(const QByteArray &bytes, const QByteArray &charset);

    /// The charset an HTML document declares in a <meta> tag within its first 4 KiB,
    /// lower case; empty if none (HTML5 section 13.2.3.2, simplified).
    static QByteArray sniffHtmlCharset(const QByteArray &html);
};

} // namespace Letterbox::Mime
