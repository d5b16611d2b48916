#pragma once

#include "mime/mimetypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Letterbox::Mime {

/// A file to attach. With a contentId it is an inline image of the HTML body.
struct OutgoingAttachment
{
    QString fileName;
    /// "type/subtype"; anything unusable becomes application/octet-stream.
    QString mimeType;
    QByteArray data;
    /// Without angle brackets; the HTML refers to it as "cid:<contentId>".
    QString contentId;

    friend bool operator==(const OutgoingAttachment &, const OutgoingAttachment &) = default;
};

/// What MessageBuilder::build() produces.
struct BuiltMessage
{
    /// The RFC 5322 message: CRLF line ends, no line over 998 octets, 7-bit clean
    /// unless a forwarded message/rfc822 attachment is 8-bit itself. Not dot-stuffed.
    QByteArray data;
    /// The Message-ID written, without angle brackets.
    QString messageId;
    /// The SMTP envelope recipients: To, Cc and Bcc, each address once. Bcc appears
    /// only here, never in @ref data.
    QStringList recipients;
};

/**
 * @short Builds an outgoing message (RFC 5322, MIME RFC 2045-2049) from its parts.
 *
 * Set the fields, then call build(). Encodings are chosen so the result passes any
 * 7-bit relay: non-ASCII text is quoted-printable (RFC 2045 section 6.7), attachments
 * base64; non-ASCII headers and display names are RFC 2047 encoded words, non-ASCII
 * attachment names RFC 2231 parameters. The plain body is sent as format=flowed
 * (RFC 3676, DelSp=no, space-stuffed). Structure, outermost first:
 * multipart/mixed (attachments) > multipart/alternative (plain, HTML) >
 * multipart/related (HTML, inline images), each only when needed. Without a plain body
 * the HTML's text (HtmlToText) is the plain alternative; inline images without HTML
 * become inline attachments. Message-ID ("<random@domain-of-From>") and Date (now)
 * are made when not set; User-Agent is "Letterbox/<version>".
 *
 * Display strings are cleaned of control characters before they are written, so no
 * field can inject a header. MessageParser::parse() of the result gives back the same
 * addresses, subject, text (without trailing blanks, which format=flowed cannot carry),
 * HTML and attachments.
 */
class MessageBuilder
{
public:
    void setFrom(const Address &from) { m_from = from; }
    [[nodiscard]] Address from() const { return m_from; }
    void setTo(const AddressList &to) { m_to = to; }
    [[nodiscard]] AddressList to() const { return m_to; }
    void setCc(const AddressList &cc) { m_cc = cc; }
    [[nodiscard]] AddressList cc() const { return m_cc; }
    void setBcc(const AddressList &bcc) { m_bcc = bcc; }
    [[nodiscard]] AddressList bcc() const { return m_bcc; }
    /// Writes the Bcc field into the message too: for a draft, which must come back with
    /// its blind copies; never for a message that is sent.
    void setKeepsBcc(bool keeps) { m_keepsBcc = keeps; }
    [[nodiscard]] bool keepsBcc() const { return m_keepsBcc; }
    void setReplyTo(const AddressList &replyTo) { m_replyTo = replyTo; }
    [[nodiscard]] AddressList replyTo() const { return m_replyTo; }
    void setSubject(const QString &subject) { m_subject = subject; }
    [[nodiscard]] QString subject() const { return m_subject; }
    void setPlainText(const QString &text) { m_plainText = text; }
    [[nodiscard]] QString plainText() const { return m_plainText; }
    void setHtml(const QString &html) { m_html = html; }
    [[nodiscard]] QString html() const { return m_html; }

    void addAttachment(const QString &fileName, const QString &mimeType, const QByteArray &data);
    void addInlineImage(
        const QString &contentId, const QString &fileName, const QString &mimeType, const QByteArray &data);
    [[nodiscard]] QList<OutgoingAttachment> attachments() const { return m_attachments; }

    /// The Message-ID this message answers, without angle brackets.
    void setInReplyTo(const QString &messageId) { m_inReplyTo = messageId; }
    [[nodiscard]] QString inReplyTo() const { return m_inReplyTo; }
    /// The thread's Message-IDs, oldest first, without angle brackets.
    void setReferences(const QStringList &messageIds) { m_references = messageIds; }
    [[nodiscard]] QStringList references() const { return m_references; }
    /// Leave empty to have one generated.
    void setMessageId(const QString &messageId) { m_messageId = messageId; }
    [[nodiscard]] QString messageId() const { return m_messageId; }
    /// Leave invalid for the current time.
    void setDate(const QDateTime &date) { m_date = date; }
    [[nodiscard]] QDateTime date() const { return m_date; }

    [[nodiscard]] BuiltMessage build() const;

    /// A new "random@domain" Message-ID (RFC 5322 section 3.6.4) for a sender address;
    /// 128 random bits, the domain in its ASCII (IDNA) form or "letterbox.invalid".
    [[nodiscard]] static QString generateMessageId(const QString &fromAddress);

private:
    Address m_from;
    AddressList m_to;
    AddressList m_cc;
    AddressList m_bcc;
    bool m_keepsBcc = false;
    AddressList m_replyTo;
    QString m_subject;
    QString m_plainText;
    QString m_html;
    QList<OutgoingAttachment> m_attachments;
    QString m_inReplyTo;
    QStringList m_references;
    QString m_messageId;
    QDateTime m_date;
};

} // namespace Letterbox::Mime
