#pragma once

#include "mime/mimetypes.h"

#include <QString>

#include <optional>

namespace Letterbox::Mime {

/**
 * @short A `mailto:` URL (RFC 6068) read into what the composer fills in.
 *
 * `mailto:a@x,b@y?cc=c@z&subject=Hi%20there&body=Line%0D%0ALine` gives To a and b, Cc c,
 * the subject and the body (line ends made LF). The address part and the `to`, `cc`,
 * `bcc`, `subject`, `body` and `in-reply-to` fields are read; every other field is left
 * out on purpose (RFC 6068 section 7: a link must not set From, Sender, attachments or
 * arbitrary headers behind the person's back). Percent-encoding is UTF-8 (section 2);
 * "+" is a plus, not a space. Names of fields are case-insensitive; repeated `to`, `cc`
 * and `bcc` fields add up, a repeated `subject` or `body` keeps the first.
 *
 * Hard limits, as for anything a web page can hand over: the URL at most maxLength
 * characters and maxRecipients addresses in all (longer or more is refused, not cut),
 * the subject at most maxSubjectLength characters; control characters other than the
 * body's line ends are removed, so no field can carry a header of its own.
 */
struct MailtoUrl
{
    static constexpr qsizetype maxLength = 64 * 1024;
    static constexpr qsizetype maxRecipients = 100;
    static constexpr qsizetype maxSubjectLength = 998;

    AddressList to;
    AddressList cc;
    AddressList bcc;
    QString subject;
    QString body;
    /// Without angle brackets.
    QString inReplyTo;

    /// The URL read, or nothing with @p error set (not a mailto: URL, over a limit).
    static std::optional<MailtoUrl> parse(const QString &url, QString *error = nullptr);
    [[nodiscard]] static bool isMailto(const QString &text);
};

} // namespace Letterbox::Mime
