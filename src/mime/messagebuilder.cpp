#include "mime/messagebuilder.h"

#include "mime/flowedtext.h"
#include "mime/gmimeglue_p.h"
#include "mime/htmltotext.h"
#include "mime/spoofingcheck.h"

#include "letterboxversion.h"

#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

namespace Letterbox::Mime {

using Internal::GObjectPtr;

namespace {

QByteArray utf8(const QString &text)
{
    return SpoofingCheck::cleanDisplayString(text).trimmed().toUtf8();
}

/// An addr-spec as written: no blanks, no controls, no brackets that would end it.
QByteArray addressBytes(const QString &email)
{
    QByteArray bytes = utf8(email);
    bytes.replace(' ', QByteArray()).replace('<', QByteArray()).replace('>', QByteArray());
    return bytes;
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (const char c : text) {
        const bool ok
            = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == '_';
        if (!ok) {
            return false;
        }
    }
    return true;
}

/// A leaf with @p bytes as content in the encoding a 7-bit relay accepts.
GMimePart *leafPart(const QByteArray &type, const QByteArray &subtype, const QByteArray &bytes,
    GMimeContentEncoding forced = GMIME_CONTENT_ENCODING_DEFAULT)
{
    GMimePart *part = g_mime_part_new_with_type(type.constData(), subtype.constData());
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    GObjectPtr<GMimeDataWrapper> content(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(part, content.get());
    const GMimeContentEncoding encoding = forced != GMIME_CONTENT_ENCODING_DEFAULT
        ? forced
        : g_mime_part_get_best_content_encoding(part, GMIME_ENCODING_CONSTRAINT_7BIT);
    g_mime_part_set_content_encoding(part, encoding);
    return part;
}

/// A text part in UTF-8: 7bit when it is ASCII with short lines, else
/// quoted-printable (GMime's best encoding for text under a 7-bit constraint).
GMimePart *textPart(const QByteArray &subtype, const QString &text)
{
    GMimePart *part = leafPart("text", subtype, text.toUtf8());
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(part), "charset", "utf-8");
    if (g_mime_part_get_content_encoding(part) == GMIME_CONTENT_ENCODING_BASE64) {
        g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    }
    return part;
}

GMimePart *attachmentPart(const OutgoingAttachment &attachment)
{
    QByteArray type = attachment.mimeType.trimmed().toLower().toLatin1();
    const qsizetype slash = type.indexOf('/');
    QByteArray media = slash > 0 ? type.left(slash) : QByteArray();
    QByteArray subtype = slash > 0 ? type.mid(slash + 1) : QByteArray();
    if (!isToken(media) || !isToken(subtype) || media == "multipart") {
        media = "application";
        subtype = "octet-stream";
    }
    GMimePart *part = nullptr;
    if (media == "message" && subtype == "rfc822") {
        // RFC 2046 section 5.2.1: a message/rfc822 body is 7bit, 8bit or binary,
        // never base64; keep the original bytes so signatures stay valid.
        bool eightBit = false;
        for (const char c : attachment.data) {
            eightBit = eightBit || static_cast<unsigned char>(c) >= 0x80;
        }
        part = leafPart(
            media, subtype, attachment.data, eightBit ? GMIME_CONTENT_ENCODING_8BIT : GMIME_CONTENT_ENCODING_7BIT);
    } else {
        part = leafPart(media, subtype, attachment.data, GMIME_CONTENT_ENCODING_BASE64);
    }
    const bool isInline = !attachment.contentId.isEmpty();
    g_mime_object_set_disposition(GMIME_OBJECT(part), isInline ? "inline" : "attachment");
    const QByteArray name = utf8(attachment.fileName);
    if (!name.isEmpty()) {
        g_mime_part_set_filename(part, name.constData());
    }
    if (isInline) {
        g_mime_object_set_content_id(GMIME_OBJECT(part), addressBytes(attachment.contentId).constData());
    }
    return part;
}

void addMailboxes(GMimeMessage *message, GMimeAddressType type, const AddressList &addresses)
{
    for (const Address &address : addresses) {
        const QByteArray email = addressBytes(address.email);
        if (email.isEmpty()) {
            continue;
        }
        const QByteArray name = utf8(address.name);
        // Built by hand rather than with g_mime_message_add_mailbox() so that the
        // name is encoded as UTF-8, like every other header we write.
        GObjectPtr<InternetAddress> mailbox(
            internet_address_mailbox_new(name.isEmpty() ? nullptr : name.constData(), email.constData()));
        internet_address_set_charset(mailbox.get(), "utf-8");
        internet_address_list_add(g_mime_message_get_addresses(message, type), mailbox.get());
    }
}

GDateTime *toGDateTime(const QDateTime &when)
{
    const QDateTime date = when.isValid() ? when : QDateTime::currentDateTime();
    const int offset = date.offsetFromUtc();
    const QDateTime local = date.toOffsetFromUtc(offset);
    GTimeZone *zone = g_time_zone_new_offset(offset);
    GDateTime *result = g_date_time_new(zone, local.date().year(), local.date().month(), local.date().day(),
        local.time().hour(), local.time().minute(), local.time().second());
    g_time_zone_unref(zone);
    return result;
}

QByteArray angleList(const QStringList &ids)
{
    QByteArrayList parts;
    for (const QString &id : ids) {
        const QByteArray bytes = addressBytes(id);
        if (!bytes.isEmpty()) {
            parts.append(QByteArray('<' + bytes + '>'));
        }
    }
    return parts.join(' ');
}

} // namespace

void MessageBuilder::addAttachment(const QString &fileName, const QString &mimeType, const QByteArray &data)
{
    m_attachments.append({fileName, mimeType, data, QString()});
}

void MessageBuilder::addInlineImage(
    const QString &contentId, const QString &fileName, const QString &mimeType, const QByteArray &data)
{
    m_attachments.append({fileName, mimeType, data, contentId});
}

QString MessageBuilder::generateMessageId(const QString &fromAddress)
{
    QString domain = fromAddress.mid(fromAddress.lastIndexOf(u'@') + 1).trimmed().toLower();
    QByteArray ascii = fromAddress.contains(u'@') ? QUrl::toAce(domain) : QByteArray();
    if (!isToken(ascii) || !ascii.contains('.') || ascii.startsWith('.') || ascii.endsWith('.')) {
        ascii = "letterbox.invalid";
    }
    quint32 random[4];
    QRandomGenerator::system()->fillRange(random);
    QByteArray local;
    for (const quint32 word : random) {
        local += QByteArray::number(word, 16).rightJustified(8, '0');
    }
    return QString::fromLatin1(QByteArray(local + '@' + ascii));
}

BuiltMessage MessageBuilder::build() const
{
    Internal::ensureGMimeInitialised();
    BuiltMessage built;
    built.messageId = m_messageId.isEmpty() ? generateMessageId(m_from.email) : m_messageId;

    GObjectPtr<GMimeMessage> message(g_mime_message_new(TRUE));
    GMimeObject *object = GMIME_OBJECT(message.get());
    addMailboxes(message.get(), GMIME_ADDRESS_TYPE_FROM, {m_from});
    addMailboxes(message.get(), GMIME_ADDRESS_TYPE_REPLY_TO, m_replyTo);
    addMailboxes(message.get(), GMIME_ADDRESS_TYPE_TO, m_to);
    addMailboxes(message.get(), GMIME_ADDRESS_TYPE_CC, m_cc);
    if (m_keepsBcc) {
        addMailboxes(message.get(), GMIME_ADDRESS_TYPE_BCC, m_bcc);
    }
    g_mime_message_set_subject(message.get(), utf8(m_subject).constData(), "utf-8");
    GDateTime *date = toGDateTime(m_date);
    g_mime_message_set_date(message.get(), date);
    g_date_time_unref(date);
    g_mime_message_set_message_id(message.get(), addressBytes(built.messageId).constData());
    if (!m_inReplyTo.isEmpty()) {
        g_mime_object_set_header(object, "In-Reply-To", angleList({m_inReplyTo}).constData(), nullptr);
    }
    if (!m_references.isEmpty()) {
        g_mime_object_set_header(object, "References", angleList(m_references).constData(), nullptr);
    }
    g_mime_object_set_header(object, "User-Agent", "Letterbox/" LETTERBOX_VERSION, nullptr);
    g_mime_object_set_header(object, "MIME-Version", "1.0", nullptr);

    QList<OutgoingAttachment> inlineImages;
    QList<OutgoingAttachment> files;
    for (const OutgoingAttachment &attachment : m_attachments) {
        (attachment.contentId.isEmpty() || m_html.isEmpty() ? files : inlineImages).append(attachment);
    }

    const QString plain = m_plainText.isEmpty() && !m_html.isEmpty() ? HtmlToText::convert(m_html) : m_plainText;
    GMimePart *plainPart = textPart("plain", FlowedText::encode(plain));
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(plainPart), "format", "flowed");
    GMimeObject *body = GMIME_OBJECT(plainPart);

