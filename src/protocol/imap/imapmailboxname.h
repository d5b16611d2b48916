#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Letterbox::Imap {

/**
 * @short Mailbox names between their wire form and a QString.
 *
 * Without UTF8=ACCEPT a mailbox name travels in modified UTF-7 (RFC 3501 section 5.1.3,
 * kept by RFC 9051 appendix A.1): printable ASCII stands for itself, "&" is written "&-",
 * anything else is UTF-16 in a base64 variant (',' for '/', no padding) between "&" and "-".
 * Once UTF8=ACCEPT is enabled (RFC 6855 section 3) names are plain UTF-8 on the wire.
 *
 * decodeModifiedUtf7() is strict: a run that is not minimal base64, that leaves stray bits,
 * that encodes printable ASCII or a lone surrogate is refused rather than guessed at, because
 * two wire names decoding to one QString would make two folders look like one. fromWire()
 * then keeps the raw bytes (as Latin-1) so the folder is still shown and addressable.
 * "INBOX" is case-insensitive (RFC 9051 section 5.1) and is normalised to upper case.
 */
class ImapMailboxName
{
public:
    [[nodiscard]] static QByteArray encodeModifiedUtf7(const QString &name);
    [[nodiscard]] static std::optional<QString> decodeModifiedUtf7(QByteArrayView wire);

    /// The bytes to send for @p name: modified UTF-7, or UTF-8 once UTF8=ACCEPT is on.
    [[nodiscard]] static QByteArray toWire(const QString &name, bool utf8Accepted);
    /**
     * The name a server sent. With UTF8=ACCEPT on, valid UTF-8 is taken as is; otherwise
     * (and as the fallback) modified UTF-7 is decoded. Undecodable bytes are kept as Latin-1.
     */
    [[nodiscard]] static QString fromWire(QByteArrayView wire, bool utf8Accepted);

    /// Whether @p name is INBOX, in any case.
    [[nodiscard]] static bool isInbox(QByteArrayView name);
};

} // namespace Letterbox::Imap