    if (!m_html.isEmpty()) {
        GMimeObject *rich = GMIME_OBJECT(textPart("html", m_html));
        if (!inlineImages.isEmpty()) {
            GMimeMultipart *related = g_mime_multipart_new_with_subtype("related");
            g_mime_object_set_content_type_parameter(GMIME_OBJECT(related), "type", "text/html");
            g_mime_multipart_add(related, rich);
            g_object_unref(rich);
            for (const OutgoingAttachment &image : std::as_const(inlineImages)) {
                GMimePart *part = attachmentPart(image);
                g_mime_multipart_add(related, GMIME_OBJECT(part));
                g_object_unref(part);
            }
            rich = GMIME_OBJECT(related);
        }
        GMimeMultipart *alternative = g_mime_multipart_new_with_subtype("alternative");
        g_mime_multipart_add(alternative, body);
        g_object_unref(body);
        g_mime_multipart_add(alternative, rich);
        g_object_unref(rich);
        body = GMIME_OBJECT(alternative);
    }
    if (!files.isEmpty()) {
        GMimeMultipart *mixed = g_mime_multipart_new_with_subtype("mixed");
        g_mime_multipart_add(mixed, body);
        g_object_unref(body);
        for (const OutgoingAttachment &file : std::as_const(files)) {
            GMimePart *part = attachmentPart(file);
            g_mime_multipart_add(mixed, GMIME_OBJECT(part));
            g_object_unref(part);
        }
        body = GMIME_OBJECT(mixed);
    }
    g_mime_message_set_mime_part(message.get(), body);
    g_object_unref(body);

    Internal::FormatOptionsPtr format = Internal::newWireFormatOptions();
    built.data = Internal::objectToBytes(object, format.get());

    QSet<QString> seen;
    for (const AddressList *list : {&m_to, &m_cc, &m_bcc}) {
        for (const Address &address : *list) {
            const QString email = QString::fromUtf8(addressBytes(address.email));
            if (!email.isEmpty() && !seen.contains(email.toLower())) {
                seen.insert(email.toLower());
                built.recipients.append(email);
            }
        }
    }
    return built;
}

} // namespace Letterbox::Mime
